#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/site_settings.h"

namespace toasoan {

// The schema.org NewsArticle of an article page as JSON text that is safe to place
// between <script type="application/ld+json"> and </script>: '<', '>' and '&' (and
// U+2028/U+2029) are written as \uXXXX escapes, so no value can close the script
// element or open a comment. `page_url` and `image_url` are absolute ("" for no image).
// Fails with kInternal only if the JSON library rejects the data.
Result<std::string> NewsArticleJsonLd(const SiteSettings& site, const Section& section,
                                      const Article& a, const std::string& page_url,
                                      const std::string& image_url);

// `json` with the escapes above applied (its meaning as JSON is unchanged).
std::string ScriptSafeJson(std::string_view json);

}  // namespace toasoan

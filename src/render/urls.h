#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/article.h"
#include "domain/section.h"

namespace toasoan {

// Public URL paths. An article lives at /{section-slug}/{article-slug}-{id}; its print
// view at that path + "/in". Only the id identifies the article: a request with an
// outdated slug or section is redirected to the canonical path.
std::string SectionPath(const Section& s);
std::string ArticlePath(const Section& s, const Article& a);
std::string PrintPath(const Section& s, const Article& a);
// The public path of a photo's file ("/media/" + file); empty while the photo awaits its file.
std::string MediaPath(const Photo& p);
// The id at the end of an article path segment ("o-mon-thoi-lai-1" → 1), if any.
std::optional<int64_t> ArticleIdFromSegment(std::string_view segment);

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

#include "domain/site_settings.h"

namespace toasoan {

// `url` as an absolute URL of the site: "http(s)://…" stays as it is, a path gets
// `site.base_url` in front ("/quan-uy" → "https://example.vn/quan-uy"). Empty stays empty.
std::string AbsoluteUrl(const SiteSettings& site, std::string_view url);

}  // namespace toasoan

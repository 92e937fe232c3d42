#pragma once

#include <string>

namespace toasoan {

// What the sanitizer needs to know about the site it cleans HTML for.
struct SanitizeOptions {
  // The site's own address ("https://phusa.gov.vn"; a trailing slash is ignored). Links
  // and images that point at it are rewritten to site-relative paths, so a site that
  // changes its address keeps working links. Empty: only site-relative URLs count as the
  // site's own.
  std::string base_url;
  // The path under which the site's photo library is served. <img> is kept only when its
  // source lies under this path (as a site-relative path or under `base_url`).
  std::string media_prefix = "/media/";
};

}  // namespace toasoan

#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "html/sanitize_options.h"

namespace toasoan {

// The URL rules of the HTML sanitizer. Each function takes an attribute value as the
// parser decoded it (character references already replaced, so `java&#x09;script:` has
// become "java\tscript:") and reads it the way a browser's URL parser would: leading and
// trailing controls and spaces are stripped and tabs and line breaks inside are removed
// before the scheme is looked at. What comes back is the URL to write (spaces as %20, the
// scheme in lower case, the site's own absolute URLs made site-relative), or nothing when
// the URL is not allowed. Every function is pure, thread-safe and idempotent: a URL it
// returns is returned unchanged when passed in again.

// A link target the sanitizer keeps.
struct SafeLink {
  std::string href;
  // An http(s) URL off the site: the sanitizer adds rel="noopener noreferrer", so the
  // other site neither gets a handle on our window nor learns which page linked to it.
  bool external = false;
};

// Links: http and https URLs with a host (no user name: "https://site.vn@evil.example"
// reads as the site but goes elsewhere), mailto: URLs, and site-relative references that
// start with "/", "?" or "#". Everything else is refused: javascript:, vbscript:, data:,
// file:, protocol-relative "//host", relative paths, and any URL with a backslash or a
// control character left after the clean-up.
std::optional<SafeLink> CleanLinkUrl(std::string_view raw, const SanitizeOptions& site);

// Image sources: only files of the site's photo library, `site.media_prefix` + a path of
// ASCII letters, digits and "-._~/" (percent escapes allowed except for '.', '/' and '\'),
// with no "." or ".." segment, no query and no fragment. An absolute URL under
// `site.base_url` is returned site-relative.
std::optional<std::string> CleanImageUrl(std::string_view raw, const SanitizeOptions& site);

// A srcset ("a.jpg 480w, b.jpg 2x"): kept only when every candidate's URL passes
// CleanImageUrl and its descriptor, if any, is a positive integer followed by "w" or a
// positive number followed by "x". Returned as "url descriptor, url descriptor".
std::optional<std::string> CleanSrcset(std::string_view raw, const SanitizeOptions& site);

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

namespace toasoan {

// Collapses every run of Unicode white space (space, tab, line breaks, NBSP U+00A0, the
// U+2000 spaces, U+3000 …) into one ASCII space and trims both ends. Invisible format
// characters that scrapers leave behind (zero-width space U+200B, word joiner U+2060,
// BOM U+FEFF) are removed; invalid UTF-8 becomes U+FFFD. No normalisation otherwise.
// Pure and thread-safe.
std::string CollapseWhitespace(std::string_view utf8);

// Whether `cp` is white space in the sense above.
bool IsWhitespace(char32_t cp);

}  // namespace toasoan

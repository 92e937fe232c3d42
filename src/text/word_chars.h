#pragma once

#include <cstddef>
#include <string_view>

namespace toasoan {

// Word boundaries for the speech normaliser: where an abbreviation or a number may start
// and end. Pure and thread-safe.

// Letters (any script), digits and combining marks: the characters a word is made of.
bool IsWordChar(char32_t cp);

// Whether the code point that ends just before byte `pos` of `utf8` is a word character
// (false at the start). `pos` must be a code point boundary.
bool WordCharBefore(std::string_view utf8, std::size_t pos);

// Whether the code point that starts at byte `pos` is a word character (false at the end).
bool WordCharAt(std::string_view utf8, std::size_t pos);

}  // namespace toasoan

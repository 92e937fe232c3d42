#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace toasoan {

// Low-level UTF-8 helpers shared by the text layer. Pure and thread-safe.

// Decodes the code point that starts at `bytes[*pos]` and advances `*pos` past it.
// Returns -1 for an ill-formed sequence (overlong forms, surrogates, values above
// U+10FFFF, truncated sequences), after advancing past its maximal subpart: the unit
// that Unicode recommends replacing with one U+FFFD. Requires `*pos < bytes.size()`.
int32_t DecodeUtf8(std::string_view bytes, std::size_t* pos);

// Appends the UTF-8 encoding of `cp` (a scalar value) to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// The number of code points in `utf8`; each ill-formed sequence counts as one.
std::size_t CountCodePoints(std::string_view utf8);

}  // namespace toasoan

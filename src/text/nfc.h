#pragma once

#include <string>
#include <string_view>

namespace toasoan {

// Unicode normalisation of UTF-8 text. Invalid UTF-8 sequences become U+FFFD (one per
// maximal ill-formed subpart), so the result is always valid UTF-8. Pure and
// thread-safe. Inputs must be shorter than 2 GiB (ICU's limit); longer ones abort.
std::string ToNfc(std::string_view utf8);
std::string ToNfd(std::string_view utf8);
// Whether ToNfc would return `utf8` unchanged: false for invalid UTF-8.
bool IsNfc(std::string_view utf8);
// Strict UTF-8 (RFC 3629): no overlong forms, surrogates or values above U+10FFFF.
bool IsValidUtf8(std::string_view bytes);

}  // namespace toasoan

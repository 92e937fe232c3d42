#include "text/word_chars.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace toasoan {

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool WordCharBefore(std::string_view utf8, std::size_t pos) {
  if (pos == 0 || pos > utf8.size()) return false;
  std::size_t start = pos - 1;
  // Back over continuation bytes to the lead byte (at most three).
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80) {
    --start;
  }
  std::size_t at = start;
  const int32_t cp = DecodeUtf8(utf8, &at);
  return cp >= 0 && at == pos && IsWordChar(static_cast<char32_t>(cp));
}

bool WordCharAt(std::string_view utf8, std::size_t pos) {
  if (pos >= utf8.size()) return false;
  const int32_t cp = DecodeUtf8(utf8, &pos);
  return cp >= 0 && IsWordChar(static_cast<char32_t>(cp));
}

}  // namespace toasoan

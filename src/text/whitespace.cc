#include "text/whitespace.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace toasoan {
namespace {

bool IsInvisible(char32_t cp) { return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF; }

}  // namespace

bool IsWhitespace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(cp));
}

std::string CollapseWhitespace(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::size_t start = pos;
    const int32_t cp = DecodeUtf8(utf8, &pos);
    if (cp >= 0 && IsWhitespace(static_cast<char32_t>(cp))) {
      pending_space = true;
      continue;
    }
    if (cp >= 0 && IsInvisible(static_cast<char32_t>(cp))) continue;
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    if (cp < 0) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(utf8.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace toasoan

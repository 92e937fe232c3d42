#include "render/xml_text.h"

#include <cstdint>

#include "text/utf8.h"

namespace toasoan {

void AppendXmlEscaped(std::string_view text, std::string* out) {
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      ++pos;
      switch (c) {
        case '&':
          out->append("&amp;");
          break;
        case '<':
          out->append("&lt;");
          break;
        case '>':
          out->append("&gt;");
          break;
        case '"':
          out->append("&quot;");
          break;
        case '\'':
          out->append("&apos;");
          break;
        default:
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            out->push_back(static_cast<char>(c));
          break;
      }
      continue;
    }
    const int32_t cp = DecodeUtf8(text, &pos);
    if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF) continue;
    out->append(text, start, pos - start);
  }
}

}  // namespace toasoan

#include "html/escape.h"

namespace toasoan {

void AppendEscapedHtml(std::string_view text, std::string* out) {
  out->reserve(out->size() + text.size());
  std::size_t plain = 0;  // start of the run not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out->append(text.substr(plain, i - plain));
    out->append(entity);
    plain = i + 1;
  }
  out->append(text.substr(plain));
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  AppendEscapedHtml(text, &out);
  return out;
}

}  // namespace toasoan

#include "media/photo_text.h"

#include <vector>

#include "text/nfc.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan {

std::string CleanPhotoText(std::string_view utf8, std::size_t max_code_points) {
  std::string nfc = ToNfc(utf8);
  // C0 and C1 controls other than white space become spaces (collapsed below).
  std::string plain;
  plain.reserve(nfc.size());
  std::size_t pos = 0;
  while (pos < nfc.size()) {
    std::size_t start = pos;
    int32_t cp = DecodeUtf8(nfc, &pos);
    bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
    if (control && cp != '\t' && cp != '\n' && cp != '\r') {
      plain.push_back(' ');
    } else {
      plain.append(nfc, start, pos - start);
    }
  }
  std::string collapsed = CollapseWhitespace(plain);
  if (CountCodePoints(collapsed) <= max_code_points) return collapsed;
  pos = 0;
  for (std::size_t n = 0; n < max_code_points && pos < collapsed.size(); ++n) {
    DecodeUtf8(collapsed, &pos);
  }
  collapsed.resize(pos);
  return CollapseWhitespace(collapsed);
}

std::string JoinCreditParts(const std::vector<std::string>& parts) {
  std::vector<std::string> seen;
  std::string out;
  for (const std::string& part : parts) {
    std::string clean = CleanPhotoText(part, 300);
    if (clean.empty()) continue;
    bool repeated = false;
    for (const std::string& s : seen) repeated = repeated || s == clean;
    if (repeated) continue;
    if (!out.empty()) out += ", ";
    out += clean;
    seen.push_back(std::move(clean));
  }
  return out;
}

PhotoText MergePhotoText(const PhotoText& preferred, const PhotoText& fallback) {
  return {preferred.caption.empty() ? fallback.caption : preferred.caption,
          preferred.credit.empty() ? fallback.credit : preferred.credit};
}

}  // namespace toasoan

#include "media/iptc_text.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

uint32_t Be(std::string_view bytes, std::size_t at, std::size_t n) {
  uint32_t v = 0;
  for (std::size_t i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

// The IIM inside Photoshop image resources ("8BIM", id, padded Pascal name, size,
// data padded to even), or `data` itself when it does not start with the APP13 header.
std::string_view FindIim(std::string_view data) {
  static constexpr std::string_view kPhotoshop("Photoshop 3.0\0", 14);
  if (!data.starts_with(kPhotoshop)) return data;
  std::size_t at = kPhotoshop.size();
  while (at + 4 + 2 + 1 <= data.size() && data.substr(at, 4) == "8BIM") {
    uint32_t id = Be(data, at + 4, 2);
    std::size_t name_len = static_cast<unsigned char>(data[at + 6]);
    std::size_t name_total = 1 + name_len + ((1 + name_len) % 2);
    std::size_t size_at = at + 6 + name_total;
    if (size_at + 4 > data.size()) break;
    std::size_t size = Be(data, size_at, 4);
    std::size_t data_at = size_at + 4;
    if (size > data.size() - data_at) break;
    if (id == 0x0404) return data.substr(data_at, size);
    at = data_at + size + (size % 2);
  }
  return {};
}

std::string Latin1ToUtf8(std::string_view bytes) {
  std::string out;
  for (char c : bytes) AppendUtf8(static_cast<unsigned char>(c), &out);
  return out;
}

}  // namespace

PhotoText ReadIptcText(std::string_view iptc) {
  std::string_view iim = FindIim(iptc);
  bool utf8 = false;
  std::string_view caption;
  std::vector<std::string_view> bylines;
  std::string_view credit;
  std::size_t at = 0;
  while (at + 5 <= iim.size() && iim[at] == 0x1C) {
    int record = static_cast<unsigned char>(iim[at + 1]);
    int dataset = static_cast<unsigned char>(iim[at + 2]);
    std::size_t length = Be(iim, at + 3, 2);
    at += 5;
    if (length & 0x8000) {  // extended dataset: the next (length & 0x7FFF) bytes hold it
      std::size_t n = length & 0x7FFF;
      if (n == 0 || n > 4 || at + n > iim.size()) break;
      length = Be(iim, at, n);
      at += n;
    }
    if (length > iim.size() - at) break;
    std::string_view value = iim.substr(at, length);
    at += length;
    if (record == 1 && dataset == 90) utf8 = value.find("\x1B%G") != std::string_view::npos;
    if (record != 2) continue;
    if (dataset == 120) caption = value;
    if (dataset == 80) bylines.push_back(value);
    if (dataset == 110) credit = value;
  }
  auto decode = [utf8](std::string_view value) {
    return utf8 || IsValidUtf8(value) ? std::string(value) : Latin1ToUtf8(value);
  };
  PhotoText text;
  text.caption = CleanPhotoText(decode(caption));
  std::vector<std::string> parts;
  for (std::string_view b : bylines) parts.push_back(decode(b));
  parts.push_back(decode(credit));
  text.credit = JoinCreditParts(parts);
  return text;
}

}  // namespace toasoan

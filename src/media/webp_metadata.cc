#include "media/webp_metadata.h"

#include <cstdint>

namespace toasoan {
namespace {

uint32_t Le32(std::string_view bytes, std::size_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

void SetLe32(std::string& bytes, std::size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// VP8X flag bits (WebP container spec): ICC profile, EXIF, XMP.
constexpr unsigned char kIccFlag = 0x20;
constexpr unsigned char kExifFlag = 0x08;
constexpr unsigned char kXmpFlag = 0x04;

}  // namespace

Result<std::string> StripWebpMetadata(std::string_view webp) {
  if (webp.size() < 12 || webp.substr(0, 4) != "RIFF" || webp.substr(8, 4) != "WEBP") {
    return Fail(Error::Corruption("not a RIFF WebP"));
  }
  std::string out(webp.substr(0, 12));
  std::size_t at = 12;
  while (at < webp.size()) {
    if (webp.size() - at < 8) return Fail(Error::Corruption("truncated WebP chunk header"));
    std::string_view fourcc = webp.substr(at, 4);
    std::size_t size = Le32(webp, at + 4);
    std::size_t padded = size + (size % 2);
    if (padded > webp.size() - at - 8) return Fail(Error::Corruption("WebP chunk past the end"));
    if (fourcc != "EXIF" && fourcc != "XMP " && fourcc != "ICCP") {
      std::size_t chunk_at = out.size();
      out.append(webp.substr(at, 8 + padded));
      if (fourcc == "VP8X" && size >= 1) {
        out[chunk_at + 8] = static_cast<char>(static_cast<unsigned char>(out[chunk_at + 8]) &
                                              ~(kIccFlag | kExifFlag | kXmpFlag));
      }
    }
    at += 8 + padded;
  }
  SetLe32(out, 4, static_cast<uint32_t>(out.size() - 8));
  return out;
}

}  // namespace toasoan

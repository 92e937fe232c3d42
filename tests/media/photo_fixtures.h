#pragma once

// Test photos made with libvips itself (no binary files in the tree), and the bytes of
// hand-written metadata blocks (EXIF with GPS, IPTC, XMP) and a PNG decompression bomb.

#include <gio/gio.h>
#include <vips/vips.h>

#include <stdlib.h>
#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "media/vips_runtime.h"

namespace toasoan::testing {

struct PhotoOptions {
  int bands = 3;          // 1 grey, 3 RGB, 4 RGBA
  int orientation = 0;    // EXIF orientation to record, 0 for none
  std::string exif = {};  // "exif-data" blob
  std::string xmp = {};   // "xmp-data" blob
  std::string iptc = {};  // "iptc-data" blob (APP13 payload)
};

// A noisy image (noise compresses badly, like a photo's detail) with metadata attached.
inline VipsImageRef NoiseImage(int width, int height, const PhotoOptions& options = {}) {
  StartVips();
  std::vector<VipsImageRef> planes;
  for (int b = 0; b < options.bands; ++b) {
    VipsImageRef noise;
    if (vips_gaussnoise(noise.out(), width, height, "mean", 128.0 + 20 * b, "sigma", 40.0,
                        nullptr) != 0) {
      return {};
    }
    planes.push_back(std::move(noise));
  }
  std::vector<VipsImage*> raw;
  for (auto& p : planes) raw.push_back(p.get());
  VipsImageRef joined;
  if (vips_bandjoin(raw.data(), joined.out(), static_cast<int>(raw.size()), nullptr) != 0)
    return {};
  VipsImageRef image;
  if (vips_cast(joined.get(), image.out(), VIPS_FORMAT_UCHAR, nullptr) != 0) return {};
  VipsImageRef copy;
  if (vips_copy(image.get(), copy.out(), "interpretation",
                options.bands >= 3 ? VIPS_INTERPRETATION_sRGB : VIPS_INTERPRETATION_B_W,
                nullptr) != 0) {
    return {};
  }
  if (options.orientation != 0) {
    vips_image_set_int(copy.get(), VIPS_META_ORIENTATION, options.orientation);
  }
  auto blob = [&](const char* name, const std::string& bytes) {
    if (!bytes.empty()) vips_image_set_blob_copy(copy.get(), name, bytes.data(), bytes.size());
  };
  blob(VIPS_META_EXIF_NAME, options.exif);
  blob(VIPS_META_XMP_NAME, options.xmp);
  blob(VIPS_META_IPTC_NAME, options.iptc);
  return copy;
}

inline std::string TakeBuffer(int rc, void* data, size_t size) {
  std::string bytes = rc == 0 ? std::string(static_cast<const char*>(data), size) : std::string();
  g_free(data);
  return bytes;
}

inline std::string MakeJpeg(int width, int height, const PhotoOptions& options = {}) {
  VipsImageRef image = NoiseImage(width, height, options);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_jpegsave_buffer(image.get(), &data, &size, "Q", 90, nullptr);
  return TakeBuffer(rc, data, size);
}

inline std::string MakePng(int width, int height, const PhotoOptions& options = {}) {
  VipsImageRef image = NoiseImage(width, height, options);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_pngsave_buffer(image.get(), &data, &size, nullptr);
  return TakeBuffer(rc, data, size);
}

inline std::string MakeWebp(int width, int height, const PhotoOptions& options = {}) {
  VipsImageRef image = NoiseImage(width, height, options);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_webpsave_buffer(image.get(), &data, &size, nullptr);
  return TakeBuffer(rc, data, size);
}

inline std::string MakeGif(int width, int height) {
  VipsImageRef image = NoiseImage(width, height);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_gifsave_buffer(image.get(), &data, &size, nullptr);
  return TakeBuffer(rc, data, size);
}

inline std::string MakeHeic(int width, int height) {
  VipsImageRef image = NoiseImage(width, height);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_heifsave_buffer(image.get(), &data, &size, "compression",
                                VIPS_FOREIGN_HEIF_COMPRESSION_HEVC, nullptr);
  return TakeBuffer(rc, data, size);
}

// Little-endian TIFF writer helpers for the EXIF block.
inline void Put16(std::string& s, uint16_t v) {
  s.push_back(static_cast<char>(v & 0xFF));
  s.push_back(static_cast<char>(v >> 8));
}
inline void Put32(std::string& s, uint32_t v) {
  Put16(s, static_cast<uint16_t>(v & 0xFFFF));
  Put16(s, static_cast<uint16_t>(v >> 16));
}
inline void Entry(std::string& s, uint16_t tag, uint16_t type, uint32_t count, uint32_t value) {
  Put16(s, tag);
  Put16(s, type);
  Put32(s, count);
  Put32(s, value);
}

// An EXIF block (APP1 payload, "Exif\0\0" + TIFF) with IFD0 Make = "Canon" and a GPS IFD
// placing the photo at 10°1'48" N, 105°47'0" E.
inline std::string ExifWithGps() {
  std::string t = "II";
  Put16(t, 42);
  Put32(t, 8);
  // IFD0 at 8: 2 entries → ends at 8 + 2 + 24 + 4 = 38; "Canon\0" at 38; GPS IFD at 44.
  Put16(t, 2);
  Entry(t, 0x010F, 2, 6, 38);  // Make, ASCII
  Entry(t, 0x8825, 4, 1, 44);  // GPS IFD pointer
  Put32(t, 0);
  t.append("Canon\0", 6);
  // GPS IFD at 44: 5 entries → ends at 44 + 2 + 60 + 4 = 110; rationals at 110 and 134.
  Put16(t, 5);
  Entry(t, 0x0000, 1, 4, 0x00000202);  // GPSVersionID 2.2.0.0
  Entry(t, 0x0001, 2, 2, 'N');         // GPSLatitudeRef "N"
  Entry(t, 0x0002, 5, 3, 110);         // GPSLatitude
  Entry(t, 0x0003, 2, 2, 'E');         // GPSLongitudeRef "E"
  Entry(t, 0x0004, 5, 3, 134);         // GPSLongitude
  Put32(t, 0);
  for (uint32_t v : {10u, 1u, 1u, 1u, 48u, 1u, 105u, 1u, 47u, 1u, 0u, 1u}) Put32(t, v);
  return std::string("Exif\0\0", 6) + t;
}

// One IIM dataset: 0x1C, record, dataset, 16-bit big-endian length, value.
inline std::string IimDataset(int record, int dataset, std::string_view value) {
  std::string s;
  s.push_back(0x1C);
  s.push_back(static_cast<char>(record));
  s.push_back(static_cast<char>(dataset));
  s.push_back(static_cast<char>((value.size() >> 8) & 0xFF));
  s.push_back(static_cast<char>(value.size() & 0xFF));
  s.append(value);
  return s;
}

// IIM wrapped as a JPEG APP13 payload: "Photoshop 3.0\0", then an unrelated 8BIM
// resource (to be skipped), then resource 0x0404 with the IIM.
inline std::string Photoshop13(std::string_view iim) {
  auto resource = [](uint16_t id, std::string_view data) {
    std::string r = "8BIM";
    r.push_back(static_cast<char>(id >> 8));
    r.push_back(static_cast<char>(id & 0xFF));
    r.append("\0\0", 2);  // empty Pascal name, padded to even
    for (int shift : {24, 16, 8, 0}) r.push_back(static_cast<char>((data.size() >> shift) & 0xFF));
    r.append(data);
    if (data.size() % 2) r.push_back('\0');
    return r;
  };
  return std::string("Photoshop 3.0\0", 14) + resource(0x03ED, "xyz") + resource(0x0404, iim);
}

inline std::string XmpPacket(std::string_view caption, std::string_view creator,
                             std::string_view credit) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:ps=\"http://ns.adobe.com/photoshop/1.0/\" ps:Credit=\"";
  x += credit;
  x += "\">\n   <dc:description><rdf:Alt>\n"
       "    <rdf:li xml:lang=\"en\">English caption</rdf:li>\n"
       "    <rdf:li xml:lang=\"x-default\">";
  x += caption;
  x += "</rdf:li>\n   </rdf:Alt></dc:description>\n"
       "   <dc:creator><rdf:Seq><rdf:li>";
  x += creator;
  x += "</rdf:li></rdf:Seq></dc:creator>\n"
       "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return x;
}

inline uint32_t Crc32(std::string_view bytes) {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

inline void PutBe32(std::string& s, uint32_t v) {
  for (int shift : {24, 16, 8, 0}) s.push_back(static_cast<char>((v >> shift) & 0xFF));
}

inline void PngChunk(std::string& png, std::string_view type, std::string_view data) {
  PutBe32(png, static_cast<uint32_t>(data.size()));
  std::string body = std::string(type) + std::string(data);
  png += body;
  PutBe32(png, Crc32(body));
}

// A valid 1-bit grey PNG of `side` × `side` black pixels: deflate squeezes the all-zero
// rows to about 1/1000 (≈ 48 KB for 20,000 × 20,000, which decodes to 400 megapixels).
inline std::string PngBomb(uint32_t side) {
  std::string png("\x89PNG\r\n\x1A\n", 8);
  std::string ihdr;
  PutBe32(ihdr, side);
  PutBe32(ihdr, side);
  ihdr +=
      std::string("\x01\x00\x00\x00\x00", 5);  // bit depth 1, grey, deflate, filter 0, no interlace
  PngChunk(png, "IHDR", ihdr);
  GConverter* zlib = G_CONVERTER(g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9));
  std::string row((side + 7) / 8 + 1, '\0');  // filter byte + packed pixels
  std::string idat;
  std::vector<char> out(1 << 16);
  for (uint32_t y = 0; y <= side; ++y) {
    bool last = y == side;
    std::string_view in = last ? std::string_view() : std::string_view(row);
    while (true) {
      gsize read = 0, written = 0;
      GConverterResult r = g_converter_convert(
          zlib, in.data(), in.size(), out.data(), out.size(),
          last ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS, &read, &written, nullptr);
      idat.append(out.data(), written);
      in.remove_prefix(read);
      if (r == G_CONVERTER_ERROR || r == G_CONVERTER_FINISHED) break;
      if (!last && in.empty()) break;
    }
  }
  g_object_unref(zlib);
  PngChunk(png, "IDAT", idat);
  PngChunk(png, "IEND", "");
  return png;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The names in `dir` (recursively), relative to it, sorted.
inline std::vector<std::string> FilesUnder(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file()) names.push_back(std::filesystem::relative(it->path(), dir).string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A fresh empty folder under the system's temporary folder, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "toasoan-media-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace toasoan::testing

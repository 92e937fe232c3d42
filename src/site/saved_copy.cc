#include "site/saved_copy.h"

#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

#include <spdlog/spdlog.h>

namespace toasoan {
namespace {

// The image types every browser shows from a data: URL. SVG is left out on purpose: it
// is a document that may carry links and styles of its own.
std::string_view ImageMime(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".png") return "image/png";
  if (ext == ".webp") return "image/webp";
  if (ext == ".gif") return "image/gif";
  if (ext == ".avif") return "image/avif";
  return {};
}

// Photo::file is a relative path under the media folder; refuse anything that could
// leave it ("..", an absolute path, an empty segment).
bool SafeRelativePath(std::string_view file) {
  if (file.empty() || file.front() == '/') return false;
  size_t start = 0;
  while (start <= file.size()) {
    const size_t slash = file.find('/', start);
    const std::string_view seg = file.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (seg.empty() || seg.front() == '.') return false;
    for (char c : seg) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
      if (!ok) return false;
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path, size_t limit) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size > limit) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(out).str();
}

}  // namespace

std::string DataUrl(std::string_view mime, std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "data:";
  out.append(mime).append(";base64,");
  out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t n = (static_cast<uint8_t>(bytes[i]) << 16) |
                       (static_cast<uint8_t>(bytes[i + 1]) << 8) |
                       static_cast<uint8_t>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  const size_t rest = bytes.size() - i;
  if (rest > 0) {
    uint32_t n = static_cast<uint8_t>(bytes[i]) << 16;
    if (rest == 2) n |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += rest == 2 ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

OfflineAssets LoadOfflineAssets(const SavedCopyFiles& files, const Article& a) {
  OfflineAssets assets;
  if (!files.stylesheet.empty()) {
    // A stylesheet is small; the bound only guards against a wrong path.
    auto css = ReadFile(files.stylesheet, 1024 * 1024);
    if (css) {
      assets.css = std::move(*css);
    } else {
      spdlog::warn("saved copy: cannot read {}; the copy goes out unstyled",
                   files.stylesheet.string());
    }
  }
  for (const Photo& p : a.photos) {
    if (p.file.empty() || assets.photo_data_urls.contains(p.file)) continue;
    const std::string_view mime = ImageMime(p.file);
    if (!SafeRelativePath(p.file) || mime.empty() || files.media_dir.empty()) {
      spdlog::warn("saved copy of article {}: photo {} ({}) cannot be inlined", a.id, p.id, p.file);
      continue;
    }
    auto bytes = ReadFile(files.media_dir / p.file, kMaxInlinePhotoBytes);
    if (!bytes) {
      spdlog::warn("saved copy of article {}: photo {} ({}) is missing or larger than {} bytes",
                   a.id, p.id, p.file, kMaxInlinePhotoBytes);
      continue;
    }
    assets.photo_data_urls.emplace(p.file, DataUrl(mime, *bytes));
  }
  return assets;
}

std::string AttachmentDisposition(std::string_view stem) {
  std::string name = stem.empty() ? std::string("bai-viet") : std::string(stem);
  name += ".html";
  std::string ascii;
  std::string encoded;
  for (unsigned char c : name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    // A multi-byte character becomes one '-' in the ASCII name, not one per byte.
    if (plain) {
      ascii += static_cast<char>(c);
    } else if ((c & 0xC0) != 0x80 && (ascii.empty() || ascii.back() != '-')) {
      ascii += '-';
    }
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace toasoan

#include "media/image_type.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <string>

namespace toasoan {
namespace {

constexpr std::string_view kAccepted = "Chỉ nhận ảnh JPEG, PNG, WebP hoặc HEIC.";

Error Refuse(std::string log, std::string_view user) {
  return Error::InvalidArgument(std::move(log), std::string(user) + " " + std::string(kAccepted));
}

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.size() >= prefix.size() && bytes.substr(0, prefix.size()) == prefix;
}

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool StartsWithNoCase(std::string_view bytes, std::string_view prefix) {
  if (bytes.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(bytes[i]) != Lower(prefix[i])) return false;
  }
  return true;
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [](char a, char b) { return Lower(a) == Lower(b); }) != haystack.end();
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The text after a UTF-8 byte-order mark and leading white space.
std::string_view SkipTextStart(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && IsSpace(bytes.front())) bytes.remove_prefix(1);
  return bytes;
}

// The HTML patterns of the WHATWG MIME Sniffing Standard (§7.1): a tag name followed
// by a space or '>'.
bool LooksLikeHtml(std::string_view text, std::string_view head) {
  static constexpr std::array<std::string_view, 17> kTags = {"<!doctype html",
                                                             "<html",
                                                             "<head",
                                                             "<script",
                                                             "<iframe",
                                                             "<h1",
                                                             "<div",
                                                             "<font",
                                                             "<table",
                                                             "<a",
                                                             "<style",
                                                             "<title",
                                                             "<b",
                                                             "<body",
                                                             "<br",
                                                             "<p",
                                                             "<!--"};
  for (std::string_view tag : kTags) {
    if (StartsWithNoCase(text, tag) && text.size() > tag.size() &&
        (IsSpace(text[tag.size()]) || text[tag.size()] == '>')) {
      return true;
    }
  }
  return text.starts_with('<') &&
         (ContainsNoCase(head, "<html") || ContainsNoCase(head, "<script"));
}

bool IsHeicBrand(std::string_view brand) {
  return brand == "heic" || brand == "heix" || brand == "hevc" || brand == "hevx" ||
         brand == "heim" || brand == "heis";
}

// An ISO-BMFF file starts with an `ftyp` box: size (4), "ftyp", major brand (4), minor
// version (4), compatible brands (4 each).
std::string_view FtypBox(std::string_view bytes) {
  if (bytes.size() < 16 || bytes.substr(4, 4) != "ftyp") return {};
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = (std::size_t{p[0]} << 24) | (std::size_t{p[1]} << 16) |
                     (std::size_t{p[2]} << 8) | std::size_t{p[3]};
  if (size < 16 || size > bytes.size() || size > 4096) return {};
  return bytes.substr(0, size);
}

}  // namespace

std::string_view ImageTypeName(ImageType type) {
  switch (type) {
    case ImageType::kJpeg:
      return "jpeg";
    case ImageType::kPng:
      return "png";
    case ImageType::kWebp:
      return "webp";
    case ImageType::kHeic:
      return "heic";
  }
  return "unknown";
}

Result<ImageType> DetectImageType(std::string_view bytes) {
  if (bytes.empty()) return Fail(Refuse("empty upload", "Tệp rỗng, không có ảnh."));
  if (StartsWith(bytes, "\xFF\xD8\xFF")) return ImageType::kJpeg;
  if (StartsWith(bytes, "\x89PNG\r\n\x1A\n")) return ImageType::kPng;
  if (bytes.size() >= 12 && StartsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") {
    return ImageType::kWebp;
  }
  if (std::string_view ftyp = FtypBox(bytes); !ftyp.empty()) {
    bool avif = false;
    for (std::size_t at = 8; at + 4 <= ftyp.size(); at += 4) {
      if (at == 12) continue;  // the minor version, not a brand
      std::string_view brand = ftyp.substr(at, 4);
      if (IsHeicBrand(brand)) return ImageType::kHeic;
      avif = avif || brand == "avif" || brand == "avis";
    }
    if (avif) {
      return Fail(Refuse("AVIF upload", "Chưa nhận ảnh AVIF."));
    }
    return Fail(Refuse("ISO-BMFF upload that is not HEIC",
                       "Tệp này là video hoặc định dạng không phải ảnh."));
  }
  if (StartsWith(bytes, "GIF87a") || StartsWith(bytes, "GIF89a")) {
    return Fail(Refuse("GIF upload", "Không nhận ảnh GIF."));
  }
  std::string_view text = SkipTextStart(bytes);
  std::string_view head = text.substr(0, 4096);
  bool html = LooksLikeHtml(text, head);
  bool svg = text.starts_with('<') && ContainsNoCase(head, "<svg");
  if (svg && !(html && (ContainsNoCase(head, "<html") || ContainsNoCase(head, "<!doctype html")))) {
    return Fail(
        Refuse("SVG upload", "Không nhận ảnh SVG vì tệp SVG có thể chứa mã chạy (script)."));
  }
  if (html) {
    return Fail(Refuse("HTML upload", "Tệp này là trang web (HTML), không phải ảnh."));
  }
  return Fail(Refuse("unrecognised upload type", "Không nhận ra định dạng ảnh của tệp này."));
}

}  // namespace toasoan

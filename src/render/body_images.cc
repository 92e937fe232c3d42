#include "render/body_images.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace toasoan {
namespace {

constexpr std::string_view kLibraryPrefix = "/media/photos/";

std::string DecodeAttribute(std::string_view v) {
  static constexpr std::array<std::pair<std::string_view, char>, 6> kEntities = {{
      {"&amp;", '&'},
      {"&lt;", '<'},
      {"&gt;", '>'},
      {"&quot;", '"'},
      {"&#39;", '\''},
      {"&#x27;", '\''},
  }};
  std::string out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size();) {
    bool decoded = false;
    if (v[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (v.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size();
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out += v[i++];
  }
  return out;
}

int ParseDimension(std::string_view v) {
  int n = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || ptr != v.data() + v.size() || n <= 0) return 0;
  return n;
}

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == ':';
}

// Reads the attributes of the tag whose name ends at `i`, up to its '>'; returns the
// offset just past it, npos when the tag never closes.
size_t ReadAttributes(std::string_view html, size_t i, BodyImage* img) {
  while (i < html.size()) {
    const char c = html[i];
    if (c == '>') return i + 1;
    if (!IsNameChar(c)) {
      ++i;
      continue;
    }
    const size_t name_start = i;
    while (i < html.size() && IsNameChar(html[i])) ++i;
    std::string name(html.substr(name_start, i - name_start));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    std::string_view value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const char quote = html[i++];
        const size_t close = html.find(quote, i);
        if (close == std::string_view::npos) return std::string_view::npos;
        value = html.substr(i, close - i);
        i = close + 1;
      } else {
        const size_t start = i;
        while (i < html.size() && html[i] != '>' &&
               std::isspace(static_cast<unsigned char>(html[i])) == 0) {
          ++i;
        }
        value = html.substr(start, i - start);
      }
    }
    if (name == "src") {
      img->src = DecodeAttribute(value);
    } else if (name == "alt") {
      img->alt = DecodeAttribute(value);
      img->has_alt = true;
    } else if (name == "width") {
      img->width = ParseDimension(value);
    } else if (name == "height") {
      img->height = ParseDimension(value);
    }
  }
  return std::string_view::npos;
}

bool StartsImgTag(std::string_view html, size_t lt) {
  if (lt + 4 > html.size()) return false;
  for (size_t k = 0; k < 3; ++k) {
    if (std::tolower(static_cast<unsigned char>(html[lt + 1 + k])) != "img"[k]) return false;
  }
  if (lt + 4 == html.size()) return false;
  const char next = html[lt + 4];
  return next == '>' || next == '/' || std::isspace(static_cast<unsigned char>(next)) != 0;
}

}  // namespace

std::vector<BodyImage> FindBodyImages(std::string_view html) {
  std::vector<BodyImage> images;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (!StartsImgTag(html, i)) {
      ++i;
      continue;
    }
    BodyImage img;
    img.begin = i;
    const size_t end = ReadAttributes(html, i + 4, &img);
    if (end == std::string_view::npos) break;
    img.end = end;
    images.push_back(std::move(img));
    i = end;
  }
  return images;
}

std::string LibraryPhotoFile(std::string_view src) {
  if (!src.starts_with(kLibraryPrefix) || src.size() == kLibraryPrefix.size()) return {};
  const std::string_view file = src.substr(1 + src.find('/', 1));  // after "/media/"
  // A plain file name: no query, fragment, folder climbing or nested folder.
  if (file.find_first_of("?#\\") != std::string_view::npos) return {};
  if (file.find("..") != std::string_view::npos) return {};
  if (file.find('/', kLibraryPrefix.size() - 7) != std::string_view::npos) return {};
  return std::string(file);
}

std::vector<std::string> BodyLibraryPhotoFiles(std::string_view html) {
  std::vector<std::string> files;
  for (const BodyImage& img : FindBodyImages(html)) {
    std::string file = LibraryPhotoFile(img.src);
    if (file.empty() || std::find(files.begin(), files.end(), file) != files.end()) continue;
    files.push_back(std::move(file));
  }
  return files;
}

}  // namespace toasoan

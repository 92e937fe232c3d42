#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// One <img> of sanitized body HTML (html/sanitizer.h: double-quoted attributes, escaped
// with &amp; &lt; &gt; &quot; &#39;).
struct BodyImage {
  size_t begin = 0;  // offset of its "<img" in the HTML
  size_t end = 0;    // offset just past its '>'
  std::string src;   // decoded attribute values
  std::string alt;
  bool has_alt = false;
  int width = 0;  // 0 when not given
  int height = 0;
};

// The <img> elements of `html`, in document order. Pure.
std::vector<BodyImage> FindBodyImages(std::string_view html);

// The media file of a body image's source when it is one of the photo library's
// ("/media/photos/<hash>.jpg" → "photos/<hash>.jpg"); empty otherwise.
std::string LibraryPhotoFile(std::string_view src);

// The library files (LibraryPhotoFile) the body's images show, each once, in order.
std::vector<std::string> BodyLibraryPhotoFiles(std::string_view html);

}  // namespace toasoan

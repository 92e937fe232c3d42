#pragma once

#include <string>
#include <string_view>

namespace toasoan::http {

// Whole-buffer compression for pages kept pre-compressed in the page cache. Both return
// an empty string when the library fails (the caller then serves identity).
std::string GzipCompress(std::string_view data);
std::string BrotliCompress(std::string_view data);

enum class Encoding { kIdentity = 0, kGzip = 1, kBrotli = 2 };

// The best encoding a client accepts according to its Accept-Encoding header: br, then
// gzip, else identity. A q=0 excludes a coding.
Encoding ChooseEncoding(std::string_view accept_encoding);

}  // namespace toasoan::http

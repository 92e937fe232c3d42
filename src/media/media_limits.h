#pragma once

#include <cstdint>

namespace toasoan {

// Limits on an uploaded photo, checked before any pixel is decoded: `max_bytes` on the
// upload itself (the HTTP layer should cap its body at the same number), the others on
// the dimensions read from the file's header, so that a small file that would decode to
// gigabytes (a "decompression bomb") is refused.
struct MediaLimits {
  int64_t max_bytes = 25 * 1024 * 1024;  // 25 MiB: a phone photo is 2-12 MB
  int64_t max_pixels = 50'000'000;       // 50 megapixels (width × height)
  int max_side = 12'000;                 // either side, in pixels
};

}  // namespace toasoan

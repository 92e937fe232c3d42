#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/clock.h"

namespace toasoan {

// One responsive size of a library photo (a srcset candidate).
struct ImageVariant {
  std::string file;       // "photos/<hash>-960.webp", relative to the media folder
  std::string mime_type;  // "image/webp", "image/jpeg"
  int width = 0;
  int height = 0;
  int64_t bytes = 0;
};

// A photo of the newsroom's library: the stored original (media/photos/<hash>.jpg,
// metadata stripped) with its structured caption, credit and text alternative, and its
// responsive variants once the background worker has made them (empty until then; pages
// use the original meanwhile). Text fields are NFC plain text.
struct PhotoAsset {
  int64_t id = 0;
  std::string file;  // "photos/<hash>.jpg", relative to the media folder
  std::string hash;  // 32 hex digits of the stored file's SHA-256
  int width = 0;     // of the stored file, upright
  int height = 0;
  int64_t bytes = 0;
  std::string caption;
  std::string credit;
  std::string alt;
  int64_t uploaded_by = 0;  // the account that uploaded it
  Timestamp created_at{};
  bool variants_done = false;  // the worker has run (variants may still be empty on failure)
  std::vector<ImageVariant> variants;  // ascending width, WebP before JPEG
};

}  // namespace toasoan

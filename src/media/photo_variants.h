#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace toasoan {

enum class VariantFormat { kWebp, kJpeg };

// "image/webp", "image/jpeg".
std::string_view VariantMimeType(VariantFormat format);

// One responsive size of a stored photo, for srcset ("/media/<file> <width>w").
struct PhotoVariant {
  std::string file;  // "photos/<hash>-960.webp", relative to the media folder
  VariantFormat format = VariantFormat::kWebp;
  int width = 0;
  int height = 0;
  int64_t bytes = 0;
};

struct VariantOptions {
  std::vector<int> widths = {480, 960, 1600};
  int webp_quality = 75;
  int jpeg_quality = 80;
};

// The widths to make for an original `original_width` wide: each of `widths` up to
// it, and the original width itself when it is smaller than the largest of
// `widths` (so the set reaches the full size); never wider than the original. Ascending,
// no repeats. Pure.
std::vector<int> VariantWidths(int original_width, const std::vector<int>& widths);

// Makes the responsive variants of a photo stored by IngestPhoto (`file` is its
// "photos/<hash>.jpg"): for each of VariantWidths, a WebP and a progressive JPEG
// without metadata, named "photos/<hash>-<width>.webp" / ".jpg" beside it; returned
// in ascending width, WebP first. Variants already on disk (from an earlier run) are
// kept, not made again, so a restart resumes. Each file is written atomically, and on
// any failure the ones this call wrote are removed. Slow (hundreds of ms): the server
// runs it in the background. Fails with kInvalidArgument for a `file` not of that
// form, kNotFound when it is missing, kCorruption when it cannot be decoded, kIo.
// Thread-safe (shares IngestPhoto's two pipeline slots).
Result<std::vector<PhotoVariant>> MakeVariants(const std::filesystem::path& media_dir,
                                               std::string_view file,
                                               const VariantOptions& options = {});

}  // namespace toasoan

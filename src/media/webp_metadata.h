#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace toasoan {

// Removes the metadata chunks (EXIF, XMP, ICCP) from a WebP file and clears their
// flags in its VP8X header, fixing the RIFF size. libvips 8.14's webpsave writes an
// EXIF chunk (orientation, resolution) even when told to strip, so every WebP we store
// goes through this. Fails with kCorruption when `webp` is not a well-formed RIFF WebP
// (chunk sizes past the end). Pure.
Result<std::string> StripWebpMetadata(std::string_view webp);

}  // namespace toasoan

#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"
#include "media/image_type.h"
#include "media/media_limits.h"
#include "media/photo_text.h"

namespace toasoan {

// Photos are stored under the media folder in this folder ("photos/<hash>.jpg").
inline constexpr std::string_view kPhotosFolder = "photos";
// The stored original is at most this wide (never enlarged) ...
inline constexpr int kStoredPhotoMaxWidth = 2400;
// ... and a baseline-compatible progressive JPEG of this quality.
inline constexpr int kStoredPhotoJpegQuality = 85;

// What a photo's header says, read without decoding its pixels.
struct PhotoHeader {
  ImageType type = ImageType::kJpeg;
  int width = 0;  // as coded, before the EXIF orientation is applied
  int height = 0;
  int orientation = 1;  // EXIF orientation, 1-8 (6 and 8 swap width and height)
  PhotoText text;       // caption and credit from XMP, else IPTC
};

// A photo stored by IngestPhoto.
struct IngestedPhoto {
  std::string file;  // "photos/<hash>.jpg", relative to the media folder
  std::string hash;  // 32 hex digits of the stored file's SHA-256
  ImageType source_type = ImageType::kJpeg;
  int width = 0;  // of the stored file, upright
  int height = 0;
  int64_t bytes = 0;            // of the stored file
  bool already_stored = false;  // the same photo was stored before: nothing was written
  PhotoText text;               // to pre-fill caption and credit; may be empty
};

// Checks an upload against `limits` without decoding pixels: its size first, then its
// type from the content (DetectImageType), then the dimensions in its header (each side
// and width × height). Every refusal is kInvalidArgument with a Vietnamese user message.
// Thread-safe.
Result<PhotoHeader> ReadPhotoHeader(std::string_view bytes, const MediaLimits& limits);

// Stores an uploaded photo: ReadPhotoHeader's checks, then a full decode (a truncated or
// corrupt file is refused, kInvalidArgument), the EXIF orientation applied, colour
// converted to sRGB (transparency flattened on white), reduced to at most
// kStoredPhotoMaxWidth wide, and written as JPEG without any metadata (no EXIF, GPS,
// IPTC, XMP or ICC profile) to `media_dir`/photos/<hash>.jpg, named by the hash of
// the stored bytes, atomically (a temporary file renamed). On any failure nothing is
// left in the folder; an identical photo stored before is reused (already_stored).
// Fails with kIo (and a user message) when the file cannot be written. Thread-safe; at
// most two photo pipelines run at once in the process, others wait.
Result<IngestedPhoto> IngestPhoto(std::string_view bytes, const MediaLimits& limits,
                                  const std::filesystem::path& media_dir);

}  // namespace toasoan

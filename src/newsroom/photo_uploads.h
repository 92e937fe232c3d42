#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"
#include "media/media_limits.h"
#include "newsroom/newsroom.h"
#include "store/photo_library.h"

namespace toasoan {

// The newsroom's photo library: uploads turned into stored photos (media/photo_ingest.h)
// and library rows (store/photo_library.h), the library's listing and its text fields.
// Every signed-in account (reporter, editor, administrator) may upload, list and edit.
// Thread-safe.
class PhotoUploads {
 public:
  struct Options {
    std::filesystem::path media_dir;  // the data folder's media/
    MediaLimits limits;
    const Clock* clock = &Clock::System();
    // Called after a new asset is recorded (the variant worker's wake-up).
    std::function<void()> after_upload;
  };

  PhotoUploads(PhotoLibrary& library, Options options);

  // Stores `bytes` as a library photo uploaded by `who`: checked and stored by
  // IngestPhoto (type from the content, limits before decoding, full decode, metadata
  // stripped), then recorded with caption and credit pre-filled from the photo's own
  // IPTC/XMP. Nothing is half-stored: a refused upload writes no file and no row, and a
  // file written for a row that could not be recorded is removed. The same photo
  // uploaded again answers the recorded asset (`created` false). Refusals are
  // kInvalidArgument with the media library's Vietnamese message. A new photo is audited
  // ("photo.uploaded", target "photo:ID", detail its file, size, caption and credit) in
  // the transaction that records it; a repeat upload writes nothing.
  Result<PhotoLibrary::Added> Upload(const Authenticated& who, std::string_view bytes);

  Result<PhotoAssetList> List(const Authenticated& who, const PhotoAssetQuery& q);
  Result<PhotoAsset> Get(const Authenticated& who, int64_t id);
  // Replaces the text fields, each cleaned to NFC plain text (CleanPhotoText; caption and
  // alt at most 2000 characters, credit 300). kNotFound for an unknown id. Audited as
  // "photo.updated" (detail: each changed field, before → after) with the write.
  Result<PhotoAsset> UpdateText(const Authenticated& who, int64_t id, std::string_view caption,
                                std::string_view credit, std::string_view alt);

  const MediaLimits& limits() const { return options_.limits; }

 private:
  Result<void> CheckAllowed(const Authenticated& who) const;

  PhotoLibrary& library_;
  Options options_;
};

}  // namespace toasoan

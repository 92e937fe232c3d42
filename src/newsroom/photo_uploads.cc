#include "newsroom/photo_uploads.h"

#include <spdlog/spdlog.h>

#include <system_error>
#include <utility>

#include "media/photo_ingest.h"
#include "media/photo_text.h"

namespace toasoan {
namespace {

constexpr char kNoSuchPhoto[] = "Không tìm thấy ảnh này trong thư viện.";

}  // namespace

PhotoUploads::PhotoUploads(PhotoLibrary& library, Options options)
    : library_(library), options_(std::move(options)) {}

Result<void> PhotoUploads::CheckAllowed(const Authenticated& who) const {
  // Reporters, editors and administrators all work with photos; a disabled account never
  // authenticates, but a stale one is refused here too.
  if (who.actor.user.id == 0 || who.actor.user.disabled) {
    return Fail(Error(ErrorCode::kPermissionDenied, "account may not use the photo library",
                      "Tài khoản này không được dùng thư viện ảnh."));
  }
  return {};
}

Result<PhotoLibrary::Added> PhotoUploads::Upload(const Authenticated& who, std::string_view bytes) {
  TOASOAN_TRY(CheckAllowed(who));
  auto ingested = IngestPhoto(bytes, options_.limits, options_.media_dir);
  if (!ingested) return Fail(ingested.error());

  PhotoAsset asset;
  asset.file = ingested->file;
  asset.hash = ingested->hash;
  asset.width = ingested->width;
  asset.height = ingested->height;
  asset.bytes = ingested->bytes;
  asset.caption = ingested->text.caption;
  asset.credit = ingested->text.credit;
  asset.uploaded_by = who.actor.user.id;
  asset.created_at = options_.clock->Now();
  auto added = library_.AddPhotoAsset(asset);
  if (!added) {
    // No row, so no file: unless the same photo was stored before this upload (it then
    // belongs to whatever stored it).
    if (!ingested->already_stored) {
      std::error_code ec;
      std::filesystem::remove(options_.media_dir / ingested->file, ec);
      if (ec) spdlog::warn("photo upload: cannot remove {}: {}", ingested->file, ec.message());
    }
    return Fail(added.error());
  }
  if (added->created && options_.after_upload) options_.after_upload();
  return added;
}

Result<PhotoAssetList> PhotoUploads::List(const Authenticated& who, const PhotoAssetQuery& q) {
  TOASOAN_TRY(CheckAllowed(who));
  PhotoAssetQuery bounded = q;
  bounded.text = CleanPhotoText(q.text, 200);
  return library_.ListPhotoAssets(bounded);
}

Result<PhotoAsset> PhotoUploads::Get(const Authenticated& who, int64_t id) {
  TOASOAN_TRY(CheckAllowed(who));
  auto asset = library_.PhotoAssetById(id);
  if (!asset && asset.error().code() == ErrorCode::kNotFound) {
    return Fail(Error(ErrorCode::kNotFound, asset.error().message(), kNoSuchPhoto));
  }
  return asset;
}

Result<PhotoAsset> PhotoUploads::UpdateText(const Authenticated& who, int64_t id,
                                            std::string_view caption, std::string_view credit,
                                            std::string_view alt) {
  TOASOAN_TRY(CheckAllowed(who));
  auto updated = library_.UpdatePhotoAssetText(
      id, CleanPhotoText(caption, 2000), CleanPhotoText(credit, 300), CleanPhotoText(alt, 2000));
  if (!updated && updated.error().code() == ErrorCode::kNotFound) {
    return Fail(Error(ErrorCode::kNotFound, updated.error().message(), kNoSuchPhoto));
  }
  return updated;
}

}  // namespace toasoan

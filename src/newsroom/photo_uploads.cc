#include "newsroom/photo_uploads.h"

#include <spdlog/spdlog.h>

#include <string>
#include <system_error>
#include <utility>

#include "media/photo_ingest.h"
#include "media/photo_text.h"

namespace toasoan {
namespace {

constexpr char kNoSuchPhoto[] = "Không tìm thấy ảnh này trong thư viện.";

// An audit entry for what `who` did to a library photo at `at`.
AuditEntry PhotoAudit(const Authenticated& who, std::string action, int64_t photo_id,
                      std::string detail, Timestamp at) {
  AuditEntry e;
  e.at = at;
  e.user_id = who.actor.user.id;
  e.username = who.actor.user.username;
  e.action = std::move(action);
  e.target = "photo:" + std::to_string(photo_id);
  e.detail = std::move(detail);
  e.address = who.actor.address;
  return e;
}

// "name: a → b" appended to `out` (joined by "; ") when they differ; an empty value
// shows as "(trống)".
void NoteChange(std::string* out, std::string_view name, const std::string& before,
                const std::string& after) {
  if (before == after) return;
  auto shown = [](const std::string& v) { return v.empty() ? std::string("(trống)") : v; };
  if (!out->empty()) *out += "; ";
  *out += std::string(name) + ": " + shown(before) + " → " + shown(after);
}

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
  std::string detail = "file: " + asset.file + "; " + std::to_string(asset.width) + "×" +
                       std::to_string(asset.height) + " px";
  if (!asset.caption.empty()) detail += "; caption: " + asset.caption;
  if (!asset.credit.empty()) detail += "; credit: " + asset.credit;
  auto added = library_.AddPhotoAsset(
      asset, PhotoAudit(who, "photo.uploaded", 0, std::move(detail), asset.created_at));
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
  const std::string clean_caption = CleanPhotoText(caption, 2000);
  const std::string clean_credit = CleanPhotoText(credit, 300);
  const std::string clean_alt = CleanPhotoText(alt, 2000);
  // The detail shows before → after; the stored row is read again (and written) in the
  // store's transaction, so a photo gone meanwhile is still kNotFound there.
  std::string detail;
  if (auto before = library_.PhotoAssetById(id)) {
    NoteChange(&detail, "caption", before->caption, clean_caption);
    NoteChange(&detail, "credit", before->credit, clean_credit);
    NoteChange(&detail, "alt", before->alt, clean_alt);
    if (detail.empty()) detail = "không thay đổi";
  } else if (before.error().code() != ErrorCode::kNotFound) {
    return Fail(before.error());
  }
  auto updated = library_.UpdatePhotoAssetText(
      id, clean_caption, clean_credit, clean_alt,
      PhotoAudit(who, "photo.updated", id, std::move(detail), options_.clock->Now()));
  if (!updated && updated.error().code() == ErrorCode::kNotFound) {
    return Fail(Error(ErrorCode::kNotFound, updated.error().message(), kNoSuchPhoto));
  }
  return updated;
}

}  // namespace toasoan

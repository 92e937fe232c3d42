#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "domain/photo_asset.h"
#include "http/router.h"
#include "newsroom/newsroom.h"
#include "newsroom/photo_uploads.h"

namespace toasoan {

// The photo library in the JSON Admin API (admin_api.h: same authentication, error shape
// and no-store answers):
//
//   POST  /api/v1/admin/photos          the photo's bytes as the body (any Content-Type
//         but multipart; the browser sends the File itself, one request per file, so each
//         has its own progress), optional "X-File-Name" (percent-encoded) echoed back.
//         → 201 {"photo": …} (200 when the same photo is already in the library)
//   GET   /api/v1/admin/photos?q=&page=  → {"items": [photo…], "page", "pages", "total"}
//   GET   /api/v1/admin/photos/{id}     → {"photo": …}
//   PATCH /api/v1/admin/photos/{id}     {"caption", "credit", "alt"} (absent: kept)
//
// A photo is {"id", "file", "url", "hash", "width", "height", "bytes", "caption",
// "credit", "alt", "uploaded_by", "created_at", "variants_ready", "variants": [{"url",
// "file", "mime_type", "width", "height", "bytes"}]}. The upload route accepts a body of
// MediaLimits::max_bytes plus 64 KiB: a longer declared Content-Length is answered 413
// before any of it is read; a body over max_bytes is 413, a refused photo 422 with the
// media library's Vietnamese message; nothing is stored for either.
class PhotoApi {
 public:
  PhotoApi(Newsroom& newsroom, PhotoUploads& uploads);

  void AddRoutes(http::Router& router);
  // Called after every successful write (the change follower's poll). Set before serving.
  void SetAfterWrite(std::function<void()> after_write) { after_write_ = std::move(after_write); }

  // The JSON of `asset` as the API answers it (also used by the library page's script).
  static nlohmann::json AssetJson(const PhotoAsset& asset);

 private:
  http::Response Upload(const http::Request& req, const Authenticated& who);
  http::Response List(const http::Request& req, const Authenticated& who);
  http::Response Get(std::string_view id, const Authenticated& who);
  http::Response Update(const http::Request& req, std::string_view id, const Authenticated& who);
  http::Response TooLarge() const;

  Newsroom& newsroom_;
  PhotoUploads& uploads_;
  std::function<void()> after_write_;
};

}  // namespace toasoan

#pragma once

#include <filesystem>
#include <memory>

#include "app/change_follower.h"
#include "app/photo_variant_worker.h"
#include "base/result.h"
#include "http/router.h"
#include "newsroom/newsroom.h"
#include "newsroom/photo_api.h"
#include "newsroom/photo_library_page.h"
#include "newsroom/photo_uploads.h"
#include "store/store.h"

namespace toasoan {

// The photo library inside `toasoan serve`: uploads and the library's JSON API
// (/api/v1/admin/photos…), the library page (/toa-soan/anh), and the background worker
// making responsive variants. The store must also be a PhotoLibrary.
class PhotoApp {
 public:
  static Result<std::unique_ptr<PhotoApp>> Create(Store& store, Newsroom& newsroom,
                                                  const std::filesystem::path& media_dir,
                                                  const std::filesystem::path& templates_dir);
  ~PhotoApp();

  void AddRoutes(http::Router& router);
  // Starts the variant worker; every write and every recorded variant polls `follower`
  // so public pages show them at once. Call Stop() (or destroy this) before `follower`
  // goes.
  void Start(ChangeFollower& follower);
  void Stop();

 private:
  PhotoApp() = default;

  std::unique_ptr<PhotoUploads> uploads_;
  std::unique_ptr<PhotoApi> api_;
  std::unique_ptr<PhotoLibraryPage> page_;
  std::filesystem::path media_dir_;
  PhotoLibrary* library_ = nullptr;
  std::unique_ptr<PhotoVariantWorker> worker_;
};

}  // namespace toasoan

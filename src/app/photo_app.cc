#include "app/photo_app.h"

#include <utility>

namespace toasoan {

Result<std::unique_ptr<PhotoApp>> PhotoApp::Create(Store& store, Newsroom& newsroom,
                                                   const std::filesystem::path& media_dir,
                                                   const std::filesystem::path& templates_dir) {
  auto* library = dynamic_cast<PhotoLibrary*>(&store);
  if (library == nullptr) return Fail(Error::Internal("this store keeps no photo library"));
  std::unique_ptr<PhotoApp> app(new PhotoApp());
  app->library_ = library;
  app->media_dir_ = media_dir;
  PhotoApp* self = app.get();
  PhotoUploads::Options options;
  options.media_dir = media_dir;
  options.after_upload = [self] {
    if (self->worker_) self->worker_->Wake();
  };
  app->uploads_ = std::make_unique<PhotoUploads>(*library, std::move(options));
  app->api_ = std::make_unique<PhotoApi>(newsroom, *app->uploads_);
  auto page = PhotoLibraryPage::Load(newsroom, store, *app->uploads_, templates_dir.string());
  if (!page) return Fail(page.error());
  app->page_ = std::move(*page);
  return app;
}

PhotoApp::~PhotoApp() { Stop(); }

void PhotoApp::AddRoutes(http::Router& router) {
  api_->AddRoutes(router);
  page_->AddRoutes(router);
}

void PhotoApp::Start(ChangeFollower& follower) {
  api_->SetAfterWrite([&follower] { follower.PollOnce(); });
  PhotoVariantWorker::Options options;
  options.media_dir = media_dir_;
  options.after_record = [&follower] { follower.PollOnce(); };
  worker_ = std::make_unique<PhotoVariantWorker>(*library_, std::move(options));
  worker_->Start();
}

void PhotoApp::Stop() { worker_.reset(); }

}  // namespace toasoan

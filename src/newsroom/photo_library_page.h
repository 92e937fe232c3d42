#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "http/router.h"
#include "newsroom/newsroom.h"
#include "newsroom/photo_uploads.h"
#include "render/frozen_templates.h"
#include "store/store.h"

namespace toasoan {

// The newsroom's photo library page, /toa-soan/anh (?q= searches captions and credits,
// ?trang= pages): the newsroom layout (templates/newsroom/layout.tpl) with
// newsroom/photos.tpl as its content. Uploading (many files at once, a progress bar per
// file) and editing caption, credit and alt go through the Admin API from
// static/js/photo_library.js (no inline script or style: the CSP forbids them); the
// page carries the session's CSRF token for it. Without a session it redirects to the
// sign-in page. Every answer is no-store. Thread-safe.
class PhotoLibraryPage {
 public:
  static Result<std::unique_ptr<PhotoLibraryPage>> Load(Newsroom& newsroom, Store& store,
                                                        PhotoUploads& uploads,
                                                        const std::string& templates_dir);
  ~PhotoLibraryPage();

  void AddRoutes(http::Router& router) const;

 private:
  PhotoLibraryPage(Newsroom& newsroom, Store& store, PhotoUploads& uploads,
                   FrozenTemplates templates);
  http::Response Serve(const http::Request& req) const;

  Newsroom& newsroom_;
  Store& store_;
  PhotoUploads& uploads_;
  FrozenTemplates templates_;
};

}  // namespace toasoan

#pragma once

#include <string>

#include "http/router.h"
#include "render/site_renderer.h"
#include "site/page_extras.h"
#include "site/saved_copy.h"
#include "store/photo_library.h"
#include "store/store.h"

namespace toasoan {

// The public pages: home, section listings, articles, print views, saved copies and the
// 404 page.
// Handlers parse, load through the Store, render, and mark the answer cacheable with the
// tags of everything it shows. Thread-safe (Store and SiteRenderer are).
class PublicSite {
 public:
  // `base_url_override`, when not empty, replaces the stored site URL (set from the
  // listen address when the settings name none). `saved_copy` names the stylesheet and
  // media folder the saved copies ("…/luu") inline.
  PublicSite(Store& store, const SiteRenderer& renderer, std::string base_url_override,
             SavedCopyFiles saved_copy = {});

  // Where pages find today's date, the most-read lists and where article views are
  // counted (site/page_extras.h). Call before serving; without it pages show neither.
  void SetPageSources(PageSources sources) { sources_ = sources; }

  void AddRoutes(http::Router& router) const;
  // The Vietnamese 404 page, for paths no route knows.
  http::Response NotFound() const;

 private:
  http::Response Home() const;
  http::Response SectionListing(const http::Request& req, std::string_view slug) const;
  http::Response ArticleView(std::string_view section_slug, std::string_view segment,
                             bool print) const;
  // "…/luu": the article's saved copy as a download.
  http::Response SavedCopy(std::string_view section_slug, std::string_view segment) const;
  http::Response Failure(const Error& e) const;
  Result<PageFrame> Frame() const;

  Store& store_;
  const SiteRenderer& renderer_;
  std::string base_url_override_;
  SavedCopyFiles saved_copy_;
  PageSources sources_;
  // The store's photo library, when it keeps one: the article page draws the library
  // photos of its body from it. Null: the body's images stay plain <img>.
  PhotoLibrary* photos_ = nullptr;
};

// Tags every public page carries: the site settings and the section menu.
inline constexpr const char* kFrameTags[] = {"settings", "sections"};

}  // namespace toasoan

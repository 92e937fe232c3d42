#pragma once

#include <string>

#include "http/router.h"
#include "render/site_renderer.h"
#include "store/store.h"

namespace toasoan {

// The public pages: home, section listings, articles, print views and the 404 page.
// Handlers parse, load through the Store, render, and mark the answer cacheable with the
// tags of everything it shows. Thread-safe (Store and SiteRenderer are).
class PublicSite {
 public:
  // `base_url_override`, when not empty, replaces the stored site URL (set from the
  // listen address when the settings name none).
  PublicSite(Store& store, const SiteRenderer& renderer, std::string base_url_override);

  void AddRoutes(http::Router& router) const;
  // The Vietnamese 404 page, for paths no route knows.
  http::Response NotFound() const;

 private:
  http::Response Home() const;
  http::Response SectionListing(const http::Request& req, std::string_view slug) const;
  http::Response ArticleView(std::string_view section_slug, std::string_view segment,
                             bool print) const;
  http::Response Failure(const Error& e) const;
  Result<PageFrame> Frame() const;

  Store& store_;
  const SiteRenderer& renderer_;
  std::string base_url_override_;
};

// Tags every public page carries: the site settings and the section menu.
inline constexpr const char* kFrameTags[] = {"settings", "sections"};

}  // namespace toasoan

#pragma once

#include <string>

#include "http/router.h"
#include "render/site_renderer.h"
#include "store/store.h"

namespace toasoan {

// The public search page, GET /tim-kiem?q=&section=&from=&to=&page= (search_params.h).
// Any bytes in any parameter get a page (200): what cannot be read is said on the page,
// never a server error. Answers are not cached: each query is its own page, and a cache
// keyed by whatever clients type would fill memory. Thread-safe.
class SearchPage {
 public:
  SearchPage(Store& store, const SiteRenderer& renderer, std::string base_url_override)
      : store_(store), renderer_(renderer), base_url_override_(std::move(base_url_override)) {}

  void AddRoutes(http::Router& router) const;

 private:
  http::Response Page(const http::Request& req) const;

  Store& store_;
  const SiteRenderer& renderer_;
  std::string base_url_override_;
};

}  // namespace toasoan

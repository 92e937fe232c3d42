#pragma once

#include <string>

#include "http/router.h"
#include "store/store.h"

namespace toasoan {

// The read-only JSON content API: GET /api/v1/sections, /api/v1/articles?section=&page=
// (section by slug or id) and /api/v1/articles/{id}. Only published articles are shown.
// Answers are cacheable and tagged like the pages.
class ContentApi {
 public:
  ContentApi(Store& store, std::string base_url_override)
      : store_(store), base_url_override_(std::move(base_url_override)) {}
  void AddRoutes(http::Router& router) const;

 private:
  http::Response Sections() const;
  http::Response Articles(const http::Request& req) const;
  http::Response ArticleById(std::string_view id) const;
  std::string BaseUrl() const;

  Store& store_;
  std::string base_url_override_;
};

}  // namespace toasoan

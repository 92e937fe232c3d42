#pragma once

#include <string>

#include "http/router.h"
#include "store/store.h"

namespace toasoan {

// GET /api/v1/search?q=&section=&from=&to=&page= (search_params.h): {"query",
// "searched_for", "decoded", "truncated", "page", "per_page", "has_more", "items":
// [render/search_json.h], and "message" (Vietnamese) when nothing is found}. A missing
// or wordless q, a bad page or date is 400 and an unknown section 404, with the content
// API's error body; any bytes get an answer, never a 500 unless the store fails.
// Answers are not cached (see SearchPage). Thread-safe.
class SearchApi {
 public:
  SearchApi(Store& store, std::string base_url_override)
      : store_(store), base_url_override_(std::move(base_url_override)) {}

  void AddRoutes(http::Router& router) const;

 private:
  http::Response Search(const http::Request& req) const;

  Store& store_;
  std::string base_url_override_;
};

}  // namespace toasoan

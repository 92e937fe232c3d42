#pragma once

#include <string>

#include "http/router.h"
#include "store/store.h"

namespace toasoan {

// The tag of answers that show view counts: dropped whenever counted views reach the
// store's lists (app/view_flusher.h).
inline constexpr char kViewCountsTag[] = "view-counts";

// GET /api/v1/most-read: the published articles read most in the last 24 hours ("day")
// and 7 days ("week"), most views first, each {"id", "title", "url", "views"}:
// {"day": [...], "week": [...]}. Views reach it when the counts kept in memory are
// written and the lists refreshed, every few minutes. Cacheable (tags: "most-read",
// "view-counts", "sections", "settings" and the listed articles). Thread-safe.
class MostReadApi {
 public:
  static constexpr int kPerList = 10;

  MostReadApi(Store& store, std::string base_url_override)
      : store_(store), base_url_override_(std::move(base_url_override)) {}
  void AddRoutes(http::Router& router) const;

 private:
  http::Response MostRead() const;

  Store& store_;
  std::string base_url_override_;
};

}  // namespace toasoan

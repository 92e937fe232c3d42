#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "render/site_renderer.h"
#include "store/store.h"

namespace toasoan {

// The tag of every page that shows "Đọc nhiều": a refresh that changes the lists drops
// them from the page cache.
inline constexpr char kMostReadTag[] = "most-read";

// The "Đọc nhiều" lists as the pages show them: the ids of the published articles read
// most in the last 24 hours and the last 7 days. Summing a week of hourly counts is too
// dear for every page render, so the lists are read from the store by Refresh, every few
// minutes (app/view_flusher.h), and pages take a snapshot. Thread-safe.
class MostReadBoard {
 public:
  struct Lists {
    std::vector<int64_t> day;   // article ids, most read first
    std::vector<int64_t> week;  //
    friend bool operator==(const Lists&, const Lists&) = default;
  };

  explicit MostReadBoard(int per_list = 5) : per_list_(per_list) {}

  // Reads the lists as of `now` from `store`. Returns whether they changed (the pages
  // carrying kMostReadTag should then be dropped). On a store error the lists stay as
  // they were.
  Result<bool> Refresh(Store& store, Timestamp now);

  // The lists of the last refresh (empty before the first).
  std::shared_ptr<const Lists> Get() const;

 private:
  const int per_list_;
  mutable std::mutex mu_;
  std::shared_ptr<const Lists> lists_ = std::make_shared<const Lists>();  // guarded by mu_
};

// The articles of `lists` as links, loaded from `store` (so titles are current), with
// their sections found in `sections`. An article no longer published, or whose section
// is not there, is left out. Appends "article:ID" for each shown article to `tags`.
Result<MostReadLists> LoadMostRead(Store& store, const MostReadBoard::Lists& lists,
                                   const std::vector<Section>& sections,
                                   std::vector<std::string>* tags);

}  // namespace toasoan

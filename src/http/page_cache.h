#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "http/cached_page.h"

namespace toasoan::http {

// Public pages kept in memory as ready response bytes, keyed by request target (path and
// the query parameters that matter). Each page carries the tags of what it shows
// ("article:12", "list:all" …); Invalidate drops exactly the pages carrying any of the
// given tags. Bounded in bytes: the oldest pages go first. Thread-safe; lookups take a
// shared lock only.
class PageCache {
 public:
  explicit PageCache(size_t max_bytes = 256u << 20) : max_bytes_(max_bytes) {}

  std::shared_ptr<const CachedPage> Find(std::string_view key) const;

  // A counter that moves on every invalidation. Read it before rendering and pass it to
  // Insert, so a page rendered from data that changed meanwhile is not kept.
  uint64_t generation() const { return generation_.load(std::memory_order_acquire); }

  // Keeps `page` under `key` unless an invalidation happened since `generation`.
  // Returns whether it was kept.
  bool Insert(std::string key, std::shared_ptr<const CachedPage> page, uint64_t generation);

  void Invalidate(const std::vector<std::string>& tags);
  void Clear();

  size_t size() const;
  size_t bytes() const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Entry {
    std::shared_ptr<const CachedPage> page;
    uint64_t seq;  // when it was inserted; matches its entry in `order_`
  };
  using PageMap = std::unordered_map<std::string, Entry, StringHash, std::equal_to<>>;

  void EraseLocked(const std::string& key);

  const size_t max_bytes_;
  mutable std::shared_mutex mu_;
  PageMap pages_;                                                            // guarded by mu_
  std::unordered_map<std::string, std::unordered_set<std::string>> by_tag_;  // guarded by mu_
  // (seq, key) by age. An entry whose seq differs from the page's is stale: the key was
  // dropped, or inserted again and is younger than this place says.
  std::deque<std::pair<uint64_t, std::string>> order_;  // guarded by mu_
  uint64_t next_seq_ = 0;                               // guarded by mu_
  size_t bytes_ = 0;                                    // guarded by mu_
  std::atomic<uint64_t> generation_{0};
};

}  // namespace toasoan::http

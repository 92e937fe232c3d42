#pragma once

#include <array>
#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "store/store.h"

namespace toasoan {

// Article views counted in memory, so a reader's request (usually a cached page) costs a
// hash-map increment and never a database write; a background task (app/view_flusher.h)
// drains the counts every minute or so and adds them to the store. No cookie or other
// reader state is involved: every view of an article page counts once.
//
// Sharded by article id, each shard under its own mutex: the io threads counting views
// of different articles rarely meet, and a drain holds one shard at a time. Thread-safe.
class ViewCounter {
 public:
  void Add(int64_t article_id, int64_t views = 1);

  // The counts since the last drain (articles in no particular order, views > 0); the
  // counter starts again from zero.
  std::vector<ViewCount> Drain();

 private:
  static constexpr size_t kShards = 16;
  struct Shard {
    std::mutex mu;
    std::unordered_map<int64_t, int64_t> counts;  // guarded by mu
  };
  std::array<Shard, kShards> shards_;
};

}  // namespace toasoan

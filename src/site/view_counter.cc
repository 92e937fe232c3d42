#include "site/view_counter.h"

#include <utility>

namespace toasoan {

void ViewCounter::Add(int64_t article_id, int64_t views) {
  Shard& shard = shards_[static_cast<uint64_t>(article_id) % kShards];
  std::lock_guard lock(shard.mu);
  shard.counts[article_id] += views;
}

std::vector<ViewCount> ViewCounter::Drain() {
  std::vector<ViewCount> out;
  for (Shard& shard : shards_) {
    std::unordered_map<int64_t, int64_t> counts;
    {
      std::lock_guard lock(shard.mu);
      counts.swap(shard.counts);
    }
    for (const auto& [id, views] : counts) {
      if (views > 0) out.push_back({id, views});
    }
  }
  return out;
}

}  // namespace toasoan

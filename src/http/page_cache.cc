#include "http/page_cache.h"

#include <mutex>

namespace toasoan::http {

std::shared_ptr<const CachedPage> PageCache::Find(std::string_view key) const {
  std::shared_lock lock(mu_);
  auto it = pages_.find(key);
  return it == pages_.end() ? nullptr : it->second.page;
}

bool PageCache::Insert(std::string key, std::shared_ptr<const CachedPage> page,
                       uint64_t generation) {
  std::unique_lock lock(mu_);
  // Checked under the lock: Invalidate bumps the generation under the same lock.
  if (generation != generation_.load(std::memory_order_relaxed)) return false;
  if (page->bytes() > max_bytes_ / 4) return false;
  EraseLocked(key);
  for (const auto& tag : page->tags()) by_tag_[tag].insert(key);
  bytes_ += page->bytes();
  uint64_t seq = next_seq_++;
  order_.emplace_back(seq, key);
  pages_.emplace(std::move(key), Entry{std::move(page), seq});
  while (bytes_ > max_bytes_ && !order_.empty()) {
    auto [oldest_seq, oldest] = std::move(order_.front());
    order_.pop_front();
    auto it = pages_.find(oldest);
    if (it != pages_.end() && it->second.seq == oldest_seq) EraseLocked(oldest);
  }
  return true;
}

void PageCache::EraseLocked(const std::string& key) {
  auto it = pages_.find(key);
  if (it == pages_.end()) return;
  for (const auto& tag : it->second.page->tags()) {
    auto t = by_tag_.find(tag);
    if (t == by_tag_.end()) continue;
    t->second.erase(key);
    if (t->second.empty()) by_tag_.erase(t);
  }
  bytes_ -= it->second.page->bytes();
  pages_.erase(it);
  // `order_` keeps a stale entry, skipped by eviction. Compact when stale entries
  // dominate so the deque stays bounded.
  if (order_.size() > 2 * pages_.size() + 64) {
    std::deque<std::pair<uint64_t, std::string>> live;
    for (auto& entry : order_) {
      auto p = pages_.find(entry.second);
      if (p != pages_.end() && p->second.seq == entry.first) live.push_back(std::move(entry));
    }
    order_.swap(live);
  }
}

void PageCache::Invalidate(const std::vector<std::string>& tags) {
  std::unique_lock lock(mu_);
  generation_.fetch_add(1, std::memory_order_release);
  for (const auto& tag : tags) {
    auto t = by_tag_.find(tag);
    if (t == by_tag_.end()) continue;
    std::vector<std::string> keys(t->second.begin(), t->second.end());
    for (const auto& key : keys) EraseLocked(key);
  }
}

void PageCache::Clear() {
  std::unique_lock lock(mu_);
  generation_.fetch_add(1, std::memory_order_release);
  pages_.clear();
  by_tag_.clear();
  order_.clear();
  bytes_ = 0;
}

size_t PageCache::size() const {
  std::shared_lock lock(mu_);
  return pages_.size();
}

size_t PageCache::bytes() const {
  std::shared_lock lock(mu_);
  return bytes_;
}

}  // namespace toasoan::http

#include "app/change_follower.h"

#include <spdlog/spdlog.h>

namespace toasoan {

ChangeFollower::ChangeFollower(Store& store, http::PageCache& cache,
                               std::chrono::milliseconds interval)
    : store_(store), cache_(cache), interval_(interval) {
  auto latest = store_.LatestChangeId();
  last_ = latest ? *latest : 0;
  thread_ = std::thread([this] { Loop(); });
}

ChangeFollower::~ChangeFollower() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void ChangeFollower::PollOnce() {
  std::lock_guard lock(poll_mu_);
  auto changes = store_.ChangesSince(last_);
  if (!changes) {
    spdlog::warn("cannot read change events: {}", changes.error().message());
    return;
  }
  // Change ids have no gaps; a jump means pruned changes were missed: drop everything.
  if (!changes->empty() && changes->front().id > last_ + 1 && last_ != 0) cache_.Clear();
  for (const auto& c : *changes) {
    cache_.Invalidate(c.tags);
    last_ = c.id;
  }
}

void ChangeFollower::Loop() {
  std::unique_lock lock(mu_);
  while (!stop_) {
    cv_.wait_for(lock, interval_, [this] { return stop_; });
    if (stop_) break;
    lock.unlock();
    PollOnce();
    lock.lock();
  }
}

}  // namespace toasoan

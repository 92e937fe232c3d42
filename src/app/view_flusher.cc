#include "app/view_flusher.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "site/most_read_api.h"

namespace toasoan {

ViewFlusher::ViewFlusher(ViewCounter& counter, Store& store, MostReadBoard& board,
                         http::PageCache& cache, const Clock& clock,
                         std::chrono::milliseconds interval, int refresh_every)
    : counter_(counter),
      store_(store),
      board_(board),
      cache_(cache),
      clock_(clock),
      interval_(interval),
      refresh_every_(std::max(refresh_every, 1)) {
  thread_ = std::thread([this] { Loop(); });
}

ViewFlusher::~ViewFlusher() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
  FlushOnce();
}

bool ViewFlusher::FlushOnce() {
  std::lock_guard lock(flush_mu_);
  std::vector<ViewCount> views = counter_.Drain();
  if (views.empty()) return false;
  auto written = store_.AddViews(views, clock_.Now());
  if (!written) {
    spdlog::warn("cannot write {} articles' views, will retry: {}", views.size(),
                 written.error().message());
    for (const ViewCount& v : views) counter_.Add(v.article_id, v.views);
    return false;
  }
  return true;
}

void ViewFlusher::RefreshOnce(bool views_written) {
  auto changed = board_.Refresh(store_, clock_.Now());
  if (!changed) {
    spdlog::warn("cannot refresh the most-read lists: {}", changed.error().message());
  } else if (*changed) {
    cache_.Invalidate({kMostReadTag});
  }
  if (views_written) cache_.Invalidate({kViewCountsTag});
}

void ViewFlusher::Loop() {
  RefreshOnce(false);
  bool written_since_refresh = false;
  int ticks = 0;
  std::unique_lock lock(mu_);
  while (!stop_) {
    cv_.wait_for(lock, interval_, [this] { return stop_; });
    if (stop_) break;
    lock.unlock();
    written_since_refresh |= FlushOnce();
    if (++ticks >= refresh_every_) {
      ticks = 0;
      RefreshOnce(written_since_refresh);
      written_since_refresh = false;
    }
    lock.lock();
  }
}

}  // namespace toasoan

#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "base/clock.h"
#include "http/page_cache.h"
#include "site/most_read_board.h"
#include "site/view_counter.h"
#include "store/store.h"

namespace toasoan {

// The periodic writer of the most-read counts. A thread, every `interval`, drains the
// views counted in memory into the store (hourly buckets), and every `refresh_every`
// intervals re-reads the most-read lists: when they changed it drops the pages that show
// them (tag "most-read"), and when views were written it drops the answers that show
// counts (tag "view-counts"). The lists thus change at most every
// interval × refresh_every (5 minutes by default), which keeps the home and article
// pages cached in between. The first refresh is made at once, so the lists show right
// after a start. Views that the store refuses are counted again and retried. On
// destruction the thread stops and the views left are written.
class ViewFlusher {
 public:
  ViewFlusher(ViewCounter& counter, Store& store, MostReadBoard& board, http::PageCache& cache,
              const Clock& clock, std::chrono::milliseconds interval = std::chrono::seconds(60),
              int refresh_every = 5);
  ~ViewFlusher();
  ViewFlusher(const ViewFlusher&) = delete;
  ViewFlusher& operator=(const ViewFlusher&) = delete;

  // Writes the counted views now, on the caller's thread. Returns whether any were written.
  bool FlushOnce();
  // Re-reads the lists now and drops the pages as above; `views_written` says whether
  // views reached the store since the last refresh.
  void RefreshOnce(bool views_written);

 private:
  void Loop();

  ViewCounter& counter_;
  Store& store_;
  MostReadBoard& board_;
  http::PageCache& cache_;
  const Clock& clock_;
  const std::chrono::milliseconds interval_;
  const int refresh_every_;

  std::mutex flush_mu_;  // one flush at a time (the thread's, the destructor's, a test's)
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

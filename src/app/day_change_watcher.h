#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "base/clock.h"
#include "http/page_cache.h"

namespace toasoan {

// Keeps the date in the pages' header true: when the day changes in Vietnam (midnight,
// UTC+7), it drops the cached pages carrying the tag "date", so they are rendered again
// with the new date and lunar date. A thread sleeps until the next Vietnam midnight, at
// most a minute at a time so that a change of the machine's clock is noticed. A page
// rendered just before midnight and kept after the drop cannot happen: the cache refuses
// a page rendered across an invalidation.
class DayChangeWatcher {
 public:
  // Without `start_thread` (tests) nothing happens but through CheckOnce.
  DayChangeWatcher(http::PageCache& cache, const Clock& clock, bool start_thread = true);
  ~DayChangeWatcher();  // stops the thread
  DayChangeWatcher(const DayChangeWatcher&) = delete;
  DayChangeWatcher& operator=(const DayChangeWatcher&) = delete;

  // Drops the dated pages if the Vietnam day has changed since the last check (or since
  // construction). Returns whether it did. Callable from any thread.
  bool CheckOnce();

 private:
  void Loop();

  http::PageCache& cache_;
  const Clock& clock_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::chrono::sys_days day_;  // guarded by mu_: the Vietnam day of the last check
  bool stop_ = false;          // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

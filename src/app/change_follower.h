#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "http/page_cache.h"
#include "store/store.h"

namespace toasoan {

// Keeps a page cache in step with the store: a thread reads the store's change events
// every `interval` and drops the cached pages carrying their tags. It sees writes made by
// any process on the same database (the CLI importer, another server node).
class ChangeFollower {
 public:
  ChangeFollower(Store& store, http::PageCache& cache,
                 std::chrono::milliseconds interval = std::chrono::milliseconds(200));
  ~ChangeFollower();  // stops the thread

  // Reads and applies pending changes now, on the caller's thread.
  void PollOnce();

 private:
  void Loop();

  Store& store_;
  http::PageCache& cache_;
  const std::chrono::milliseconds interval_;
  int64_t last_ = 0;  // touched by PollOnce under poll_mu_
  std::mutex poll_mu_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "newsroom/newsroom.h"

namespace toasoan {

// The server's own timer for scheduled articles: a thread calls Newsroom::PublishDue every
// `interval` (5 s by default, so an article goes out within seconds of its time, never
// waiting for a page visit), and after it published any calls `after_publish` (the change
// follower's poll, so the public pages show them at once). A failure is logged and tried
// again at the next tick. The destructor stops the thread, waiting for a tick in progress.
class ScheduledPublisher {
 public:
  ScheduledPublisher(Newsroom& newsroom, std::function<void()> after_publish,
                     std::chrono::milliseconds interval = std::chrono::seconds(5));
  ~ScheduledPublisher();
  ScheduledPublisher(const ScheduledPublisher&) = delete;
  ScheduledPublisher& operator=(const ScheduledPublisher&) = delete;

  // Publishes what is due now, on the caller's thread; how many articles it published
  // (0 after a failure, which is logged).
  int PublishOnce();

 private:
  void Loop();

  Newsroom& newsroom_;
  const std::function<void()> after_publish_;
  const std::chrono::milliseconds interval_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

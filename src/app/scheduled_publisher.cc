#include "app/scheduled_publisher.h"

#include <spdlog/spdlog.h>

namespace toasoan {

ScheduledPublisher::ScheduledPublisher(Newsroom& newsroom, std::function<void()> after_publish,
                                       std::chrono::milliseconds interval)
    : newsroom_(newsroom), after_publish_(std::move(after_publish)), interval_(interval) {
  thread_ = std::thread([this] { Loop(); });
}

ScheduledPublisher::~ScheduledPublisher() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

int ScheduledPublisher::PublishOnce() {
  auto published = newsroom_.PublishDue();
  if (!published) {
    spdlog::error("cannot publish the scheduled articles, will retry: {}",
                  published.error().message());
    return 0;
  }
  if (*published > 0) {
    spdlog::info("published {} scheduled article(s)", *published);
    if (after_publish_) after_publish_();
  }
  return *published;
}

void ScheduledPublisher::Loop() {
  std::unique_lock lock(mu_);
  while (!stop_) {
    lock.unlock();
    PublishOnce();
    lock.lock();
    cv_.wait_for(lock, interval_, [this] { return stop_; });
  }
}

}  // namespace toasoan

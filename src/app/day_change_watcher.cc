#include "app/day_change_watcher.h"

#include <algorithm>

#include "site/page_extras.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using namespace std::chrono;

sys_days VietnamDay(Timestamp t) { return floor<days>(t + kVietnamOffset); }

// How long to sleep: to just past the next Vietnam midnight, at most a minute.
milliseconds UntilNextCheck(Timestamp now) {
  const Timestamp next_midnight = Timestamp{VietnamDay(now) + days{1}} - kVietnamOffset;
  const auto until = duration_cast<milliseconds>(next_midnight - now) + milliseconds(50);
  return std::clamp(until, milliseconds(50), milliseconds(minutes(1)));
}

}  // namespace

DayChangeWatcher::DayChangeWatcher(http::PageCache& cache, const Clock& clock, bool start_thread)
    : cache_(cache), clock_(clock), day_(VietnamDay(clock.Now())) {
  if (start_thread) thread_ = std::thread([this] { Loop(); });
}

DayChangeWatcher::~DayChangeWatcher() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool DayChangeWatcher::CheckOnce() {
  const sys_days today = VietnamDay(clock_.Now());
  {
    std::lock_guard lock(mu_);
    if (today == day_) return false;
    day_ = today;
  }
  cache_.Invalidate({kDateTag});
  return true;
}

void DayChangeWatcher::Loop() {
  std::unique_lock lock(mu_);
  while (!stop_) {
    cv_.wait_for(lock, UntilNextCheck(clock_.Now()), [this] { return stop_; });
    if (stop_) break;
    lock.unlock();
    CheckOnce();
    lock.lock();
  }
}

}  // namespace toasoan

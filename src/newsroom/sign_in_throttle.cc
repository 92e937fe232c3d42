#include "newsroom/sign_in_throttle.h"

#include <algorithm>

namespace toasoan {

void SignInThrottle::Prune(Times& t, Timestamp now) const {
  while (!t.empty() && t.front() + window_ <= now) t.pop_front();
}

std::chrono::seconds SignInThrottle::Wait(Times& t, size_t limit, Timestamp now) const {
  Prune(t, now);
  if (t.size() < limit) return std::chrono::seconds(0);
  // The attempt becomes possible when enough of the oldest failures have aged out.
  Timestamp free_at = t[t.size() - limit] + window_;
  return std::max(std::chrono::seconds(1), free_at - now);
}

bool SignInThrottle::Allow(const std::string& username, const std::string& address,
                           std::chrono::seconds* retry_after) {
  std::lock_guard lock(mu_);
  Timestamp now = clock_.Now();
  std::chrono::seconds wait(0);
  if (auto it = by_user_.find(username); it != by_user_.end()) {
    wait = std::max(wait, Wait(it->second, max_failures_, now));
  }
  if (auto it = by_address_.find(address); it != by_address_.end()) {
    wait = std::max(wait, Wait(it->second, 4 * max_failures_, now));
  }
  if (retry_after) *retry_after = wait;
  return wait.count() == 0;
}

void SignInThrottle::RecordFailure(const std::string& username, const std::string& address) {
  std::lock_guard lock(mu_);
  Timestamp now = clock_.Now();
  for (auto* t : {&by_user_[username], &by_address_[address]}) {
    Prune(*t, now);
    t->push_back(now);
    // Bounded memory whatever an attacker sends: only the newest failures matter.
    if (t->size() > static_cast<size_t>(8 * max_failures_)) t->pop_front();
  }
  // Keep the maps from growing without bound under a spray of usernames.
  if (by_user_.size() > 100000) by_user_.clear();
  if (by_address_.size() > 100000) by_address_.clear();
}

void SignInThrottle::RecordSuccess(const std::string& username) {
  std::lock_guard lock(mu_);
  by_user_.erase(username);
}

}  // namespace toasoan

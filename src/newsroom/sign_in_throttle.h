#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/clock.h"

namespace toasoan {

// Slows password guessing: after `max_failures` failed sign-ins within `window` for one
// account, or 4× that from one address, further attempts for that account (or from that
// address) are refused until the window has passed. A success for an account clears its
// count; the address count is kept (one address trying many accounts is the attack it
// catches). The real owner signs in again once the window after the last counted failure
// has passed. In memory, per process; thread-safe.
class SignInThrottle {
 public:
  SignInThrottle(const Clock& clock, int max_failures = 5,
                 std::chrono::seconds window = std::chrono::minutes(15))
      : clock_(clock), max_failures_(max_failures), window_(window) {}

  // Whether an attempt may proceed; when not, `retry_after` says how long to wait.
  bool Allow(const std::string& username, const std::string& address,
             std::chrono::seconds* retry_after = nullptr);
  void RecordFailure(const std::string& username, const std::string& address);
  void RecordSuccess(const std::string& username);

 private:
  using Times = std::deque<Timestamp>;
  void Prune(Times& t, Timestamp now) const;
  // How long until `t` drops below `limit`, or zero when it already is.
  std::chrono::seconds Wait(Times& t, size_t limit, Timestamp now) const;

  const Clock& clock_;
  const int max_failures_;
  const std::chrono::seconds window_;
  std::mutex mu_;
  std::unordered_map<std::string, Times> by_user_;     // guarded by mu_
  std::unordered_map<std::string, Times> by_address_;  // guarded by mu_
};

}  // namespace toasoan

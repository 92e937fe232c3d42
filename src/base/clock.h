#pragma once

#include <chrono>
#include <cstdint>

namespace toasoan {

// All stored times are UTC seconds since the Unix epoch.
using Timestamp = std::chrono::sys_seconds;

inline Timestamp FromUnixSeconds(int64_t s) { return Timestamp{std::chrono::seconds{s}}; }
inline int64_t ToUnixSeconds(Timestamp t) { return t.time_since_epoch().count(); }

// The source of "now", swappable in tests. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;

  // The wall clock of the machine.
  static const Clock& System();
};

// A clock that stands still until told to move; for tests.
class FakeClock : public Clock {
 public:
  explicit FakeClock(Timestamp now) : now_(now) {}
  Timestamp Now() const override { return now_; }
  void Set(Timestamp t) { now_ = t; }
  void Advance(std::chrono::seconds d) { now_ += d; }

 private:
  Timestamp now_;
};

}  // namespace toasoan

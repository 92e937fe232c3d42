#include "newsroom/sign_in_throttle.h"

#include <gtest/gtest.h>

namespace toasoan {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

TEST(SignInThrottleTest, ThousandWrongPasswordsAreThrottledAndTheOwnerGetsBackIn) {
  FakeClock clock(FromUnixSeconds(1'700'000'000));
  SignInThrottle throttle(clock, 5, minutes(15));
  int verified = 0;
  for (int i = 0; i < 1000; ++i) {
    if (throttle.Allow("bientap", "203.0.113.9")) {
      ++verified;
      throttle.RecordFailure("bientap", "203.0.113.9");
    }
    clock.Advance(seconds(0));
  }
  EXPECT_EQ(verified, 5) << "only the first attempts reach the password check";
  seconds wait{};
  EXPECT_FALSE(throttle.Allow("bientap", "198.51.100.7", &wait)) << "the account itself is held";
  EXPECT_GT(wait.count(), 0);
  EXPECT_LE(wait, minutes(15));
  clock.Advance(minutes(15));
  EXPECT_TRUE(throttle.Allow("bientap", "198.51.100.7")) << "the owner, after the window";
  throttle.RecordSuccess("bientap");
  EXPECT_TRUE(throttle.Allow("bientap", "198.51.100.7"));
}

TEST(SignInThrottleTest, OneAddressSprayingManyAccountsIsHeld) {
  FakeClock clock(FromUnixSeconds(1'700'000'000));
  SignInThrottle throttle(clock, 5, minutes(15));
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(throttle.Allow("user" + std::to_string(i), "203.0.113.9"));
    throttle.RecordFailure("user" + std::to_string(i), "203.0.113.9");
  }
  EXPECT_FALSE(throttle.Allow("someone-else", "203.0.113.9"));
  EXPECT_TRUE(throttle.Allow("someone-else", "198.51.100.7"));
}

TEST(SignInThrottleTest, FailuresAgeOutOfTheWindow) {
  FakeClock clock(FromUnixSeconds(1'700'000'000));
  SignInThrottle throttle(clock, 3, minutes(10));
  throttle.RecordFailure("pv", "a");
  throttle.RecordFailure("pv", "a");
  clock.Advance(minutes(11));
  throttle.RecordFailure("pv", "a");
  EXPECT_TRUE(throttle.Allow("pv", "a")) << "two of the three failures are old";
  throttle.RecordFailure("pv", "a");
  throttle.RecordFailure("pv", "a");
  EXPECT_FALSE(throttle.Allow("pv", "a"));
}

}  // namespace
}  // namespace toasoan

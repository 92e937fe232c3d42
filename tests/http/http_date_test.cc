#include "http/http_date.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan::http {
namespace {

TEST(FormatHttpDateTest, KnownInstants) {
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(784111777)), "Sun, 06 Nov 1994 08:49:37 GMT");
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(0)), "Thu, 01 Jan 1970 00:00:00 GMT");
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(951782400)), "Tue, 29 Feb 2000 00:00:00 GMT");
  // 02:34 on 16/10/2020 in Hồ Chí Minh City (UTC+7), the seed article's update time.
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(1602790440)), "Thu, 15 Oct 2020 19:34:00 GMT");
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(2147483648)), "Tue, 19 Jan 2038 03:14:08 GMT");
  EXPECT_EQ(FormatHttpDate(FromUnixSeconds(253402300799)), "Fri, 31 Dec 9999 23:59:59 GMT");
}

TEST(FormatHttpDateTest, EveryWeekdayAndMonthName) {
  // 1 Jan 2023 was a Sunday; stepping 32 days walks the weekdays and months.
  const char* expected[] = {"Sun, 01 Jan 2023 00:00:00 GMT", "Thu, 02 Feb 2023 00:00:00 GMT",
                            "Mon, 06 Mar 2023 00:00:00 GMT", "Fri, 07 Apr 2023 00:00:00 GMT",
                            "Tue, 09 May 2023 00:00:00 GMT", "Sat, 10 Jun 2023 00:00:00 GMT",
                            "Wed, 12 Jul 2023 00:00:00 GMT", "Sun, 13 Aug 2023 00:00:00 GMT",
                            "Thu, 14 Sep 2023 00:00:00 GMT", "Mon, 16 Oct 2023 00:00:00 GMT",
                            "Fri, 17 Nov 2023 00:00:00 GMT", "Tue, 19 Dec 2023 00:00:00 GMT"};
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(FormatHttpDate(FromUnixSeconds(1672531200 + int64_t{i} * 32 * 86400)), expected[i]);
  }
}

TEST(ParseHttpDateTest, ParsesImfFixdate) {
  auto t = ParseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(ToUnixSeconds(*t), 784111777);
  t = ParseHttpDate("Thu, 01 Jan 1970 00:00:00 GMT");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(ToUnixSeconds(*t), 0);
  t = ParseHttpDate("Tue, 29 Feb 2000 23:59:59 GMT");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(ToUnixSeconds(*t), 951868799);
}

TEST(ParseHttpDateTest, RoundTripsFormattedDates) {
  // About every 11 days and a few hours, across 1970-2100, hitting every time of day.
  for (int64_t s = 0; s < 4102444800; s += 987654 + 37) {
    Timestamp t = FromUnixSeconds(s);
    std::string text = FormatHttpDate(t);
    auto back = ParseHttpDate(text);
    ASSERT_TRUE(back.has_value()) << text;
    EXPECT_EQ(*back, t) << text;
  }
}

TEST(ParseHttpDateTest, RejectsObsoleteForms) {
  EXPECT_FALSE(ParseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT").has_value());  // RFC 850
  EXPECT_FALSE(ParseHttpDate("Sun Nov  6 08:49:37 1994").has_value());        // asctime
  EXPECT_FALSE(ParseHttpDate("Sun, 06-Nov-1994 08:49:37 GMT").has_value());
}

TEST(ParseHttpDateTest, RejectsMalformedText) {
  EXPECT_FALSE(ParseHttpDate("").has_value());
  EXPECT_FALSE(ParseHttpDate("784111777").has_value());
  EXPECT_FALSE(ParseHttpDate("1994-11-06T08:49:37Z").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08:49:37 UTC").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT ").has_value());
  EXPECT_FALSE(ParseHttpDate(" Sun, 06 Nov 1994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 6 Nov 1994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 nov 1994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08-49-37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08:49:37 gmt").has_value());
}

TEST(ParseHttpDateTest, RejectsWrongCharactersInFixedPlaces) {
  // Each is 29 characters with " GMT" at the end, so only a field-by-field check
  // refuses them.
  EXPECT_FALSE(ParseHttpDate("Xyz, 06 Nov 1994 08:49:37 GMT").has_value());  // day name
  EXPECT_FALSE(ParseHttpDate("sun, 06 Nov 1994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun  06 Nov 1994 08:49:37 GMT").has_value());  // comma
  EXPECT_FALSE(ParseHttpDate("Sun,  6 Nov 1994 08:49:37 GMT").has_value());  // space digit
  EXPECT_FALSE(ParseHttpDate("Sun, +6 Nov 1994 08:49:37 GMT").has_value());  // sign
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 -1:49:37 GMT").has_value());  // negative
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 +8:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov  994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov -994 08:49:37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08:4 :37 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994 08:49: 7 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun,06 Nov 1994 08:49:37 GMTX").has_value());
  EXPECT_FALSE(ParseHttpDate("Sun, 06 Nov 1994T08:49:37 GMT").has_value());
}

TEST(ParseHttpDateTest, RejectsImpossibleDatesAndTimes) {
  EXPECT_FALSE(ParseHttpDate("Mon, 31 Feb 2020 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Thu, 29 Feb 2001 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 31 Apr 2023 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 00 Jan 2023 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 32 Jan 2023 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 01 Foo 2023 00:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 01 Jan 2023 24:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 01 Jan 2023 23:60:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 01 Jan 2023 23:59:61 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Mon, 01 Jan 2023 99:99:99 GMT").has_value());
}

TEST(ParseHttpDateTest, AcceptsLeapDayOfLeapYears) {
  EXPECT_TRUE(ParseHttpDate("Thu, 29 Feb 2024 12:00:00 GMT").has_value());
  EXPECT_TRUE(ParseHttpDate("Tue, 29 Feb 2000 12:00:00 GMT").has_value());
  EXPECT_FALSE(ParseHttpDate("Thu, 29 Feb 1900 12:00:00 GMT").has_value());
}

}  // namespace
}  // namespace toasoan::http

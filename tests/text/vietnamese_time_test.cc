#include "text/vietnamese_time.h"

#include <gtest/gtest.h>

#include "text/nfc.h"

namespace toasoan {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::sys_days;
using namespace std::chrono_literals;

// 2020-10-15T19:34:00Z, the seed article's update time.
constexpr Timestamp kSeedTime = Timestamp{sys_days{2020y / 10 / 15}} + 19h + 34min;

TEST(VietnameseTimeTest, ParsesSeedUpdateLine) {
  auto t = ParseUpdateLine("Cập nhật lúc 02:34 ngày 16/10/2020");
  ASSERT_TRUE(t.has_value()) << t.error().message();
  EXPECT_EQ(*t, kSeedTime);
  EXPECT_EQ(FormatRfc3339(*t), "2020-10-15T19:34:00Z");
}

TEST(VietnameseTimeTest, FormatsInVietnamTime) {
  EXPECT_EQ(FormatUpdateLine(kSeedTime), "Cập nhật lúc 02:34 ngày 16/10/2020");
  EXPECT_EQ(FormatVietnamDate(kSeedTime), "16/10/2020");
  EXPECT_EQ(FormatVietnamTime(kSeedTime), "02:34");
  EXPECT_EQ(FormatVietnamWeekdayDate(kSeedTime), "Thứ Sáu, 16/10/2020");
  EXPECT_EQ(FormatRfc3339(kSeedTime), "2020-10-15T19:34:00Z");
  EXPECT_EQ(FormatRfc3339Vietnam(kSeedTime), "2020-10-16T02:34:00+07:00");
}

TEST(VietnameseTimeTest, WeekdayNames) {
  // 2020-10-11 (Vietnam) was a Sunday.
  const Timestamp sunday = Timestamp{sys_days{2020y / 10 / 11}} + 12h;
  const char* names[] = {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư",
                         "Thứ Năm",  "Thứ Sáu", "Thứ Bảy"};
  for (int i = 0; i < 7; ++i) {
    const std::string text = FormatVietnamWeekdayDate(sunday + days{i});
    EXPECT_EQ(text.substr(0, text.find(',')), names[i]) << text;
  }
}

TEST(VietnameseTimeTest, MidnightCrossesTheDate) {
  // 17:00Z is midnight in Vietnam: the Vietnamese date is the next day.
  const Timestamp t = Timestamp{sys_days{2020y / 12 / 31}} + 17h;
  EXPECT_EQ(FormatVietnamDate(t), "01/01/2021");
  EXPECT_EQ(FormatVietnamTime(t), "00:00");
  EXPECT_EQ(FormatVietnamDate(t - 1s), "31/12/2020");
  EXPECT_EQ(FormatVietnamTime(t - 1s), "23:59");
}

TEST(VietnameseTimeTest, BeforeTheEpoch) {
  const Timestamp t = Timestamp{sys_days{1930y / 10 / 15}} + 1h;
  EXPECT_EQ(FormatRfc3339(t), "1930-10-15T01:00:00Z");
  EXPECT_EQ(FormatVietnamDate(t), "15/10/1930");
  EXPECT_EQ(FormatVietnamTime(t), "08:00");
}

TEST(VietnameseTimeTest, RoundTripsThroughTheUpdateLine) {
  const Timestamp start = Timestamp{sys_days{1999y / 12 / 31}};
  // Every 7 hours 13 minutes for about four years, across leap days and month ends.
  for (Timestamp t = start; t < start + days{1500}; t += 7h + 13min) {
    auto parsed = ParseUpdateLine(FormatUpdateLine(t));
    ASSERT_TRUE(parsed.has_value()) << FormatUpdateLine(t);
    EXPECT_EQ(*parsed, t);
  }
  auto leap = ParseUpdateLine("Cập nhật lúc 23:59 ngày 29/02/2024");
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(FormatUpdateLine(*leap), "Cập nhật lúc 23:59 ngày 29/02/2024");
  EXPECT_EQ(FormatRfc3339(*leap), "2024-02-29T16:59:00Z");
}

TEST(VietnameseTimeTest, AcceptsLooseSpacingCaseAndNfd) {
  for (std::string_view line : {
           "  Cập nhật lúc 02:34 ngày 16/10/2020  ",
           "Cập\xC2\xA0nhật lúc  02:34\tngày 16/10/2020",
           "CẬP NHẬT LÚC 02:34 NGÀY 16/10/2020",
           "Cập nhật lúc 2:34 ngày 16/10/2020",
       }) {
    auto t = ParseUpdateLine(line);
    ASSERT_TRUE(t.has_value()) << line;
    EXPECT_EQ(*t, kSeedTime) << line;
  }
  auto nfd = ParseUpdateLine(ToNfd("Cập nhật lúc 02:34 ngày 16/10/2020"));
  ASSERT_TRUE(nfd.has_value());
  EXPECT_EQ(*nfd, kSeedTime);
  auto short_date = ParseUpdateLine("Cập nhật lúc 07:05 ngày 1/2/2021");
  ASSERT_TRUE(short_date.has_value());
  EXPECT_EQ(FormatRfc3339(*short_date), "2021-02-01T00:05:00Z");
}

TEST(VietnameseTimeTest, RejectsImpossibleDatesAndTimes) {
  for (std::string_view line : {
           "Cập nhật lúc 02:34 ngày 31/02/2020",
           "Cập nhật lúc 02:34 ngày 29/02/2021",
           "Cập nhật lúc 02:34 ngày 00/10/2020",
           "Cập nhật lúc 02:34 ngày 16/13/2020",
           "Cập nhật lúc 02:34 ngày 16/00/2020",
           "Cập nhật lúc 25:00 ngày 16/10/2020",
           "Cập nhật lúc 24:00 ngày 16/10/2020",
           "Cập nhật lúc 02:60 ngày 16/10/2020",
       }) {
    auto t = ParseUpdateLine(line);
    ASSERT_FALSE(t.has_value()) << line;
    EXPECT_TRUE(t.error().IsInvalidArgument());
    EXPECT_NE(t.error().message().find("impossible"), std::string::npos) << t.error().message();
  }
}

TEST(VietnameseTimeTest, RejectsGarbage) {
  for (std::string_view line : {
           "",
           "   ",
           "garbage",
           "Cập nhật lúc",
           "Cập nhật lúc 02:34",
           "Cập nhật lúc 02:34 ngày 16/10/20",
           "Cập nhật lúc 02:34 ngày 16/10/20201",
           "Cập nhật lúc 02:4 ngày 16/10/2020",
           "Cập nhật lúc 123:34 ngày 16/10/2020",
           "Cập nhật lúc 02:34 ngày 16-10-2020",
           "Cập nhật lúc 02:34 ngày 16/10/2020 thêm",
           "Cap nhat luc 02:34 ngay 16/10/2020",
           "Cập nhật lúc ０2:34 ngày 16/10/2020",  // full-width digit
           "Cập nhật lúc 02:34 ngày 16/10/2020\xFF",
       }) {
    auto t = ParseUpdateLine(line);
    ASSERT_FALSE(t.has_value()) << line;
    EXPECT_TRUE(t.error().IsInvalidArgument());
    EXPECT_TRUE(IsValidUtf8(t.error().message()));
  }
}

TEST(VietnameseTimeTest, ErrorQuotesLongLinesShortly) {
  const std::string line(10000, 'x');
  auto t = ParseUpdateLine(line);
  ASSERT_FALSE(t.has_value());
  EXPECT_LT(t.error().message().size(), 200u);
}

}  // namespace
}  // namespace toasoan

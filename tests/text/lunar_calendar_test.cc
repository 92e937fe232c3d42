#include "text/lunar_calendar.h"

#include <gtest/gtest.h>

#include <chrono>

namespace toasoan {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

constexpr double kVietnam = 7.0;
constexpr double kChina = 8.0;

LunarDate Lunar(int day, int month, int year, bool leap = false) {
  return {.day = day, .month = month, .year = year, .leap = leap};
}

TEST(LunarCalendarTest, SeedArticleDay) {
  // The seed article's date, as the header shows it: "Thứ Sáu, 16/10/2020 (30/8 âm
  // lịch)". The 8th month of Canh Tý had 30 days (Mid-Autumn, 15/8, was 01/10/2020).
  EXPECT_EQ(SolarToLunar(2020y / 10 / 16, kVietnam), Lunar(30, 8, 2020));
  EXPECT_EQ(SolarToLunar(2020y / 10 / 1, kVietnam), Lunar(15, 8, 2020));
  EXPECT_EQ(SolarToLunar(2020y / 10 / 17, kVietnam), Lunar(1, 9, 2020));
}

TEST(LunarCalendarTest, TetDays) {
  EXPECT_EQ(SolarToLunar(2020y / 1 / 25, kVietnam), Lunar(1, 1, 2020));
  EXPECT_EQ(SolarToLunar(2020y / 1 / 24, kVietnam), Lunar(30, 12, 2019));
  EXPECT_EQ(SolarToLunar(2024y / 2 / 10, kVietnam), Lunar(1, 1, 2024));
  EXPECT_EQ(SolarToLunar(2025y / 1 / 29, kVietnam), Lunar(1, 1, 2025));
}

TEST(LunarCalendarTest, LeapMonths) {
  // Canh Tý 2020 had a leap 4th month from 23/05/2020; Quý Mão 2023 a leap 2nd month
  // from 22/03/2023; Ất Tỵ 2025 a leap 6th month from 25/07/2025.
  EXPECT_EQ(SolarToLunar(2020y / 5 / 22, kVietnam), Lunar(30, 4, 2020));
  EXPECT_EQ(SolarToLunar(2020y / 5 / 23, kVietnam), Lunar(1, 4, 2020, true));
  EXPECT_EQ(SolarToLunar(2020y / 6 / 21, kVietnam), Lunar(1, 5, 2020));
  EXPECT_EQ(SolarToLunar(2023y / 3 / 22, kVietnam), Lunar(1, 2, 2023, true));
  EXPECT_EQ(SolarToLunar(2025y / 7 / 25, kVietnam), Lunar(1, 6, 2025, true));
  EXPECT_EQ(LunarToSolar(Lunar(1, 4, 2020, true), kVietnam), year_month_day{2020y / 5 / 23});
  // 2020 has no leap 5th month, 2021 no leap month at all.
  EXPECT_EQ(LunarToSolar(Lunar(1, 5, 2020, true), kVietnam), std::nullopt);
  EXPECT_EQ(LunarToSolar(Lunar(1, 3, 2021, true), kVietnam), std::nullopt);
}

// Tết Ất Sửu 1985: Vietnam celebrated it on 21/01/1985, China on 20/02/1985, a whole
// month later. The winter solstice of 1984 fell at 16:23 UTC on 21/12: 23:23 on 21/12 in
// Vietnam but 00:23 on 22/12 in China, and a new moon began a month on 22/12 in both. In
// UTC+8 the solstice falls on that day, so China's month 11 began 22/12/1984; in UTC+7 it
// falls the day before, inside the month that began on 23/11/1984, which became
// Vietnam's month 11. Everything after shifts by a month until Vietnam's leap 2nd month
// (from 21/03/1985) brings the two calendars together again.
TEST(LunarCalendarTest, Tet1985DiffersBetweenUtc7AndUtc8) {
  EXPECT_EQ(SolarToLunar(1985y / 1 / 21, kVietnam), Lunar(1, 1, 1985));
  EXPECT_EQ(SolarToLunar(1985y / 1 / 21, kChina), Lunar(1, 12, 1984));
  EXPECT_EQ(SolarToLunar(1985y / 2 / 20, kChina), Lunar(1, 1, 1985));
  EXPECT_EQ(SolarToLunar(1985y / 2 / 20, kVietnam), Lunar(1, 2, 1985));
  EXPECT_EQ(SolarToLunar(1984y / 11 / 23, kVietnam), Lunar(1, 11, 1984));
  EXPECT_EQ(SolarToLunar(1984y / 12 / 22, kChina), Lunar(1, 11, 1984));
  EXPECT_EQ(SolarToLunar(1985y / 3 / 21, kVietnam), Lunar(1, 2, 1985, true));
  EXPECT_EQ(LunarToSolar(Lunar(1, 1, 1985), kVietnam), year_month_day{1985y / 1 / 21});
  EXPECT_EQ(LunarToSolar(Lunar(1, 1, 1985), kChina), year_month_day{1985y / 2 / 20});
}

// Tết Đinh Hợi 2007: the new moon fell at 16:14 UTC on 17/02/2007, 23:14 in Vietnam and
// 00:14 on 18/02 in China, so Tết was on 17/02 in Vietnam and 18/02 in China.
// Tết Mậu Thân 1968 is the same case (new moon 16:29 UTC on 29/01/1968): the North,
// which had just moved to UTC+7, celebrated on 29/01, the South, still on UTC+8, on 30/01.
TEST(LunarCalendarTest, NewMoonNearMidnightGivesDifferentTetDays) {
  EXPECT_EQ(SolarToLunar(2007y / 2 / 17, kVietnam), Lunar(1, 1, 2007));
  EXPECT_EQ(SolarToLunar(2007y / 2 / 17, kChina), Lunar(30, 12, 2006));
  EXPECT_EQ(SolarToLunar(2007y / 2 / 18, kChina), Lunar(1, 1, 2007));
  EXPECT_EQ(SolarToLunar(1968y / 1 / 29, kVietnam), Lunar(1, 1, 1968));
  EXPECT_EQ(SolarToLunar(1968y / 1 / 29, kChina), Lunar(30, 12, 1967));
  EXPECT_EQ(SolarToLunar(1968y / 1 / 30, kChina), Lunar(1, 1, 1968));
}

TEST(LunarCalendarTest, VietnamLunarDateUsesVietnamMidnight) {
  // 16:59:59 UTC on 16/10/2020 is 23:59:59 in Vietnam: still 30/8; a second later it is
  // 17/10 in Vietnam and 1/9.
  const Timestamp last = Timestamp{sys_days{2020y / 10 / 16}} + 16h + 59min + 59s;
  EXPECT_EQ(VietnamLunarDate(last), Lunar(30, 8, 2020));
  EXPECT_EQ(VietnamLunarDate(last + 1s), Lunar(1, 9, 2020));
}

// Where the true new moon is far from the mean one, the published code's first guess of
// the month is one too late and it answers day 0; the 3rd month of 2054 has 30 days.
TEST(LunarCalendarTest, DayBeforeALateNewMoon) {
  EXPECT_EQ(SolarToLunar(2054y / 5 / 7, kVietnam), Lunar(30, 3, 2054));
  EXPECT_EQ(SolarToLunar(2054y / 5 / 8, kVietnam), Lunar(1, 4, 2054));
  EXPECT_EQ(SolarToLunar(2009y / 3 / 26, kChina), Lunar(30, 2, 2009));
}

TEST(LunarCalendarTest, InvalidLunarDates) {
  EXPECT_EQ(LunarToSolar(Lunar(0, 1, 2020), kVietnam), std::nullopt);
  EXPECT_EQ(LunarToSolar(Lunar(1, 13, 2020), kVietnam), std::nullopt);
  // The 12th month of Kỷ Hợi (2019) had 30 days, the 4th of Canh Tý 29.
  EXPECT_EQ(LunarToSolar(Lunar(30, 12, 2019), kVietnam), year_month_day{2020y / 1 / 24});
  EXPECT_EQ(LunarToSolar(Lunar(30, 4, 2020), kVietnam), year_month_day{2020y / 5 / 22});
  EXPECT_EQ(LunarToSolar(Lunar(30, 4, 2020, true), kVietnam), std::nullopt);
}

// Every day from 1900 to 2100, in both time zones: the lunar day counts up by one or
// starts a new month of 29 or 30 days, months follow in order (a leap month after the
// month of its number), the year changes exactly at month 1, and LunarToSolar maps
// the lunar date back to the same day.
TEST(LunarCalendarTest, ConsistentOverTwoCenturies) {
  for (double zone : {kVietnam, kChina}) {
    sys_days d = sys_days{1900y / 1 / 1};
    LunarDate prev = SolarToLunar(year_month_day{d}, zone);
    bool whole_month = false;  // the first month seen may have begun before 1900
    int leap_months = 0;
    for (d += days{1}; d < sys_days{2100y / 12 / 31}; d += days{1}) {
      const LunarDate cur = SolarToLunar(year_month_day{d}, zone);
      ASSERT_EQ(LunarToSolar(cur, zone), year_month_day{d}) << "zone " << zone;
      if (cur.day == prev.day + 1) {
        ASSERT_EQ(cur.month, prev.month);
        ASSERT_EQ(cur.year, prev.year);
        ASSERT_EQ(cur.leap, prev.leap);
      } else {
        ASSERT_EQ(cur.day, 1) << static_cast<int>(year_month_day{d}.year());
        if (whole_month) {
          ASSERT_TRUE(prev.day == 29 || prev.day == 30);
        }
        whole_month = true;
        if (cur.leap) {
          ++leap_months;
          ASSERT_EQ(cur.month, prev.month);
          ASSERT_FALSE(prev.leap);
        } else {
          ASSERT_EQ(cur.month, prev.month % 12 + 1);
        }
        ASSERT_EQ(cur.year, cur.month == 1 && !cur.leap ? prev.year + 1 : prev.year);
      }
      prev = cur;
    }
    // 7 leap months in 19 years (the Metonic cycle): about 74 in 201 years.
    EXPECT_GE(leap_months, 72);
    EXPECT_LE(leap_months, 76);
  }
}

}  // namespace
}  // namespace toasoan

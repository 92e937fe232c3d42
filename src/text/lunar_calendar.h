#pragma once

#include <chrono>
#include <optional>

#include "base/clock.h"

namespace toasoan {

// The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's algorithm:
// a lunar month starts on the local calendar day of a new moon; month 11 is the month
// that contains the winter solstice; in a lunar year with 13 months, the first month
// after month 11 that contains no major solar term (trung khí) is the leap month and
// takes the number of the month before it. New moons and the sun's longitude come from
// the astronomical series of Jean Meeus's "Astronomical Algorithms" (as in the
// algorithm's published code), accurate to minutes for the years 1800–2199, the range
// this module is meant for.
//
// Every calculation takes the time zone it is made for, because the day a new moon
// falls on depends on it: Vietnam's calendar is computed for UTC+7, China's for UTC+8,
// and the two differ whenever a new moon or solar term falls between 23:00 and 24:00
// Vietnam time (Tết 2007 was on 17/02 in Vietnam and 18/02 in China). Pure and
// thread-safe.

// The time zone of the Vietnamese calendar, in hours east of UTC.
inline constexpr double kVietnamCalendarZone = 7.0;

struct LunarDate {
  int day = 1;        // 1..30
  int month = 1;      // 1..12
  int year = 0;       // the lunar year, which starts at Tết
  bool leap = false;  // a leap month (tháng nhuận), numbered like the month before it

  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

// The lunar date of the Gregorian date `date` in the time zone `utc_offset_hours`.
LunarDate SolarToLunar(std::chrono::year_month_day date, double utc_offset_hours);

// The Gregorian date of a lunar date, or nullopt when `lunar` does not exist: a leap
// month in a year that has none or has another, a day past the month's last (29 or 30).
std::optional<std::chrono::year_month_day> LunarToSolar(const LunarDate& lunar,
                                                        double utc_offset_hours);

// The lunar date of the day it is in Vietnam at `t` (UTC+7).
LunarDate VietnamLunarDate(Timestamp t);

}  // namespace toasoan

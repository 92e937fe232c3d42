#include "text/lunar_calendar.h"

#include <cmath>
#include <cstdint>
#include <numbers>

#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr double kPi = std::numbers::pi;
constexpr double kRadiansPerDegree = kPi / 180.0;
// Mean length of a synodic month, days.
constexpr double kSynodicMonth = 29.530588853;
// Julian day number of the new moon of 1900-01-01 (the epoch of k in NewMoon), as a
// fraction, and its day number.
constexpr double kNewMoonEpoch = 2415021.076998695;
constexpr int64_t kNewMoonEpochDay = 2415021;

int64_t Floor(double x) { return static_cast<int64_t>(std::floor(x)); }

// Julian day number of a Gregorian date (the calendar is proleptic Gregorian here:
// std::chrono has no Julian calendar, and the algorithm's range starts long after 1582).
int64_t JulianDay(const year_month_day& d) {
  // 1970-01-01 is JDN 2440588.
  return static_cast<int64_t>(sys_days{d}.time_since_epoch().count()) + 2440588;
}

year_month_day FromJulianDay(int64_t jdn) { return year_month_day{sys_days{days{jdn - 2440588}}}; }

// The moment (Julian date, UTC) of the k-th new moon after 1900-01-01 (Meeus, ch. 49,
// with the abridged periodic terms of the algorithm's published code).
double NewMoon(int64_t k) {
  const double kd = static_cast<double>(k);
  const double t = kd / 1236.85;  // Julian centuries from 1900-01-00.5
  const double t2 = t * t;
  const double t3 = t2 * t;
  const double dr = kRadiansPerDegree;
  double jd1 = 2415020.75933 + 29.53058868 * kd + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);            // mean new moon
  const double m = 359.2242 + 29.10535608 * kd - 0.0000333 * t2 - 0.00000347 * t3;  // sun
  const double mpr = 306.0253 + 385.81691806 * kd + 0.0107306 * t2 + 0.00001236 * t3;  // moon
  const double f = 21.2964 + 390.67050646 * kd - 0.0016528 * t2 - 0.00000239 * t3;     // latitude
  double c1 = (0.1734 - 0.000393 * t) * std::sin(m * dr) + 0.0021 * std::sin(2 * dr * m);
  c1 = c1 - 0.4068 * std::sin(mpr * dr) + 0.0161 * std::sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * std::sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * std::sin(dr * 2 * f) - 0.0051 * std::sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * std::sin(dr * (m - mpr)) + 0.0004 * std::sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * std::sin(dr * (2 * f - m)) - 0.0006 * std::sin(dr * (2 * f + mpr));
  c1 = c1 + 0.0010 * std::sin(dr * (2 * f - mpr)) + 0.0005 * std::sin(dr * (2 * mpr + m));
  // ΔT, the difference between dynamical and universal time, in days.
  const double delta_t =
      t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
              : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - delta_t;
}

// The sun's apparent longitude, radians in [0, 2π), at Julian date `jd` (Meeus, ch. 25,
// low accuracy).
double SunLongitude(double jd) {
  const double t = (jd - 2451545.0) / 36525;  // Julian centuries from J2000.0
  const double t2 = t * t;
  const double dr = kRadiansPerDegree;
  const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(dr * m);
  dl += (0.019993 - 0.000101 * t) * std::sin(dr * 2 * m) + 0.000290 * std::sin(dr * 3 * m);
  double l = (l0 + dl) * dr;
  l -= 2 * kPi * std::floor(l / (2 * kPi));
  return l;
}

// The local day (JDN) of the k-th new moon in the time zone.
int64_t NewMoonDay(int64_t k, double zone) { return Floor(NewMoon(k) + 0.5 + zone / 24); }

// Which of the twelve 30° arcs (0 = from the March equinox) the sun is in at the start
// of local day `jdn`. A month that starts and ends in the same arc contains no major
// solar term.
int SunArc(int64_t jdn, double zone) {
  return static_cast<int>(
      Floor(SunLongitude(static_cast<double>(jdn) - 0.5 - zone / 24) / kPi * 6));
}

// The first day (JDN) of lunar month 11 of Gregorian year `y`: the month that holds the
// winter solstice (the sun entering arc 9, longitude 270°).
int64_t LunarMonth11(int y, double zone) {
  const int64_t off = JulianDay(year{y} / 12 / 31) - kNewMoonEpochDay;
  const int64_t k = Floor(static_cast<double>(off) / kSynodicMonth);
  int64_t nm = NewMoonDay(k, zone);
  if (SunArc(nm, zone) >= 9) nm = NewMoonDay(k - 1, zone);
  return nm;
}

// In a 13-month year starting at month 11 on day `a11`, the number of months from
// month 11 to the leap month (the first month without a major solar term).
int LeapMonthOffset(int64_t a11, double zone) {
  const int64_t k = Floor((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5);
  int i = 1;  // from the month after month 11
  int arc = SunArc(NewMoonDay(k + i, zone), zone);
  int last = 0;
  do {
    last = arc;
    ++i;
    arc = SunArc(NewMoonDay(k + i, zone), zone);
  } while (arc != last && i < 14);
  return i - 1;
}

}  // namespace

LunarDate SolarToLunar(year_month_day date, double utc_offset_hours) {
  const double zone = utc_offset_hours;
  const int64_t day_number = JulianDay(date);
  // The estimate from the mean month can be one off where the true new moon is far
  // from the mean one; the published code then returns day 0 (e.g. 07/05/2054), so walk
  // to the month that really holds the day.
  int64_t k = Floor((static_cast<double>(day_number) - kNewMoonEpoch) / kSynodicMonth);
  while (NewMoonDay(k + 1, zone) <= day_number) ++k;
  while (NewMoonDay(k, zone) > day_number) --k;
  const int64_t month_start = NewMoonDay(k, zone);

  const int y = static_cast<int>(date.year());
  int64_t a11 = LunarMonth11(y, zone);
  int64_t b11 = a11;
  LunarDate out;
  if (a11 >= month_start) {
    out.year = y;
    a11 = LunarMonth11(y - 1, zone);
  } else {
    out.year = y + 1;
    b11 = LunarMonth11(y + 1, zone);
  }
  out.day = static_cast<int>(day_number - month_start + 1);
  const int diff = static_cast<int>((month_start - a11) / 29);
  out.month = diff + 11;
  if (b11 - a11 > 365) {  // 13 lunar months between the two months 11
    const int leap_offset = LeapMonthOffset(a11, zone);
    if (diff >= leap_offset) {
      out.month = diff + 10;
      out.leap = diff == leap_offset;
    }
  }
  if (out.month > 12) out.month -= 12;
  if (out.month >= 11 && diff < 4) out.year -= 1;
  return out;
}

std::optional<year_month_day> LunarToSolar(const LunarDate& lunar, double utc_offset_hours) {
  const double zone = utc_offset_hours;
  if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return std::nullopt;
  int64_t a11 = 0;
  int64_t b11 = 0;
  if (lunar.month < 11) {
    a11 = LunarMonth11(lunar.year - 1, zone);
    b11 = LunarMonth11(lunar.year, zone);
  } else {
    a11 = LunarMonth11(lunar.year, zone);
    b11 = LunarMonth11(lunar.year + 1, zone);
  }
  const int64_t k = Floor(0.5 + (static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth);
  int off = lunar.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const int leap_offset = LeapMonthOffset(a11, zone);
    int leap_month = leap_offset - 2;
    if (leap_month < 0) leap_month += 12;
    if (lunar.leap && lunar.month != leap_month) return std::nullopt;
    if (lunar.leap || off >= leap_offset) off += 1;
  } else if (lunar.leap) {
    return std::nullopt;
  }
  const int64_t month_start = NewMoonDay(k + off, zone);
  const int64_t next_month_start = NewMoonDay(k + off + 1, zone);
  if (month_start + lunar.day - 1 >= next_month_start) return std::nullopt;
  return FromJulianDay(month_start + lunar.day - 1);
}

LunarDate VietnamLunarDate(Timestamp t) {
  const year_month_day local{std::chrono::floor<days>(t + kVietnamOffset)};
  return SolarToLunar(local, kVietnamCalendarZone);
}

}  // namespace toasoan

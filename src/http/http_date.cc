#include "http/http_date.h"

#include <array>
#include <cstdio>

namespace toasoan::http {
namespace {

constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::string FormatHttpDate(Timestamp t) {
  using namespace std::chrono;
  auto day = floor<days>(t);
  year_month_day ymd{day};
  hh_mm_ss hms{t - day};
  weekday wd{day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02ld:%02ld:%02ld GMT", kDays[wd.c_encoding()],
                static_cast<unsigned>(ymd.day()), kMonths[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<long>(hms.hours().count()),
                static_cast<long>(hms.minutes().count()), static_cast<long>(hms.seconds().count()));
  return buf;
}

std::optional<Timestamp> ParseHttpDate(std::string_view s) {
  using namespace std::chrono;
  if (s.size() != 29 || s.substr(25) != " GMT") return std::nullopt;
  char mon[4] = {};
  int d = 0, y = 0, hh = 0, mm = 0, ss = 0;
  std::string copy(s);
  if (std::sscanf(copy.c_str() + 5, "%2d %3s %4d %2d:%2d:%2d", &d, mon, &y, &hh, &mm, &ss) != 6) {
    return std::nullopt;
  }
  unsigned m = 0;
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (std::string_view(kMonths[i]) == mon) m = i + 1;
  }
  year_month_day ymd{year{y}, month{m}, day{static_cast<unsigned>(d)}};
  if (m == 0 || !ymd.ok() || hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  return sys_days{ymd} + hours{hh} + minutes{mm} + seconds{ss};
}

}  // namespace toasoan::http

#include "text/vietnamese_time.h"

#include <array>
#include <cstdio>

#include "text/fold.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

using std::chrono::days;
using std::chrono::floor;
using std::chrono::hh_mm_ss;
using std::chrono::seconds;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// The calendar date and time of day on a Vietnamese wall clock.
struct VietnamTime {
  year_month_day date;
  hh_mm_ss<seconds> time;
  std::chrono::weekday weekday;
};

VietnamTime ToVietnam(Timestamp t) {
  const Timestamp local = t + kVietnamOffset;
  const sys_days day = floor<days>(local);
  return {year_month_day{day}, hh_mm_ss<seconds>{local - day}, std::chrono::weekday{day}};
}

std::string DateText(const year_month_day& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", static_cast<unsigned>(d.day()),
                static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
  return buf;
}

std::string TimeText(const hh_mm_ss<seconds>& t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(t.hours().count()),
                static_cast<int>(t.minutes().count()));
  return buf;
}

std::string Rfc3339(Timestamp t, bool vietnam) {
  const VietnamTime v = ToVietnam(vietnam ? t : t - kVietnamOffset);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d%s", static_cast<int>(v.date.year()),
                static_cast<unsigned>(v.date.month()), static_cast<unsigned>(v.date.day()),
                static_cast<int>(v.time.hours().count()),
                static_cast<int>(v.time.minutes().count()),
                static_cast<int>(v.time.seconds().count()), vietnam ? "+07:00" : "Z");
  return buf;
}

// Indexed by std::chrono::weekday::c_encoding(): 0 is Sunday.
constexpr std::array<std::string_view, 7> kWeekdays{
    "Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
};

// A small cursor over the normalised update line.
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  bool Literal(std::string_view lit) {
    if (s_.substr(pos_, lit.size()) != lit) return false;
    pos_ += lit.size();
    return true;
  }

  // Reads `min`..`max` ASCII digits.
  bool Number(int min, int max, int* value) {
    int n = 0;
    int v = 0;
    while (n < max && pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
      v = v * 10 + (s_[pos_] - '0');
      ++pos_;
      ++n;
    }
    if (n < min) return false;
    // More digits than allowed is not a number of this field.
    if (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') return false;
    *value = v;
    return true;
  }

  bool AtEnd() const { return pos_ == s_.size(); }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

// The line as quoted in an error message: valid UTF-8, one line, at most ~60 characters.
std::string Quote(std::string_view line) {
  const std::string clean = CollapseWhitespace(line);
  std::size_t pos = 0;
  for (int n = 0; n < 60 && pos < clean.size(); ++n) DecodeUtf8(clean, &pos);
  return "'" + clean.substr(0, pos) + (pos < clean.size() ? "…'" : "'");
}

}  // namespace

std::string FormatUpdateLine(Timestamp t) {
  const VietnamTime v = ToVietnam(t);
  return "Cập nhật lúc " + TimeText(v.time) + " ngày " + DateText(v.date);
}

std::string FormatVietnamDate(Timestamp t) { return DateText(ToVietnam(t).date); }

std::string FormatVietnamTime(Timestamp t) { return TimeText(ToVietnam(t).time); }

std::string FormatVietnamWeekdayDate(Timestamp t) {
  const VietnamTime v = ToVietnam(t);
  return std::string(kWeekdays[v.weekday.c_encoding()]) + ", " + DateText(v.date);
}

Result<Timestamp> ParseUpdateLine(std::string_view line) {
  const std::string normalized = ToLowerNfc(CollapseWhitespace(line));
  Scanner s(normalized);
  int hour = 0;
  int minute = 0;
  int day = 0;
  int month = 0;
  int year = 0;
  const bool shaped = s.Literal("cập nhật lúc ") && s.Number(1, 2, &hour) && s.Literal(":") &&
                      s.Number(2, 2, &minute) && s.Literal(" ngày ") && s.Number(1, 2, &day) &&
                      s.Literal("/") && s.Number(1, 2, &month) && s.Literal("/") &&
                      s.Number(4, 4, &year) && s.AtEnd();
  if (!shaped) {
    return Fail(Error::InvalidArgument("not an update line 'Cập nhật lúc HH:MM ngày DD/MM/YYYY': " +
                                       Quote(line)));
  }
  const year_month_day date{std::chrono::year{year},
                            std::chrono::month{static_cast<unsigned>(month)},
                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok() || hour > 23 || minute > 59) {
    return Fail(Error::InvalidArgument("impossible date or time in update line " + Quote(line)));
  }
  return Timestamp{sys_days{date}} + std::chrono::hours{hour} + std::chrono::minutes{minute} -
         kVietnamOffset;
}

std::string FormatRfc3339(Timestamp t) { return Rfc3339(t, /*vietnam=*/false); }

std::string FormatRfc3339Vietnam(Timestamp t) { return Rfc3339(t, /*vietnam=*/true); }

}  // namespace toasoan

#include "newsroom/newsroom_page_forms.h"

#include <charconv>
#include <chrono>

#include <fmt/format.h>

#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

bool ReadInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

// "YYYY-MM-DD" → the civil day, checked.
std::optional<std::chrono::sys_days> ReadDay(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !ReadInt(s.substr(0, 4), y) ||
      !ReadInt(s.substr(5, 2), m) || !ReadInt(s.substr(8, 2), d)) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year{y},
                                  std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}

}  // namespace

std::optional<int64_t> ParseId(std::string_view s) {
  if (s.empty() || s.size() > 18 || s.front() == '0') return std::nullopt;
  int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

Result<Timestamp> ParseVietnamDateTimeLocal(std::string_view s) {
  const auto bad = [&] {
    return Fail(Error::InvalidArgument("bad datetime-local value",
                                       "Thời điểm đăng không hợp lệ; xin chọn ngày và giờ."));
  };
  if (s.size() != 16 && s.size() != 19) return bad();
  auto day = ReadDay(s.substr(0, 10));
  int h = 0, min = 0, sec = 0;
  if (!day || s[10] != 'T' || s[13] != ':' || !ReadInt(s.substr(11, 2), h) ||
      !ReadInt(s.substr(14, 2), min) || h > 23 || min > 59) {
    return bad();
  }
  if (s.size() == 19 && (s[16] != ':' || !ReadInt(s.substr(17, 2), sec) || sec > 59)) return bad();
  Timestamp local = std::chrono::time_point_cast<std::chrono::seconds>(*day) +
                    std::chrono::hours(h) + std::chrono::minutes(min) + std::chrono::seconds(sec);
  return local - kVietnamOffset;
}

std::string FormatVietnamDateTimeLocal(Timestamp t) {
  Timestamp local = t + kVietnamOffset;
  auto day = std::chrono::floor<std::chrono::days>(local);
  std::chrono::year_month_day ymd{day};
  std::chrono::hh_mm_ss hms{local - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     hms.hours().count(), hms.minutes().count());
}

std::optional<Timestamp> ParseVietnamDate(std::string_view s) {
  auto day = ReadDay(s);
  if (!day) return std::nullopt;
  return std::chrono::time_point_cast<std::chrono::seconds>(*day) - kVietnamOffset;
}

std::string FormatVietnamDateTime(Timestamp t) {
  return FormatVietnamTime(t) + " " + FormatVietnamDate(t);
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) {
      line.remove_prefix(1);
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (!line.empty()) out.emplace_back(line);
  }
  return out;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) {
    if (!out.empty()) out += '\n';
    out += l;
  }
  return out;
}

}  // namespace toasoan

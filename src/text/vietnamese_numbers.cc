#include "text/vietnamese_numbers.h"

#include <array>
#include <utility>

namespace toasoan {
namespace {

constexpr std::array<std::string_view, 10> kDigits = {"không", "một", "hai", "ba",  "bốn",
                                                      "năm",   "sáu", "bảy", "tám", "chín"};

constexpr uint64_t kBillion = 1'000'000'000;
// Beyond this many significant digits a number is read digit by digit (see the header).
constexpr size_t kMaxNumberDigits = 15;

void Append(std::string* out, std::string_view word) {
  if (!out->empty()) out->push_back(' ');
  out->append(word);
}

// One group of three digits (0–999). `full`: a higher group precedes it, so an empty
// hundreds place reads "không trăm" and an empty tens place "linh".
void AppendTriple(unsigned n, bool full, std::string* out) {
  const unsigned hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
  const bool has_hundreds = full || hundreds > 0;
  if (has_hundreds) {
    Append(out, kDigits[hundreds]);
    Append(out, "trăm");
  }
  if (tens == 0) {
    if (units == 0) return;
    if (has_hundreds) Append(out, "linh");
    Append(out, kDigits[units]);
  } else if (tens == 1) {
    Append(out, "mười");
    if (units == 5) {
      Append(out, "lăm");
    } else if (units != 0) {
      Append(out, kDigits[units]);
    }
  } else {
    Append(out, kDigits[tens]);
    Append(out, "mươi");
    if (units == 1) {
      Append(out, "mốt");
    } else if (units == 4) {
      Append(out, "tư");
    } else if (units == 5) {
      Append(out, "lăm");
    } else if (units != 0) {
      Append(out, kDigits[units]);
    }
  }
}

// 0 < n < 10^9. `full` as in AppendTriple, for the highest group read.
void AppendBelowBillion(uint64_t n, bool full, std::string* out) {
  constexpr std::array<std::pair<uint64_t, std::string_view>, 3> kGroups = {
      {{1'000'000, "triệu"}, {1'000, "nghìn"}, {1, ""}}};
  for (const auto& [size, name] : kGroups) {
    const unsigned group = static_cast<unsigned>(n / size % 1000);
    if (group == 0) continue;  // all zeros: skipped, the next group reads in full
    AppendTriple(group, full, out);
    if (!name.empty()) Append(out, name);
    full = true;
  }
}

void AppendNumber(uint64_t n, std::string* out) {
  if (n >= kBillion) {
    AppendNumber(n / kBillion, out);
    Append(out, "tỷ");
    if (n % kBillion != 0) AppendBelowBillion(n % kBillion, /*full=*/true, out);
    return;
  }
  AppendBelowBillion(n, /*full=*/false, out);
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int month, std::optional<int> year) {
  constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year) {
    const int y = *year;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[static_cast<size_t>(month - 1)];
}

}  // namespace

std::string NumberToWords(uint64_t n) {
  if (n == 0) return std::string(kDigits[0]);
  std::string out;
  AppendNumber(n, &out);
  return out;
}

std::optional<std::string> DigitRunToWords(std::string_view digits) {
  if (!AllDigits(digits)) return std::nullopt;
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return std::string(kDigits[0]);
  const std::string_view significant = digits.substr(first);
  if (significant.size() > kMaxNumberDigits) return DigitsToWords(significant);
  uint64_t n = 0;
  for (char c : significant) n = n * 10 + static_cast<uint64_t>(c - '0');
  return NumberToWords(n);
}

std::optional<std::string> DigitsToWords(std::string_view digits) {
  if (!AllDigits(digits)) return std::nullopt;
  std::string out;
  for (char c : digits) Append(&out, kDigits[static_cast<size_t>(c - '0')]);
  return out;
}

std::string OrdinalToWords(uint64_t n) {
  if (n == 1) return "nhất";
  if (n == 4) return "tư";
  return NumberToWords(n);
}

std::string MonthToWords(int month) {
  if (month == 4) return "tư";
  return NumberToWords(static_cast<uint64_t>(month < 0 ? 0 : month));
}

std::optional<std::string> DateToWords(int day, int month, std::optional<int> year) {
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(month, year)) return std::nullopt;
  if (year && *year < 0) return std::nullopt;
  std::string out = "ngày " + NumberToWords(static_cast<uint64_t>(day));
  out += " tháng " + MonthToWords(month);
  if (year) out += " năm " + NumberToWords(static_cast<uint64_t>(*year));
  return out;
}

std::optional<std::string> MonthYearToWords(int month, int year) {
  if (month < 1 || month > 12 || year < 0) return std::nullopt;
  return "tháng " + MonthToWords(month) + " năm " + NumberToWords(static_cast<uint64_t>(year));
}

std::optional<std::string> TimeToWords(int hour, int minute, std::optional<int> second) {
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return std::nullopt;
  if (second && (*second < 0 || *second > 59)) return std::nullopt;
  if (hour == 24 && (minute != 0 || second.value_or(0) != 0)) return std::nullopt;
  std::string out = NumberToWords(static_cast<uint64_t>(hour)) + " giờ";
  if (minute != 0 || second.value_or(0) != 0) {
    out += " " + NumberToWords(static_cast<uint64_t>(minute)) + " phút";
  }
  if (second && *second != 0) out += " " + NumberToWords(static_cast<uint64_t>(*second)) + " giây";
  return out;
}

}  // namespace toasoan

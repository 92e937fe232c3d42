#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace toasoan {

// Numbers, dates and times spelt out as Vietnamese words, the way a newsreader says
// them, for speech synthesis. Every function is pure and thread-safe and returns NFC
// lower-case words separated by single spaces.
//
// The reading rules (the standard, northern "nghìn" reading):
// - units after "mươi" (20 and above): 1 → "mốt", 4 → "tư", 5 → "lăm" ("hai mươi mốt",
//   "ba mươi tư", "hai mươi lăm"); after "mười": 5 → "lăm", 1 and 4 stay "một", "bốn"
//   ("mười một", "mười bốn", "mười lăm");
// - tens: 10–19 "mười …", 20–99 "… mươi …";
// - an empty tens place inside a number reads "linh" ("một trăm linh năm" = 105);
// - an empty hundreds place after a higher group reads "không trăm" ("hai nghìn không
//   trăm hai mươi" = 2020); groups that are all zeros are skipped ("một triệu" =
//   1 000 000, "hai triệu không trăm linh năm" = 2 000 005);
// - group names: nghìn (10^3), triệu (10^6), tỷ (10^9); above that tỷ repeats ("một
//   nghìn tỷ" = 10^12).

// 0 → "không", 2020 → "hai nghìn không trăm hai mươi", 105 → "một trăm linh năm".
std::string NumberToWords(uint64_t n);

// The same for a run of ASCII digits of any length: leading zeros are ignored ("02" →
// "hai"); a run of more than 15 significant digits, which no listener can follow as one
// number, is read digit by digit. nullopt when `digits` is empty or not all digits.
std::optional<std::string> DigitRunToWords(std::string_view digits);

// Each digit on its own, for telephone numbers, codes and decimals with leading zeros:
// "0292" → "không hai chín hai". nullopt when `digits` is empty or not all digits.
std::optional<std::string> DigitsToWords(std::string_view digits);

// An ordinal after "thứ": 1 → "nhất", 4 → "tư", others as NumberToWords ("thứ hai").
std::string OrdinalToWords(uint64_t n);

// A month as read after "tháng": 4 → "tư", others as NumberToWords ("mười hai").
std::string MonthToWords(int month);

// "ngày mười sáu tháng mười năm hai nghìn không trăm hai mươi" for (16, 10, 2020);
// without `year`, "ngày mười sáu tháng mười". nullopt for an impossible date (day
// outside the month, month outside 1–12; 29/2 only in leap years when the year is
// given).
std::optional<std::string> DateToWords(int day, int month, std::optional<int> year);

// "tháng mười năm hai nghìn không trăm hai mươi" for (10, 2020); nullopt for a month
// outside 1–12.
std::optional<std::string> MonthYearToWords(int month, int year);

// "hai giờ ba mươi tư phút" for 02:34, "mười bốn giờ" for 14:00; with seconds,
// "… phút … giây". nullopt unless 0 ≤ hour ≤ 24, 0 ≤ minute < 60, 0 ≤ second < 60
// (24 only as 24:00).
std::optional<std::string> TimeToWords(int hour, int minute, std::optional<int> second = {});

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

#include "text/abbreviations.h"

namespace toasoan {

// Rewrites Vietnamese text the way a newsreader would say it, for a speech synthesiser
// that only knows how to read words. Pure and thread-safe; accepts any UTF-8 (invalid
// bytes become U+FFFD) and returns NFC. What changes (numbers use vietnamese_numbers.h):
// - abbreviations from `abbreviations` ("UBND" → "Ủy ban nhân dân"); they are matched
//   first, so an entry may contain digits;
// - dates: "16/10/2020", "16-10-2020" and "16.10.2020" → "ngày mười sáu tháng mười năm
//   hai nghìn không trăm hai mươi"; "15/10" → "ngày mười lăm tháng mười"; "10/2020" →
//   "tháng mười năm hai nghìn không trăm hai mươi". The leading "ngày" ("tháng") is left
//   out after the word "ngày", "mùng" or "mồng" ("tháng"), so "ngày 16/10" is not read
//   "ngày ngày …". A slash pair that is no date ("3/15") reads "ba trên mười lăm";
// - times: "02:34" → "hai giờ ba mươi tư phút", also "14:05:09", "7h30", "7h", "19g30";
// - ranges: a dash (-, – or —, with or without spaces) between two numbers, dates or
//   times reads "đến": "2016-2020" → "hai nghìn không trăm mười sáu đến hai nghìn không
//   trăm hai mươi";
// - numbers: "." between groups of three digits separates thousands ("1.500" → "một
//   nghìn năm trăm"), "," is the decimal comma ("2,5" → "hai phẩy năm"; decimals with a
//   leading zero or more than three digits are read digit by digit), a "." not followed
//   by three digits reads "chấm" ("1.5" → "một chấm năm"); leading zeros of a count are
//   not read ("02 cá nhân" → "hai cá nhân"); a run of eight or more digits starting with
//   0 is a telephone number, read digit by digit; after "thứ", 1 and 4 read "nhất" and
//   "tư";
// - "%" after a number → "phần trăm"; common units after a number (km, m, m2, m²,
//   ha, kg, USD, đ, VNĐ, °C …) → their names ("ki lô mét", "héc ta", "đồng" …).
// Digits inside a word ("F0", "COVID19") are left for the synthesiser.
std::string SpeechText(std::string_view text, const Abbreviations& abbreviations);

}  // namespace toasoan

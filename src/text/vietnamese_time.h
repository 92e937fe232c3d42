#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"

namespace toasoan {

// Vietnam (Asia/Ho_Chi_Minh) has kept UTC+07:00 without daylight saving since 1975;
// times before that are shown with the same offset. Every function here is pure and
// thread-safe; dates are proleptic Gregorian.
inline constexpr std::chrono::hours kVietnamOffset{7};

// "Cập nhật lúc 02:34 ngày 16/10/2020" for 2020-10-15T19:34:00Z.
std::string FormatUpdateLine(Timestamp t);
// "16/10/2020" and "02:34", in Vietnam time.
std::string FormatVietnamDate(Timestamp t);
std::string FormatVietnamTime(Timestamp t);
// "Thứ Sáu, 16/10/2020" (weekday name in Vietnamese), in Vietnam time.
std::string FormatVietnamWeekdayDate(Timestamp t);

// Parses an update line in the form above as Vietnam time. Accepts any letter case, NFD
// text, runs of white space (NBSP included) and one-digit hours, days and months; the
// minutes have two digits and the year four. Fails with kInvalidArgument on anything
// else or an impossible date or time ("31/02/2020", "25:00").
Result<Timestamp> ParseUpdateLine(std::string_view line);

// RFC 3339 in UTC: "2020-10-15T19:34:00Z".
std::string FormatRfc3339(Timestamp t);
// RFC 3339 with the Vietnam offset: "2020-10-16T02:34:00+07:00" (for Open Graph, JSON-LD).
std::string FormatRfc3339Vietnam(Timestamp t);

}  // namespace toasoan

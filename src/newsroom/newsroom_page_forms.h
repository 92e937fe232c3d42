#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"

namespace toasoan {

// Small helpers the newsroom pages share to read form fields and show values.

// A positive decimal id ("12"), or nullopt.
std::optional<int64_t> ParseId(std::string_view s);

// The value of an <input type="datetime-local"> ("2026-11-27T08:30", seconds optional)
// read as Vietnam time (UTC+7); kInvalidArgument with a Vietnamese message otherwise.
Result<Timestamp> ParseVietnamDateTimeLocal(std::string_view s);
// The same form for `t` in Vietnam time: "2026-11-27T08:30".
std::string FormatVietnamDateTimeLocal(Timestamp t);
// An <input type="date"> value ("2026-11-27") as the start of that day in Vietnam.
std::optional<Timestamp> ParseVietnamDate(std::string_view s);
// "08:30 27/11/2026", in Vietnam time.
std::string FormatVietnamDateTime(Timestamp t);

// The non-empty lines of a textarea, trimmed.
std::vector<std::string> SplitLines(std::string_view text);
// Joined with "\n".
std::string JoinLines(const std::vector<std::string>& lines);

}  // namespace toasoan

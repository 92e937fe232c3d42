#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"

namespace toasoan::http {

// IMF-fixdate (RFC 9110): "Sun, 06 Nov 1994 08:49:37 GMT".
std::string FormatHttpDate(Timestamp t);
// Parses IMF-fixdate; nullopt for anything else (obsolete forms are not needed by
// conditional requests we answer).
std::optional<Timestamp> ParseHttpDate(std::string_view s);

}  // namespace toasoan::http

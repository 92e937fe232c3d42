#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "html/sanitize_options.h"
#include "newsroom/newsroom.h"
#include "store/newsroom_store.h"
#include "store/store.h"

// Helpers shared by the files that implement Newsroom (newsroom_*.cc); not for other
// callers.
namespace toasoan::newsroom_internal {

// An audit entry for what `actor` did at `at`.
AuditEntry MakeAudit(const Actor& actor, std::string action, std::string target, std::string detail,
                     Timestamp at);

// "article:12", "user:3", "section:2".
std::string Target(std::string_view kind, int64_t id);

// kInvalidArgument with a Vietnamese message for the user.
Error Invalid(std::string log, std::string user);

// kPermissionDenied with a Vietnamese message for the user.
Error Denied(std::string log, std::string user);

// The sanitizer's view of the site: its base URL from the stored settings (none when
// they cannot be read).
SanitizeOptions SiteSanitizeOptions(Store& store);

// "16/10/2020 09:34" at Vietnam's time (UTC+7), for audit details and notes.
std::string FormatVietnamTime(Timestamp t);

}  // namespace toasoan::newsroom_internal

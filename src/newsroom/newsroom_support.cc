#include "newsroom/newsroom_support.h"

#include <chrono>
#include <cstdio>
#include <utility>

namespace toasoan::newsroom_internal {

AuditEntry MakeAudit(const Actor& actor, std::string action, std::string target, std::string detail,
                     Timestamp at) {
  AuditEntry e;
  e.at = at;
  e.user_id = actor.user.id;
  e.username = actor.user.username;
  e.action = std::move(action);
  e.target = std::move(target);
  e.detail = std::move(detail);
  e.address = actor.address;
  return e;
}

std::string Target(std::string_view kind, int64_t id) {
  return std::string(kind) + ":" + std::to_string(id);
}

Error Invalid(std::string log, std::string user) {
  return Error::InvalidArgument(std::move(log), std::move(user));
}

Error Denied(std::string log, std::string user) {
  return Error(ErrorCode::kPermissionDenied, std::move(log), std::move(user));
}

SanitizeOptions SiteSanitizeOptions(Store& store) {
  SanitizeOptions options;
  if (auto settings = store.LoadSettings()) options.base_url = settings->base_url;
  return options;
}

std::string FormatVietnamTime(Timestamp t) {
  const auto local = t + std::chrono::hours(7);
  const auto day = std::chrono::floor<std::chrono::days>(local);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{local - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d %02ld:%02ld", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()));
  return buf;
}

}  // namespace toasoan::newsroom_internal

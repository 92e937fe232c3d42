#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"

namespace toasoan {

// What an account may do, widening: a reporter writes in assigned sections, an editor
// also reviews and publishes there, an administrator runs the whole site.
enum class Role { kReporter, kEditor, kAdmin };

// "reporter", "editor", "admin", as stored and as the CLI and APIs spell them.
std::string_view RoleName(Role r);
Result<Role> ParseRole(std::string_view name);
// "Phóng viên", "Biên tập viên", "Quản trị viên".
std::string_view RoleLabel(Role r);

// A newsroom account. Credentials live apart (the store keeps the password hash).
struct User {
  int64_t id = 0;
  std::string username;      // unique, lower-case ASCII letters, digits, '.', '_', '-'
  std::string display_name;  // as shown in the newsroom, NFC
  Role role = Role::kReporter;
  std::vector<int64_t> section_ids;  // sections a reporter or editor works in
  bool disabled = false;
  Timestamp created_at{};

  bool InSection(int64_t section_id) const {
    return role == Role::kAdmin ||
           std::find(section_ids.begin(), section_ids.end(), section_id) != section_ids.end();
  }
};

// Checks a username's form; kInvalidArgument with a Vietnamese user message otherwise.
Result<void> ValidateUsername(std::string_view username);

}  // namespace toasoan

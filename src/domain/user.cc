#include "domain/user.h"

namespace toasoan {

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kReporter:
      return "reporter";
    case Role::kEditor:
      return "editor";
    case Role::kAdmin:
      return "admin";
  }
  return "reporter";
}

Result<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kReporter, Role::kEditor, Role::kAdmin}) {
    if (RoleName(r) == name) return r;
  }
  return Fail(Error::InvalidArgument(
      "unknown role '" + std::string(name) + "' (expected admin, editor or reporter)",
      "Vai trò không hợp lệ."));
}

std::string_view RoleLabel(Role r) {
  switch (r) {
    case Role::kReporter:
      return "Phóng viên";
    case Role::kEditor:
      return "Biên tập viên";
    case Role::kAdmin:
      return "Quản trị viên";
  }
  return "Phóng viên";
}

Result<void> ValidateUsername(std::string_view u) {
  bool ok = u.size() >= 2 && u.size() <= 64;
  for (char c : u) {
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  }
  if (!ok) {
    return Fail(Error::InvalidArgument(
        "username must be 2-64 characters of a-z, 0-9, '.', '_' or '-'",
        "Tên đăng nhập phải dài 2–64 ký tự, chỉ gồm chữ thường không dấu, chữ số, dấu chấm, "
        "gạch dưới hoặc gạch ngang."));
  }
  return {};
}

}  // namespace toasoan

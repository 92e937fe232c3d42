#include "newsroom/request_auth.h"

#include <cctype>

#include "newsroom/credentials.h"

namespace toasoan {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

bool IsSafeMethod(http::Method m) {
  return m == http::Method::kGet || m == http::Method::kHead || m == http::Method::kOptions;
}

Error NotSignedIn(std::string log) {
  return Error(ErrorCode::kUnauthenticated, std::move(log),
               "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Xin vui lòng đăng nhập.");
}

std::string CookieAttributes(bool secure) {
  std::string a = "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) a += "; Secure";
  return a;
}

}  // namespace

std::string_view CookieValue(const http::Request& req, std::string_view name) {
  for (size_t i = 0; i < req.header_count; ++i) {
    if (req.headers[i].first != "cookie") continue;
    std::string_view rest = req.headers[i].second;
    while (!rest.empty()) {
      size_t semi = rest.find(';');
      std::string_view pair = Trim(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
      size_t eq = pair.find('=');
      if (eq == std::string_view::npos || Trim(pair.substr(0, eq)) != name) continue;
      std::string_view value = Trim(pair.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      if (!value.empty()) return value;
    }
  }
  return {};
}

Result<Authenticated> AuthenticateRequest(Newsroom& newsroom, const http::Request& req,
                                          std::string_view form_csrf) {
  if (std::string_view authorization = Trim(req.Header("authorization")); !authorization.empty()) {
    // Only the Bearer scheme; anything else is not a way in (and is not silently ignored
    // in favour of a cookie, which would hide a misconfigured integration).
    constexpr std::string_view kBearer = "bearer";
    size_t space = authorization.find(' ');
    if (space == std::string_view::npos ||
        !EqualsIgnoreCase(authorization.substr(0, space), kBearer)) {
      return Fail(NotSignedIn("unsupported Authorization scheme"));
    }
    std::string_view token = Trim(authorization.substr(space + 1));
    if (token.empty()) return Fail(NotSignedIn("empty bearer token"));
    return newsroom.AuthenticateApiToken(token, req.remote_address);
  }

  std::string_view session = CookieValue(req, kSessionCookie);
  if (session.empty()) return Fail(NotSignedIn("no session cookie"));
  auto who = newsroom.AuthenticateSession(session, req.remote_address);
  if (!who) return who;
  if (!IsSafeMethod(req.method)) {
    std::string_view sent = Trim(req.Header("x-csrf-token"));
    if (sent.empty()) sent = form_csrf;
    if (sent.empty() || who->csrf_token.empty() || !SecretsEqual(sent, who->csrf_token)) {
      return Fail(Error(ErrorCode::kPermissionDenied, "missing or wrong CSRF token",
                        "Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Xin tải lại trang và "
                        "thử lại."));
    }
  }
  return who;
}

std::string SessionCookie(std::string_view session_token, const SessionPolicy& policy,
                          bool secure) {
  std::string c(kSessionCookie);
  c += '=';
  c += session_token;
  c += "; Max-Age=" + std::to_string(policy.absolute.count());
  c += CookieAttributes(secure);
  return c;
}

std::string ClearedSessionCookie(bool secure) {
  std::string c(kSessionCookie);
  c += "=; Max-Age=0";
  c += CookieAttributes(secure);
  return c;
}

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "http/request.h"
#include "http/response.h"
#include "newsroom/newsroom.h"

namespace toasoan {

// The session cookie's name. Its value is the session token (newsroom.h SignedIn).
inline constexpr std::string_view kSessionCookie = "toasoan_session";

// Who sends `req`: the session named by its cookie, or the API token of an
// "Authorization: Bearer" header. For unsafe methods (anything but GET, HEAD, OPTIONS)
// a session must also present its CSRF token, as the `X-CSRF-Token` header or, for
// forms, the `csrf_token` field of an application/x-www-form-urlencoded body (`form_csrf`,
// empty when the caller has none); a missing or wrong one is kPermissionDenied. Bearer
// tokens need no CSRF token (browsers never send them on their own).
// kUnauthenticated when neither is present or valid.
Result<Authenticated> AuthenticateRequest(Newsroom& newsroom, const http::Request& req,
                                          std::string_view form_csrf = {});

// The Set-Cookie value that keeps `session_token`: HttpOnly, SameSite=Lax, Path=/,
// Max-Age of the absolute session lifetime, Secure when the site is served over HTTPS.
std::string SessionCookie(std::string_view session_token, const SessionPolicy& policy, bool secure);
// The Set-Cookie value that removes it.
std::string ClearedSessionCookie(bool secure);

// The value of cookie `name` in the request's Cookie header(s), or empty.
std::string_view CookieValue(const http::Request& req, std::string_view name);

}  // namespace toasoan

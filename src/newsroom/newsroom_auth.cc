// Newsroom: sign-in, sessions, API tokens and passwords.

#include <algorithm>
#include <chrono>
#include <utility>

#include "newsroom/credentials.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_support.h"
#include "text/nfc.h"

namespace toasoan {

using newsroom_internal::Invalid;
using newsroom_internal::MakeAudit;
using newsroom_internal::Target;

namespace {

constexpr char kWrongCredentials[] = "Tên đăng nhập hoặc mật khẩu không đúng.";
constexpr char kSessionEnded[] = "Phiên đăng nhập đã hết hạn. Xin đăng nhập lại.";
// last_seen_at is written at most this often per session (a page view reads it), and
// at least four times per idle period, so a session in use never idles out.
constexpr std::chrono::seconds kTouchEvery{60};
// Longer inputs cannot be a username or a token of ours.
constexpr std::size_t kMaxUsernameInput = 100;
constexpr std::size_t kMaxTokenInput = 200;

Error Unauthenticated(std::string log, std::string user) {
  return Error(ErrorCode::kUnauthenticated, std::move(log), std::move(user));
}

// What a username is looked up and throttled as: trimmed, ASCII lower case, bounded.
std::string NormalizeUsername(std::string_view typed) {
  const auto first = typed.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  typed = typed.substr(first, typed.find_last_not_of(" \t\r\n") - first + 1);
  std::string u(typed.substr(0, kMaxUsernameInput));
  for (char& c : u) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return u;
}

// A hash to verify against when the account does not exist, so that an unknown user
// takes as long to refuse as a wrong password.
const std::string& DummyHash() {
  static const std::string hash = [] {
    auto h = HashPassword("khong-phai-mat-khau-that-0000");
    return h ? *h : std::string();
  }();
  return hash;
}

}  // namespace

Newsroom::Newsroom(Store& store, NewsroomStore& newsroom_store, const Clock& clock,
                   SessionPolicy policy)
    : store_(store),
      newsroom_store_(newsroom_store),
      clock_(clock),
      policy_(policy),
      throttle_(clock, policy.sign_in_max_failures, policy.sign_in_window) {}

Result<SignedIn> Newsroom::SignIn(std::string_view username, std::string_view password,
                                  const std::string& address) {
  const std::string key = NormalizeUsername(username);
  AuditEntry audit;
  audit.username = ToNfc(username.substr(0, kMaxUsernameInput));
  audit.address = address;
  audit.action = "sign_in_failed";
  auto fail = [&](std::string detail) {
    audit.at = clock_.Now();
    audit.detail = std::move(detail);
    (void)newsroom_store_.AppendAudit(audit);
  };

  std::chrono::seconds wait{};
  if (!throttle_.Allow(key, address, &wait)) {
    const auto minutes = std::max<int64_t>(1, (wait.count() + 59) / 60);
    fail("bị chặn tạm thời vì đăng nhập sai nhiều lần");
    return Fail(Error(
        ErrorCode::kTooMany, "sign-in throttled for '" + key + "' from " + address,
        "Đăng nhập sai quá nhiều lần. Xin thử lại sau " + std::to_string(minutes) + " phút."));
  }

  auto user = newsroom_store_.UserByUsername(key);
  if (!user && !user.error().IsNotFound()) return Fail(user.error());
  bool ok = false;
  if (!user) {
    (void)VerifyPassword(password, DummyHash());
  } else {
    auto hash = newsroom_store_.PasswordHashOf(user->id);
    if (!hash) return Fail(hash.error());
    ok = VerifyPassword(password, *hash);
    if (ok && PasswordNeedsRehash(*hash)) {
      if (auto fresh = HashPassword(password)) {
        (void)newsroom_store_.SetPasswordHash(user->id, *fresh);
      }
    }
  }
  if (!ok || user->disabled) {
    throttle_.RecordFailure(key, address);
    fail(!user ? "tài khoản không tồn tại" : (ok ? "tài khoản đã bị khóa" : "sai mật khẩu"));
    return Fail(Unauthenticated("sign-in failed for '" + key + "'", kWrongCredentials));
  }
  throttle_.RecordSuccess(key);

  const Timestamp now = clock_.Now();
  SignedIn in;
  in.user = *user;
  in.session_token = NewSecretToken();
  in.csrf_token = NewSecretToken();
  Session s;
  s.token_digest = TokenDigest(in.session_token);
  s.user_id = user->id;
  s.csrf_token = in.csrf_token;
  s.created_at = now;
  s.last_seen_at = now;
  s.address = address;
  TOASOAN_TRY(newsroom_store_.CreateSession(s));
  (void)newsroom_store_.AppendAudit(
      MakeAudit(Actor{*user, address}, "sign_in", Target("user", user->id), "", now));
  return in;
}

Result<Authenticated> Newsroom::AuthenticateSession(std::string_view session_token,
                                                    const std::string& address) {
  if (session_token.empty() || session_token.size() > kMaxTokenInput) {
    return Fail(Unauthenticated("no session token", kSessionEnded));
  }
  const std::string digest = TokenDigest(session_token);
  auto found = newsroom_store_.SessionByDigest(digest);
  if (!found) return Fail(found.error());
  if (!*found) return Fail(Unauthenticated("unknown session", kSessionEnded));
  const Session& s = **found;
  const Timestamp now = clock_.Now();
  if (now - s.last_seen_at >= policy_.idle || now - s.created_at >= policy_.absolute) {
    (void)newsroom_store_.DeleteSession(digest);
    return Fail(Unauthenticated("session expired", kSessionEnded));
  }
  auto user = newsroom_store_.UserById(s.user_id);
  if (!user && !user.error().IsNotFound()) return Fail(user.error());
  if (!user || user->disabled) {
    (void)newsroom_store_.DeleteSession(digest);
    return Fail(Unauthenticated("account of the session is gone or disabled", kSessionEnded));
  }
  if (now - s.last_seen_at >= std::min(kTouchEvery, policy_.idle / 4)) {
    TOASOAN_TRY(newsroom_store_.TouchSession(digest, now));
  }
  return Authenticated{Actor{std::move(*user), address}, s.csrf_token, digest};
}

Result<Authenticated> Newsroom::AuthenticateApiToken(std::string_view bearer_token,
                                                     const std::string& address) {
  constexpr char kBadToken[] = "Mã truy cập API không hợp lệ.";
  if (bearer_token.empty() || bearer_token.size() > kMaxTokenInput) {
    return Fail(Unauthenticated("no API token", kBadToken));
  }
  auto id = newsroom_store_.UserIdByApiToken(TokenDigest(bearer_token));
  if (!id) return Fail(id.error());
  if (!*id) return Fail(Unauthenticated("unknown API token", kBadToken));
  auto user = newsroom_store_.UserById(**id);
  if (!user && !user.error().IsNotFound()) return Fail(user.error());
  if (!user || user->disabled) {
    return Fail(Unauthenticated("account of the API token is gone or disabled", kBadToken));
  }
  return Authenticated{Actor{std::move(*user), address}, "", ""};
}

Result<void> Newsroom::SignOut(std::string_view session_token) {
  if (session_token.empty() || session_token.size() > kMaxTokenInput) return {};
  return newsroom_store_.DeleteSession(TokenDigest(session_token));
}

Result<void> Newsroom::ChangePassword(const Authenticated& who, std::string_view current,
                                      std::string_view replacement) {
  const User& u = who.actor.user;
  std::chrono::seconds wait{};
  if (!throttle_.Allow(u.username, who.actor.address, &wait)) {
    const auto minutes = std::max<int64_t>(1, (wait.count() + 59) / 60);
    return Fail(Error(
        ErrorCode::kTooMany, "password change throttled for " + u.username,
        "Nhập sai mật khẩu quá nhiều lần. Xin thử lại sau " + std::to_string(minutes) + " phút."));
  }
  auto hash = newsroom_store_.PasswordHashOf(u.id);
  if (!hash) return Fail(hash.error());
  if (!VerifyPassword(current, *hash)) {
    throttle_.RecordFailure(u.username, who.actor.address);
    return Fail(
        Invalid("wrong current password for " + u.username, "Mật khẩu hiện tại không đúng."));
  }
  auto fresh = HashPassword(replacement);
  if (!fresh) return Fail(fresh.error());
  // The session in use survives; every other one of the account ends.
  std::optional<Session> keep;
  if (!who.session_digest.empty()) {
    auto s = newsroom_store_.SessionByDigest(who.session_digest);
    if (!s) return Fail(s.error());
    keep = *s;
  }
  TOASOAN_TRY(newsroom_store_.SetPasswordHash(u.id, *fresh));
  TOASOAN_TRY(newsroom_store_.DeleteSessionsOf(u.id));
  if (keep) TOASOAN_TRY(newsroom_store_.CreateSession(*keep));
  (void)newsroom_store_.AppendAudit(
      MakeAudit(who.actor, "user.password_changed", Target("user", u.id), "", clock_.Now()));
  return {};
}

}  // namespace toasoan

#include "newsroom/admin_api.h"

#include <spdlog/spdlog.h>

#include "newsroom/request_auth.h"

namespace toasoan {

namespace admin_api {

http::Response JsonAnswer(int status, const nlohmann::json& body) {
  http::Response r = http::Response::Json(
      status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  r.cache_control = "no-store";
  return r;
}

http::Response ErrorAnswer(const Error& e, std::chrono::seconds retry_after) {
  int status = 500;
  std::string_view code = "internal";
  std::string_view fallback = "Lỗi máy chủ. Xin vui lòng thử lại sau.";
  switch (e.code()) {
    case ErrorCode::kInvalidArgument:
      status = 422, code = "invalid_argument", fallback = "Giá trị gửi lên không hợp lệ.";
      break;
    case ErrorCode::kNotFound:
      status = 404, code = "not_found", fallback = "Không tìm thấy.";
      break;
    case ErrorCode::kGone:
      status = 410, code = "gone", fallback = "Đã bị gỡ.";
      break;
    case ErrorCode::kConflict:
      status = 409, code = "conflict", fallback = "Thao tác này xung đột với dữ liệu hiện có.";
      break;
    case ErrorCode::kPermissionDenied:
      status = 403, code = "forbidden", fallback = "Bạn không có quyền thực hiện thao tác này.";
      break;
    case ErrorCode::kUnauthenticated:
      status = 401, code = "unauthenticated", fallback = "Bạn cần đăng nhập.";
      break;
    case ErrorCode::kTooMany:
      status = 429, code = "too_many",
      fallback = "Bạn đã thử quá nhiều lần. Xin vui lòng chờ rồi thử lại.";
      break;
    default:
      spdlog::error("admin api failed: {}", e.message());
      break;
  }
  // Internal failures never show their (English, possibly revealing) log message.
  std::string_view message =
      status == 500 || e.user_message().empty() ? fallback : std::string_view(e.user_message());
  http::Response r = JsonAnswer(status, {{"error", {{"code", code}, {"message", message}}}});
  if (status == 429) {
    r.headers.emplace_back("Retry-After",
                           std::to_string(std::max<int64_t>(1, retry_after.count())));
  }
  return r;
}

http::Response BadBodyAnswer(const BodyError& e) {
  return JsonAnswer(
      e.status,
      {{"error",
        {{"code", e.status == 400 ? "bad_request" : "invalid_argument"}, {"message", e.message}}}});
}

}  // namespace admin_api

using admin_api::BadBodyAnswer;
using admin_api::ErrorAnswer;
using admin_api::JsonAnswer;

namespace {

bool IsUnsafe(http::Method m) {
  return m != http::Method::kGet && m != http::Method::kHead && m != http::Method::kOptions;
}

constexpr std::string_view kPrefix = "/api/v1/admin";

std::string Route(std::string_view rest) { return std::string(kPrefix) + std::string(rest); }

http::Response BadId() {
  return admin_api::JsonAnswer(
      404, {{"error", {{"code", "not_found"}, {"message", "Không tìm thấy."}}}});
}

}  // namespace

AdminApi::AdminApi(Newsroom& newsroom, Store& store, Options options)
    : newsroom_(newsroom), store_(store), options_(std::move(options)) {}

std::string AdminApi::BaseUrl() const {
  if (!options_.base_url_override.empty()) return options_.base_url_override;
  auto s = store_.LoadSettings();
  return s ? s->base_url : std::string();
}

http::Response AdminApi::Done(const http::Request& req, http::Response r) {
  if (IsUnsafe(req.method) && r.status < 300 && after_write_) after_write_();
  return r;
}

http::Handler AdminApi::Guarded(Action action) {
  return
      [this, action = std::move(action)](const http::Request& req, const http::PathParams& params) {
        auto who = AuthenticateRequest(newsroom_, req);
        if (!who) return ErrorAnswer(who.error());
        return Done(req, action(req, params, *who));
      };
}

void AdminApi::AddRoutes(http::Router& router) {
  using http::Method;
  using P = const http::PathParams&;
  using R = const http::Request&;
  using A = const Authenticated&;

  router.Add(Method::kPost, Route("/session"), [this](R req, P) { return Done(req, SignIn(req)); });
  router.Add(Method::kGet, Route("/session"), Guarded([this](R, P, A who) { return WhoAmI(who); }));
  router.Add(Method::kDelete, Route("/session"),
             Guarded([this](R req, P, A) { return SignOut(req); }));
  router.Add(Method::kPut, Route("/password"),
             Guarded([this](R req, P, A who) { return ChangePassword(req, who); }));

  router.Add(Method::kGet, Route("/articles"),
             Guarded([this](R req, P, A who) { return ListArticles(req, who); }));
  router.Add(Method::kPost, Route("/articles"),
             Guarded([this](R req, P, A who) { return CreateArticle(req, who); }));
  router.Add(Method::kGet, Route("/articles/{id}"),
             Guarded([this](R, P p, A who) { return GetArticle(p.Get("id"), who); }));
  router.Add(Method::kPatch, Route("/articles/{id}"),
             Guarded([this](R req, P p, A who) { return UpdateArticle(req, p.Get("id"), who); }));
  router.Add(Method::kPost, Route("/articles/{id}/transitions"),
             Guarded([this](R req, P p, A who) { return Transition(req, p.Get("id"), who); }));
  router.Add(Method::kGet, Route("/articles/{id}/revisions"),
             Guarded([this](R, P p, A who) { return ListRevisions(p.Get("id"), who); }));
  router.Add(
      Method::kGet, Route("/articles/{id}/revisions/compare"),
      Guarded([this](R req, P p, A who) { return CompareRevisions(req, p.Get("id"), who); }));
  router.Add(Method::kGet, Route("/articles/{id}/revisions/{rid}"), Guarded([this](R, P p, A who) {
               return GetRevision(p.Get("id"), p.Get("rid"), who);
             }));
  router.Add(
      Method::kPost, Route("/articles/{id}/revisions/{rid}/restore"),
      Guarded([this](R, P p, A who) { return RestoreRevision(p.Get("id"), p.Get("rid"), who); }));

  router.Add(Method::kGet, Route("/articles/{id}/proofread"),
             Guarded([this](R, P p, A who) { return ProofreadArticle(p.Get("id"), who); }));
  router.Add(Method::kPost, Route("/proofread"),
             Guarded([this](R req, P, A who) { return ProofreadUnsaved(req, who); }));
  router.Add(
      Method::kPost, Route("/articles/{id}/proofread/dismissed"),
      Guarded([this](R req, P p, A who) { return SetDismissed(req, p.Get("id"), true, who); }));
  router.Add(
      Method::kDelete, Route("/articles/{id}/proofread/dismissed"),
      Guarded([this](R req, P p, A who) { return SetDismissed(req, p.Get("id"), false, who); }));

  router.Add(Method::kGet, Route("/sections"),
             Guarded([this](R, P, A who) { return ListSections(who); }));
  router.Add(Method::kPost, Route("/sections"),
             Guarded([this](R req, P, A who) { return SaveSection(req, {}, who); }));
  router.Add(Method::kPatch, Route("/sections/{id}"),
             Guarded([this](R req, P p, A who) { return SaveSection(req, p.Get("id"), who); }));

  router.Add(Method::kGet, Route("/users"),
             Guarded([this](R, P, A who) { return ListUsers(who); }));
  router.Add(Method::kPost, Route("/users"),
             Guarded([this](R req, P, A who) { return CreateUser(req, who); }));
  router.Add(Method::kPatch, Route("/users/{id}"),
             Guarded([this](R req, P p, A who) { return UpdateUser(req, p.Get("id"), who); }));
  router.Add(Method::kPost, Route("/users/{id}/tokens"),
             Guarded([this](R req, P p, A who) { return CreateToken(req, p.Get("id"), who); }));

  router.Add(Method::kGet, Route("/audit"),
             Guarded([this](R req, P, A who) { return ListAudit(req, who); }));

  // Any other path under /api/v1/admin answers JSON too (a more literal route always wins).
  std::string pattern;
  for (int depth = 1; depth <= 6; ++depth) {
    pattern += "/{p" + std::to_string(depth) + "}";
    for (Method m : {Method::kGet, Method::kPost, Method::kPut, Method::kPatch, Method::kDelete}) {
      router.Add(m, Route(pattern), [](R, P) { return BadId(); });
    }
  }
}

// --- Sessions -------------------------------------------------------------------------

http::Response AdminApi::SignIn(const http::Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto username = body->find("username");
  auto password = body->find("password");
  if (username == body->end() || password == body->end()) {
    return BadBodyAnswer({422, "Xin nhập tên đăng nhập và mật khẩu."});
  }
  if (!username->is_string() || !password->is_string()) {
    return BadBodyAnswer({400, "Tên đăng nhập và mật khẩu phải là chuỗi."});
  }
  auto signed_in = newsroom_.SignIn(username->get<std::string>(), password->get<std::string>(),
                                    req.remote_address);
  if (!signed_in) return ErrorAnswer(signed_in.error(), options_.policy.sign_in_window);
  http::Response r =
      JsonAnswer(200, {{"csrf_token", signed_in->csrf_token}, {"user", UserJson(signed_in->user)}});
  r.headers.emplace_back("Set-Cookie", SessionCookie(signed_in->session_token, options_.policy,
                                                     options_.secure_cookies));
  return r;
}

http::Response AdminApi::WhoAmI(const Authenticated& who) {
  nlohmann::json csrf =
      who.csrf_token.empty() ? nlohmann::json(nullptr) : nlohmann::json(who.csrf_token);
  return JsonAnswer(200, {{"user", UserJson(who.actor.user)}, {"csrf_token", csrf}});
}

http::Response AdminApi::SignOut(const http::Request& req) {
  // Authenticated already (with its CSRF token); an API token has no session to end.
  if (std::string_view session = CookieValue(req, kSessionCookie);
      !session.empty() && req.Header("authorization").empty()) {
    if (auto ok = newsroom_.SignOut(session); !ok) return ErrorAnswer(ok.error());
  }
  http::Response r = JsonAnswer(200, {{"signed_out", true}});
  r.headers.emplace_back("Set-Cookie", ClearedSessionCookie(options_.secure_cookies));
  return r;
}

http::Response AdminApi::ChangePassword(const http::Request& req, const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto current = body->find("current");
  auto replacement = body->find("new");
  if (current == body->end() || replacement == body->end()) {
    return BadBodyAnswer({422, "Xin nhập mật khẩu hiện tại và mật khẩu mới."});
  }
  if (!current->is_string() || !replacement->is_string()) {
    return BadBodyAnswer({400, "Mật khẩu phải là chuỗi."});
  }
  auto ok =
      newsroom_.ChangePassword(who, current->get<std::string>(), replacement->get<std::string>());
  if (!ok) return ErrorAnswer(ok.error());
  return JsonAnswer(200, {{"changed", true}});
}

// --- Sections -------------------------------------------------------------------------

http::Response AdminApi::ListSections(const Authenticated& who) {
  auto sections = newsroom_.ListSections(who.actor);
  if (!sections) return ErrorAnswer(sections.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : *sections) items.push_back(AdminSectionJson(s));
  return JsonAnswer(200, {{"items", std::move(items)}});
}

http::Response AdminApi::SaveSection(const http::Request& req, std::string_view id_text,
                                     const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  Section base;
  if (!id_text.empty()) {
    auto id = ParsePositiveId(id_text);
    if (!id) return BadId();
    // The admin check comes first: a refused caller learns nothing about the section.
    auto sections = newsroom_.ListSections(who.actor);
    if (!sections) return ErrorAnswer(sections.error());
    auto it = std::find_if(sections->begin(), sections->end(),
                           [&](const Section& s) { return s.id == *id; });
    if (it == sections->end()) return BadId();
    base = *it;
  }
  auto section = ParseSectionInput(*body, base);
  if (!section) return BadBodyAnswer(section.error());
  auto saved = newsroom_.SaveSection(who.actor, *section);
  if (!saved) return ErrorAnswer(saved.error());
  return JsonAnswer(id_text.empty() ? 201 : 200, AdminSectionJson(*saved));
}

// --- Accounts -------------------------------------------------------------------------

Result<std::vector<int64_t>> AdminApi::SectionIdsOfSlugs(const std::vector<std::string>& slugs) {
  std::vector<int64_t> ids;
  for (const auto& slug : slugs) {
    auto s = store_.SectionBySlug(slug);
    if (!s) {
      if (s.error().IsNotFound()) {
        return Fail(Error::InvalidArgument("unknown section " + slug,
                                           "Không có chuyên mục \"" + slug + "\"."));
      }
      return Fail(s.error());
    }
    ids.push_back(s->id);
  }
  return ids;
}

http::Response AdminApi::ListUsers(const Authenticated& who) {
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return ErrorAnswer(users.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& u : *users) items.push_back(UserJson(u));
  return JsonAnswer(200, {{"items", std::move(items)}});
}

http::Response AdminApi::CreateUser(const http::Request& req, const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto in = ParseUserInput(*body);
  if (!in) return BadBodyAnswer(in.error());
  if (!in->username || !in->password || !in->role) {
    return BadBodyAnswer({422, "Tài khoản mới cần tên đăng nhập, mật khẩu và vai trò."});
  }
  User u;
  u.username = *in->username;
  u.display_name = in->display_name.value_or(*in->username);
  u.role = *in->role;
  u.disabled = in->disabled.value_or(false);
  if (in->section_ids) u.section_ids = *in->section_ids;
  if (in->section_slugs) {
    auto ids = SectionIdsOfSlugs(*in->section_slugs);
    if (!ids) return ErrorAnswer(ids.error());
    u.section_ids = std::move(*ids);
  }
  auto created = newsroom_.CreateUser(who.actor, u, *in->password);
  if (!created) return ErrorAnswer(created.error());
  return JsonAnswer(201, UserJson(*created));
}

http::Response AdminApi::UpdateUser(const http::Request& req, std::string_view id_text,
                                    const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto id = ParsePositiveId(id_text);
  if (!id) return BadId();
  auto in = ParseUserInput(*body);
  if (!in) return BadBodyAnswer(in.error());
  // Listing is the admin's: a refused caller learns nothing about the account.
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return ErrorAnswer(users.error());
  auto it = std::find_if(users->begin(), users->end(), [&](const User& u) { return u.id == *id; });
  if (it == users->end()) return BadId();
  User u = *it;
  if (in->username && *in->username != u.username) {
    return BadBodyAnswer({422, "Không thể đổi tên đăng nhập."});
  }
  if (in->password) {
    return BadBodyAnswer({422, "Mật khẩu được đổi bằng PUT /api/v1/admin/password."});
  }
  if (in->display_name) u.display_name = *in->display_name;
  if (in->role) u.role = *in->role;
  if (in->disabled) u.disabled = *in->disabled;
  if (in->section_ids) u.section_ids = *in->section_ids;
  if (in->section_slugs) {
    auto ids = SectionIdsOfSlugs(*in->section_slugs);
    if (!ids) return ErrorAnswer(ids.error());
    u.section_ids = std::move(*ids);
  }
  auto updated = newsroom_.UpdateUser(who.actor, u);
  if (!updated) return ErrorAnswer(updated.error());
  return JsonAnswer(200, UserJson(*updated));
}

http::Response AdminApi::CreateToken(const http::Request& req, std::string_view id_text,
                                     const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto id = ParsePositiveId(id_text);
  if (!id) return BadId();
  std::string name = "api";
  if (auto it = body->find("name"); it != body->end() && !it->is_null()) {
    if (!it->is_string()) return BadBodyAnswer({400, "Trường \"name\" phải là một chuỗi."});
    name = it->get<std::string>();
  }
  auto token = newsroom_.CreateApiToken(who.actor, *id, name);
  if (!token) return ErrorAnswer(token.error());
  return JsonAnswer(201, {{"token", *token}});
}

// --- Audit log ------------------------------------------------------------------------

http::Response AdminApi::ListAudit(const http::Request& req, const Authenticated& who) {
  AuditQuery q;
  if (auto v = req.QueryParam("user_id"); v && !v->empty()) {
    auto id = ParsePositiveId(*v);
    if (!id) return BadBodyAnswer({400, "Tham số user_id phải là số nguyên dương."});
    q.user_id = *id;
  }
  if (auto v = req.QueryParam("action")) q.action_prefix = *v;
  for (auto [name, target] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    auto v = req.QueryParam(name);
    if (!v || v->empty()) continue;
    nlohmann::json value = *v;
    if (v->find_first_not_of("0123456789") == std::string::npos && v->size() < 15) {
      value = std::stoll(*v);
    }
    auto t = ParseTimeField(value, name);
    if (!t) return BadBodyAnswer(t.error());
    *target = *t;
  }
  if (auto v = req.QueryParam("page"); v && !v->empty()) {
    auto page = ParsePositiveId(*v);
    if (!page || *page > 1'000'000) {
      return BadBodyAnswer({400, "Tham số page phải là số nguyên dương."});
    }
    q.page = static_cast<int>(*page);
  }
  auto page = newsroom_.ListAudit(who.actor, q);
  if (!page) return ErrorAnswer(page.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : page->items) items.push_back(AuditEntryJson(e));
  return JsonAnswer(200,
                    {{"items", std::move(items)}, {"page", page->page}, {"pages", page->pages}});
}

}  // namespace toasoan

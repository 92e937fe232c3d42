#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "http/router.h"
#include "newsroom/admin_json.h"
#include "newsroom/newsroom.h"
#include "store/store.h"

namespace toasoan {

// The JSON Admin API under /api/v1/admin/: every newsroom action, through Newsroom (which
// checks who may do what, audits and keeps revisions). JSON both ways; every answer is
// "Cache-Control: no-store" and never enters the page cache.
//
//   POST   /session {"username", "password"} → {"csrf_token", "user"} + the session cookie
//   GET    /session → {"user", "csrf_token"}       DELETE /session signs out
//   GET    /articles?section_id=&section=&status=&author_id=&q=&page=   POST /articles
//   GET    /articles/{id}                          PATCH /articles/{id}
//   POST   /articles/{id}/transitions {"to", "comment", "at"}
//   GET    /articles/{id}/revisions, /revisions/{rid}, /revisions/compare?from=&to=
//   POST   /articles/{id}/revisions/{rid}/restore
//   GET    /sections   POST /sections   PATCH /sections/{id}
//   GET    /users      POST /users      PATCH /users/{id}   POST /users/{id}/tokens → {"token"}
//   PUT    /password {"current", "new"}
//   GET    /audit?user_id=&action=&from=&to=&page=
//   GET    /articles/{id}/proofread → {"warnings": [warning]}   (advice; never blocks a save)
//   POST   /proofread {"title", "lead", "body_html", "article_id"?} → the same, for unsaved text
//   POST   /articles/{id}/proofread/dismissed {"key"}   DELETE the same ({"key"} or ?key=)
//     a warning is {"rule", "field", "paragraph", "offset", "length", "utf16_offset",
//     "utf16_length", "found", "fix" (null: no mechanical fix; "": delete), "message", "key"}
//     with offsets into the field or body paragraph (bytes of UTF-8, and UTF-16 units)
//
// Callers sign in with the session cookie (unsafe methods also send X-CSRF-Token) or
// "Authorization: Bearer TOKEN" (request_auth.h). Errors are
// {"error": {"code", "message"}} with a Vietnamese message: 400 malformed JSON or a wrong
// type, 401 not signed in, 403 refused (nothing changed), 404, 409 a move the workflow
// does not have or a taken name, 410, 422 a valid body with unacceptable values, 429 with
// Retry-After when sign-in is throttled. Creations answer 201.
class AdminApi {
 public:
  struct Options {
    std::string base_url_override;  // as the public site's; empty: the stored base_url
    bool secure_cookies = false;    // the site is served over HTTPS
    SessionPolicy policy;           // cookie lifetime; the sign-in window for Retry-After
  };

  AdminApi(Newsroom& newsroom, Store& store, Options options);

  void AddRoutes(http::Router& router);
  // Called after every successful unsafe call (the server passes its change follower's
  // poll, so public pages show a publish or unpublish at once). Set before serving.
  void SetAfterWrite(std::function<void()> after_write) { after_write_ = std::move(after_write); }

 private:
  using Body = nlohmann::json;
  // A handler behind authentication.
  using Action = std::function<http::Response(const http::Request&, const http::PathParams&,
                                              const Authenticated&)>;
  http::Handler Guarded(Action action);
  http::Response Done(const http::Request& req, http::Response r);

  // Sessions and the account itself.
  http::Response SignIn(const http::Request& req);
  http::Response WhoAmI(const Authenticated& who);
  http::Response SignOut(const http::Request& req);
  http::Response ChangePassword(const http::Request& req, const Authenticated& who);

  // Articles (admin_api_articles.cc).
  http::Response ListArticles(const http::Request& req, const Authenticated& who);
  http::Response CreateArticle(const http::Request& req, const Authenticated& who);
  http::Response GetArticle(std::string_view id, const Authenticated& who);
  http::Response UpdateArticle(const http::Request& req, std::string_view id,
                               const Authenticated& who);
  http::Response Transition(const http::Request& req, std::string_view id,
                            const Authenticated& who);
  http::Response ListRevisions(std::string_view id, const Authenticated& who);
  http::Response GetRevision(std::string_view id, std::string_view rid, const Authenticated& who);
  http::Response CompareRevisions(const http::Request& req, std::string_view id,
                                  const Authenticated& who);
  http::Response RestoreRevision(std::string_view id, std::string_view rid,
                                 const Authenticated& who);
  http::Response ArticleAnswer(int status, const Article& a);
  // The section id an article body names (section_id, or section_slug resolved).
  Result<std::optional<int64_t>> ResolveSection(const ArticleInput& in);

  // Proofreading (admin_api_proofread.cc).
  http::Response ProofreadArticle(std::string_view id, const Authenticated& who);
  http::Response ProofreadUnsaved(const http::Request& req, const Authenticated& who);
  http::Response SetDismissed(const http::Request& req, std::string_view id, bool dismissed,
                              const Authenticated& who);

  // Sections, accounts, audit.
  http::Response ListSections(const Authenticated& who);
  http::Response SaveSection(const http::Request& req, std::string_view id,
                             const Authenticated& who);
  http::Response ListUsers(const Authenticated& who);
  http::Response CreateUser(const http::Request& req, const Authenticated& who);
  http::Response UpdateUser(const http::Request& req, std::string_view id,
                            const Authenticated& who);
  http::Response CreateToken(const http::Request& req, std::string_view id,
                             const Authenticated& who);
  http::Response ListAudit(const http::Request& req, const Authenticated& who);
  Result<std::vector<int64_t>> SectionIdsOfSlugs(const std::vector<std::string>& slugs);

  std::string BaseUrl() const;

  Newsroom& newsroom_;
  Store& store_;
  Options options_;
  std::function<void()> after_write_;
};

// The JSON answers of the Admin API, shared by its files.
namespace admin_api {
http::Response JsonAnswer(int status, const nlohmann::json& body);
// The HTTP status and code of `e`, and its user message (a generic Vietnamese one when it
// has none). `retry_after` is sent with 429.
http::Response ErrorAnswer(const Error& e, std::chrono::seconds retry_after = {});
http::Response BadBodyAnswer(const BodyError& e);
}  // namespace admin_api

}  // namespace toasoan

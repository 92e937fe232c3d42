#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "http/form.h"
#include "http/router.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_page_templates.h"
#include "store/store.h"

namespace ctemplate {
class TemplateDictionary;
}  // namespace ctemplate

namespace toasoan {

// The newsroom's HTML pages under /toa-soan, in Vietnamese: sign-in and sign-out, the
// dashboard, the article list and form with its review actions, revisions, password
// change, and for administrators accounts, sections and the audit log.
//
// Every action goes through Newsroom, which decides who may do it; a refusal answers 403
// with a Vietnamese page and changes nothing. Every POST form carries the session's
// csrf_token, checked by AuthenticateRequest. A GET without a session redirects to the
// sign-in page. A form refused for a bad value comes back (422) with every field as typed
// and the message; a success redirects (303) with a notice in the query ("?da-luu=1").
// Nothing here is cacheable: every answer is Cache-Control: no-store and the pages say
// noindex. The Store is read only for what the public site shows anyway (the site's name
// and the section list). Thread-safe.
class NewsroomPages {
 public:
  // `templates_dir` holds newsroom/*.tpl; `base_url` says whether the site is served
  // over HTTPS (the session cookie is then Secure); `policy` gives the cookie's lifetime.
  static Result<std::unique_ptr<NewsroomPages>> Load(Newsroom& newsroom, Store& store,
                                                     const std::string& templates_dir,
                                                     std::string base_url,
                                                     SessionPolicy policy = {});

  void AddRoutes(http::Router& router) const;
  // Called after every write that public pages may show (article saves, transitions,
  // restores, sections), before the answer: the app drops the changed cached pages at
  // once (the change follower would within its poll interval). Call before serving.
  void SetAfterWrite(std::function<void()> after_write) { after_write_ = std::move(after_write); }

 private:
  using Dict = ctemplate::TemplateDictionary;
  // The page being built: the layout's dictionary and its CONTENT include's.
  struct Page {
    std::unique_ptr<Dict> root;
    Dict* content = nullptr;
  };
  // A handler of a signed-in request; `form` is the parsed body (empty for GET).
  using AuthedHandler = std::function<http::Response(const Authenticated&, const http::Request&,
                                                     const http::PathParams&, const http::Form&)>;

  NewsroomPages(Newsroom& newsroom, Store& store, std::unique_ptr<NewsroomTemplates> templates,
                std::string base_url, SessionPolicy policy);

  // Wraps `h`: authenticates (with the form's csrf_token for POST), redirects to sign-in
  // without a session, answers 403 for a missing or wrong CSRF token.
  http::Handler Authed(AuthedHandler h) const;

  // Rendering.
  Page Start(const Authenticated* who, std::string_view title, const char* content) const;
  http::Response Render(int status, const Page& page) const;
  http::Response Message(const Authenticated* who, int status, std::string_view title,
                         std::string_view text) const;
  // The error page for `e`: 403, 404, 409, 422, 429 or 500.
  http::Response Failure(const Authenticated* who, const Error& e) const;
  static http::Response SeeOther(std::string location);
  // SeeOther after a write public pages may show (after_write_ first).
  http::Response Written(std::string location) const;
  std::vector<Section> SectionsOf(const User& u) const;

  // Sign-in, sign-out, dashboard, password (newsroom_pages.cc).
  http::Response SignInForm(const http::Request& req) const;
  http::Response SignIn(const http::Request& req) const;
  http::Response SignOut(const http::Request& req) const;
  http::Response Dashboard(const Authenticated& who) const;
  http::Response PasswordForm(const Authenticated& who, const http::Request& req) const;
  http::Response ChangePassword(const Authenticated& who, const http::Form& form) const;

  // Articles (newsroom_pages_articles.cc).
  http::Response ArticleList(const Authenticated& who, const http::Request& req) const;
  http::Response NewArticle(const Authenticated& who) const;
  http::Response EditArticle(const Authenticated& who, const http::Request& req,
                             std::string_view id) const;
  http::Response SaveArticle(const Authenticated& who, const http::Form& form,
                             std::string_view id) const;
  http::Response TransitionArticle(const Authenticated& who, const http::Form& form,
                                   std::string_view id) const;
  // The form for `a` (id 0: a new one) with `typed` values when re-shown after an error.
  http::Response ArticleForm(const Authenticated& who, int status, const Article& a,
                             const http::Form* typed, std::string_view error,
                             std::string_view notice) const;

  // Revisions (newsroom_pages_revisions.cc).
  http::Response Revisions(const Authenticated& who, const http::Request& req,
                           std::string_view id) const;
  http::Response RevisionView(const Authenticated& who, std::string_view id,
                              std::string_view rid) const;
  http::Response RestoreRevision(const Authenticated& who, std::string_view id,
                                 std::string_view rid) const;

  // Administration (newsroom_pages_admin.cc).
  http::Response Users(const Authenticated& who, const http::Request& req, const http::Form* typed,
                       int status, std::string_view error) const;
  http::Response CreateUser(const Authenticated& who, const http::Request& req,
                            const http::Form& form) const;
  http::Response UserForm(const Authenticated& who, const http::Request& req, std::string_view id,
                          const http::Form* typed, int status, std::string_view error) const;
  http::Response UpdateUser(const Authenticated& who, const http::Request& req,
                            const http::Form& form, std::string_view id) const;
  http::Response Sections(const Authenticated& who, const http::Request& req,
                          const http::Form* typed, int status, std::string_view error) const;
  http::Response SectionForm(const Authenticated& who, const http::Request& req,
                             std::string_view id, const http::Form* typed, int status,
                             std::string_view error) const;
  http::Response SaveSection(const Authenticated& who, const http::Request& req,
                             const http::Form& form, std::string_view id) const;
  http::Response Audit(const Authenticated& who, const http::Request& req) const;

  Newsroom& newsroom_;
  Store& store_;
  std::unique_ptr<NewsroomTemplates> templates_;
  std::string base_url_;
  SessionPolicy policy_;
  bool secure_;
  std::function<void()> after_write_;
};

}  // namespace toasoan

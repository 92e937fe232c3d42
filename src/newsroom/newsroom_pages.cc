#include "newsroom/newsroom_pages.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <utility>

#include <spdlog/spdlog.h>

#include "newsroom/newsroom_page_forms.h"
#include "newsroom/newsroom_page_rows.h"
#include "newsroom/request_auth.h"

namespace toasoan {
namespace {

constexpr char kSignInPath[] = "/toa-soan/dang-nhap";
constexpr int kDashboardRows = 5;

bool IsFormBody(const http::Request& req) {
  std::string_view type = req.Header("content-type");
  return type.substr(0, 33) == "application/x-www-form-urlencoded";
}

// Where to go after signing in: a newsroom path only, never another site.
std::string SafeNext(std::string_view next) {
  if (next.substr(0, 9) != "/toa-soan" || next.find("//") != std::string_view::npos ||
      next.find('\\') != std::string_view::npos || next.substr(0, 19) == kSignInPath) {
    return "/toa-soan";
  }
  return std::string(next);
}

}  // namespace

Result<std::unique_ptr<NewsroomPages>> NewsroomPages::Load(Newsroom& newsroom, Store& store,
                                                           const std::string& templates_dir,
                                                           std::string base_url,
                                                           SessionPolicy policy) {
  auto templates = NewsroomTemplates::Load(templates_dir);
  if (!templates) return Fail(templates.error());
  return std::unique_ptr<NewsroomPages>(
      new NewsroomPages(newsroom, store, std::move(*templates), std::move(base_url), policy));
}

NewsroomPages::NewsroomPages(Newsroom& newsroom, Store& store,
                             std::unique_ptr<NewsroomTemplates> templates, std::string base_url,
                             SessionPolicy policy)
    : newsroom_(newsroom),
      store_(store),
      templates_(std::move(templates)),
      base_url_(std::move(base_url)),
      policy_(policy),
      secure_(base_url_.rfind("https://", 0) == 0) {}

void NewsroomPages::AddRoutes(http::Router& router) const {
  using http::Method;
  using http::PathParams;
  using http::Request;
  router.Add(Method::kGet, kSignInPath,
             [this](const Request& req, const PathParams&) { return SignInForm(req); });
  router.Add(Method::kPost, kSignInPath,
             [this](const Request& req, const PathParams&) { return SignIn(req); });
  router.Add(Method::kPost, "/toa-soan/dang-xuat",
             [this](const Request& req, const PathParams&) { return SignOut(req); });
  router.Add(Method::kGet, "/toa-soan",
             Authed([this](auto& who, auto&, auto&, auto&) { return Dashboard(who); }));
  router.Add(Method::kGet, "/toa-soan/mat-khau",
             Authed([this](auto& who, auto& req, auto&, auto&) { return PasswordForm(who, req); }));
  router.Add(
      Method::kPost, "/toa-soan/mat-khau",
      Authed([this](auto& who, auto&, auto&, auto& form) { return ChangePassword(who, form); }));
  router.Add(Method::kGet, "/toa-soan/bai-viet",
             Authed([this](auto& who, auto& req, auto&, auto&) { return ArticleList(who, req); }));
  router.Add(Method::kGet, "/toa-soan/bai-viet/moi",
             Authed([this](auto& who, auto&, auto&, auto&) { return NewArticle(who); }));
  router.Add(
      Method::kPost, "/toa-soan/bai-viet/moi",
      Authed([this](auto& who, auto&, auto&, auto& form) { return SaveArticle(who, form, {}); }));
  router.Add(Method::kGet, "/toa-soan/bai-viet/{id}",
             Authed([this](auto& who, auto& req, auto& p, auto&) {
               return EditArticle(who, req, p.Get("id"));
             }));
  router.Add(Method::kPost, "/toa-soan/bai-viet/{id}",
             Authed([this](auto& who, auto&, auto& p, auto& form) {
               return SaveArticle(who, form, p.Get("id"));
             }));
  router.Add(Method::kPost, "/toa-soan/bai-viet/{id}/trang-thai",
             Authed([this](auto& who, auto&, auto& p, auto& form) {
               return TransitionArticle(who, form, p.Get("id"));
             }));
  router.Add(Method::kGet, "/toa-soan/bai-viet/{id}/phien-ban",
             Authed([this](auto& who, auto& req, auto& p, auto&) {
               return Revisions(who, req, p.Get("id"));
             }));
  router.Add(Method::kGet, "/toa-soan/bai-viet/{id}/phien-ban/{rid}",
             Authed([this](auto& who, auto&, auto& p, auto&) {
               return RevisionView(who, p.Get("id"), p.Get("rid"));
             }));
  router.Add(Method::kPost, "/toa-soan/bai-viet/{id}/phien-ban/{rid}/khoi-phuc",
             Authed([this](auto& who, auto&, auto& p, auto&) {
               return RestoreRevision(who, p.Get("id"), p.Get("rid"));
             }));
  router.Add(Method::kGet, "/toa-soan/tai-khoan",
             Authed([this](auto& who, auto& req, auto&, auto&) {
               return Users(who, req, nullptr, 200, {});
             }));
  router.Add(Method::kPost, "/toa-soan/tai-khoan",
             Authed([this](auto& who, auto& req, auto&, auto& form) {
               return CreateUser(who, req, form);
             }));
  router.Add(Method::kGet, "/toa-soan/tai-khoan/{id}",
             Authed([this](auto& who, auto& req, auto& p, auto&) {
               return UserForm(who, req, p.Get("id"), nullptr, 200, {});
             }));
  router.Add(Method::kPost, "/toa-soan/tai-khoan/{id}",
             Authed([this](auto& who, auto& req, auto& p, auto& form) {
               return UpdateUser(who, req, form, p.Get("id"));
             }));
  router.Add(Method::kGet, "/toa-soan/chuyen-muc",
             Authed([this](auto& who, auto& req, auto&, auto&) {
               return Sections(who, req, nullptr, 200, {});
             }));
  router.Add(Method::kPost, "/toa-soan/chuyen-muc",
             Authed([this](auto& who, auto& req, auto&, auto& form) {
               return SaveSection(who, req, form, {});
             }));
  router.Add(Method::kGet, "/toa-soan/chuyen-muc/{id}",
             Authed([this](auto& who, auto& req, auto& p, auto&) {
               return SectionForm(who, req, p.Get("id"), nullptr, 200, {});
             }));
  router.Add(Method::kPost, "/toa-soan/chuyen-muc/{id}",
             Authed([this](auto& who, auto& req, auto& p, auto& form) {
               return SaveSection(who, req, form, p.Get("id"));
             }));
  router.Add(Method::kGet, "/toa-soan/nhat-ky",
             Authed([this](auto& who, auto& req, auto&, auto&) { return Audit(who, req); }));
}

http::Handler NewsroomPages::Authed(AuthedHandler h) const {
  return [this, h = std::move(h)](const http::Request& req, const http::PathParams& params) {
    const bool post = req.method == http::Method::kPost;
    http::Form form;
    if (post && IsFormBody(req)) form = http::Form::Parse(req.body);
    auto who = AuthenticateRequest(newsroom_, req, form.Get("csrf_token"));
    if (!who) {
      if (who.error().code() == ErrorCode::kUnauthenticated) {
        std::string next = post ? "/toa-soan" : std::string(req.target);
        return SeeOther(std::string(kSignInPath) + "?tiep=" + http::PercentEncode(next));
      }
      if (who.error().code() == ErrorCode::kPermissionDenied) {
        return Message(nullptr, 403, "Không thực hiện được",
                       "Biểu mẫu đã hết hạn hoặc không hợp lệ. Xin tải lại trang rồi thử lại.");
      }
      return Failure(nullptr, who.error());
    }
    return h(*who, req, params, form);
  };
}

NewsroomPages::Page NewsroomPages::Start(const Authenticated* who, std::string_view title,
                                         const char* content) const {
  Page p;
  p.root = std::make_unique<Dict>("newsroom");
  p.root->SetValue("PAGE_TITLE", ctemplate::TemplateString(title.data(), title.size()));
  if (auto settings = store_.LoadSettings()) {
    p.root->SetValue("SITE_NAME", settings->name);
  }
  if (who != nullptr) {
    Dict* u = p.root->AddSectionDictionary("USER");
    const User& user = who->actor.user;
    u->SetValue("DISPLAY_NAME", user.display_name.empty() ? user.username : user.display_name);
    std::string_view role = RoleLabel(user.role);
    u->SetValue("ROLE_LABEL", ctemplate::TemplateString(role.data(), role.size()));
    u->SetValue("CSRF", who->csrf_token);
    if (user.role == Role::kAdmin) u->ShowSection("ADMIN");
  }
  p.content = p.root->AddIncludeDictionary("CONTENT");
  p.content->SetFilename(content);
  if (who != nullptr) p.content->SetValue("CSRF", who->csrf_token);
  return p;
}

http::Response NewsroomPages::Render(int status, const Page& page) const {
  http::Response r;
  r.cache_control = "no-store";
  auto body = templates_->Expand(*page.root);
  if (!body) {
    spdlog::error("newsroom page: {}", body.error().message());
    r.status = 500;
    r.body =
        "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi máy chủ</title>"
        "<p>Đã có lỗi xảy ra. Xin vui lòng thử lại sau.</p></html>";
    return r;
  }
  r.status = status;
  r.body = std::move(*body);
  return r;
}

http::Response NewsroomPages::Message(const Authenticated* who, int status, std::string_view title,
                                      std::string_view text) const {
  Page p = Start(who, title, kNrMessage);
  p.content->SetValue("TITLE", ctemplate::TemplateString(title.data(), title.size()));
  p.content->SetValue("TEXT", ctemplate::TemplateString(text.data(), text.size()));
  return Render(status, p);
}

http::Response NewsroomPages::Failure(const Authenticated* who, const Error& e) const {
  const std::string& said = e.user_message();
  auto pick = [&](const char* fallback) { return said.empty() ? std::string(fallback) : said; };
  switch (e.code()) {
    case ErrorCode::kPermissionDenied:
      return Message(who, 403, "Không được phép",
                     pick("Tài khoản của bạn không có quyền làm việc này. Không có gì bị thay "
                          "đổi."));
    case ErrorCode::kNotFound:
      return Message(who, 404, "Không tìm thấy",
                     "Không có mục này trong tòa soạn, hoặc bạn không được xem nó.");
    case ErrorCode::kConflict:
      return Message(who, 409, "Không thực hiện được",
                     pick("Việc này không làm được với bài ở trạng thái hiện tại."));
    case ErrorCode::kInvalidArgument:
      return Message(who, 422, "Dữ liệu không hợp lệ", pick("Giá trị gửi lên không hợp lệ."));
    case ErrorCode::kTooMany:
      return Message(who, 429, "Thử lại sau", pick("Bạn đã thử quá nhiều lần. Xin thử lại sau."));
    case ErrorCode::kUnauthenticated:
      return Message(who, 401, "Chưa đăng nhập", pick("Xin đăng nhập lại."));
    case ErrorCode::kGone:
      return Message(who, 410, "Không còn nữa", "Mục này đã bị gỡ.");
    default:
      spdlog::error("newsroom page failed: {}", e.message());
      return Message(who, 500, "Lỗi máy chủ", "Đã có lỗi xảy ra. Xin vui lòng thử lại sau.");
  }
}

http::Response NewsroomPages::SeeOther(std::string location) {
  http::Response r = http::Response::Redirect(303, std::move(location));
  r.cache_control = "no-store";
  return r;
}

http::Response NewsroomPages::Written(std::string location) const {
  if (after_write_) after_write_();
  return SeeOther(std::move(location));
}

std::vector<Section> NewsroomPages::SectionsOf(const User& u) const {
  std::vector<Section> out;
  auto all = store_.ListSections();
  if (!all) return out;
  for (auto& s : *all) {
    if (u.InSection(s.id)) out.push_back(std::move(s));
  }
  return out;
}

http::Response NewsroomPages::SignInForm(const http::Request& req) const {
  if (auto who = AuthenticateRequest(newsroom_, req)) return SeeOther("/toa-soan");
  Page p = Start(nullptr, "Đăng nhập", kNrSignIn);
  if (auto next = req.QueryParam("tiep")) {
    p.content->SetValueAndShowSection("PATH", SafeNext(*next), "NEXT");
  }
  if (req.QueryParam("da-dang-xuat")) {
    p.root->SetValueAndShowSection("TEXT", "Bạn đã đăng xuất.", "NOTICE");
  }
  return Render(200, p);
}

http::Response NewsroomPages::SignIn(const http::Request& req) const {
  http::Form form = IsFormBody(req) ? http::Form::Parse(req.body) : http::Form();
  std::string username = form.Get("username");
  auto signed_in = newsroom_.SignIn(username, form.Get("password"), req.remote_address);
  if (!signed_in) {
    const Error& e = signed_in.error();
    int status = e.code() == ErrorCode::kTooMany           ? 429
                 : e.code() == ErrorCode::kUnauthenticated ? 401
                 : e.code() == ErrorCode::kInvalidArgument ? 422
                                                           : 500;
    if (status == 500) return Failure(nullptr, e);
    Page p = Start(nullptr, "Đăng nhập", kNrSignIn);
    p.root->SetValueAndShowSection(
        "TEXT",
        e.user_message().empty() ? "Tên đăng nhập hoặc mật khẩu không đúng." : e.user_message(),
        "ERROR");
    p.content->SetValue("USERNAME", username);
    if (form.Has("tiep"))
      p.content->SetValueAndShowSection("PATH", SafeNext(form.Get("tiep")), "NEXT");
    return Render(status, p);
  }
  http::Response r = SeeOther(SafeNext(form.Get("tiep")));
  r.headers.emplace_back("Set-Cookie", SessionCookie(signed_in->session_token, policy_, secure_));
  return r;
}

http::Response NewsroomPages::SignOut(const http::Request& req) const {
  http::Form form = IsFormBody(req) ? http::Form::Parse(req.body) : http::Form();
  auto who = AuthenticateRequest(newsroom_, req, form.Get("csrf_token"));
  if (!who) {
    if (who.error().code() == ErrorCode::kUnauthenticated) return SeeOther(kSignInPath);
    return Failure(nullptr, who.error());
  }
  if (auto out = newsroom_.SignOut(CookieValue(req, kSessionCookie)); !out) {
    return Failure(&*who, out.error());
  }
  http::Response r = SeeOther(std::string(kSignInPath) + "?da-dang-xuat=1");
  r.headers.emplace_back("Set-Cookie", ClearedSessionCookie(secure_));
  return r;
}

http::Response NewsroomPages::Dashboard(const Authenticated& who) const {
  struct Block {
    const char* key;
    const char* title;
    std::vector<ArticleStatus> statuses;
    bool mine;
    std::string more;
  };
  const Block blocks[] = {
      {"nhap",
       "Bài nháp của tôi",
       {ArticleStatus::kDraft, ArticleStatus::kReturned},
       true,
       "/toa-soan/bai-viet?trang-thai=draft&tac-gia=toi"},
      {"cho-duyet",
       "Chờ duyệt",
       {ArticleStatus::kSubmitted},
       false,
       "/toa-soan/bai-viet?trang-thai=submitted"},
      {"hen-gio",
       "Hẹn giờ đăng",
       {ArticleStatus::kScheduled},
       false,
       "/toa-soan/bai-viet?trang-thai=scheduled"},
      {"da-dang",
       "Mới đăng",
       {ArticleStatus::kPublished},
       false,
       "/toa-soan/bai-viet?trang-thai=published"},
  };
  Page p = Start(&who, "Tổng quan", kNrDashboard);
  RowContext rows_ctx = MakeRowContext(store_, newsroom_, who.actor);
  for (const Block& b : blocks) {
    std::vector<Article> items;
    for (ArticleStatus s : b.statuses) {
      NewsroomQuery q;
      q.status = s;
      if (b.mine) q.author_id = who.actor.user.id;
      q.per_page = kDashboardRows;
      auto list = newsroom_.ListArticles(who.actor, q);
      if (!list) return Failure(&who, list.error());
      for (auto& a : list->items) items.push_back(std::move(a));
    }
    Dict* d = p.content->AddSectionDictionary("BLOCK");
    d->SetValue("KEY", b.key);
    d->SetValue("TITLE", b.title);
    d->SetValue("MORE_URL", b.more);
    if (items.empty()) d->ShowSection("EMPTY");
    AddRows(rows_ctx, items, d);
  }
  return Render(200, p);
}

http::Response NewsroomPages::PasswordForm(const Authenticated& who,
                                           const http::Request& req) const {
  Page p = Start(&who, "Đổi mật khẩu", kNrPassword);
  if (req.QueryParam("da-doi")) {
    p.root->SetValueAndShowSection("TEXT", "Đã đổi mật khẩu.", "NOTICE");
  }
  return Render(200, p);
}

http::Response NewsroomPages::ChangePassword(const Authenticated& who,
                                             const http::Form& form) const {
  auto refuse = [&](int status, const std::string& message) {
    Page p = Start(&who, "Đổi mật khẩu", kNrPassword);
    p.root->SetValueAndShowSection("TEXT", message, "ERROR");
    return Render(status, p);
  };
  const std::string replacement = form.Get("replacement");
  if (replacement != form.Get("repeat")) {
    return refuse(422, "Hai lần nhập mật khẩu mới không khớp nhau.");
  }
  auto done = newsroom_.ChangePassword(who, form.Get("current"), replacement);
  if (!done) {
    const Error& e = done.error();
    if (e.code() == ErrorCode::kUnauthenticated) {
      return refuse(422,
                    e.user_message().empty() ? "Mật khẩu hiện tại không đúng." : e.user_message());
    }
    if (e.code() == ErrorCode::kInvalidArgument || e.code() == ErrorCode::kTooMany) {
      return refuse(e.code() == ErrorCode::kTooMany ? 429 : 422,
                    e.user_message().empty() ? "Mật khẩu mới không hợp lệ." : e.user_message());
    }
    return Failure(&who, e);
  }
  return SeeOther("/toa-soan/mat-khau?da-doi=1");
}

}  // namespace toasoan

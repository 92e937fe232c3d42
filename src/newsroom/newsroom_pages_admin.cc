// The administrators' pages of NewsroomPages: accounts, sections and the audit log. Each
// asks Newsroom, which refuses anyone but an administrator (403).
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsroom/newsroom_page_forms.h"
#include "newsroom/newsroom_pages.h"
#include "text/slug.h"

namespace toasoan {
namespace {

constexpr int kAuditPerPage = 50;

constexpr Role kRoles[] = {Role::kReporter, Role::kEditor, Role::kAdmin};

struct ActionChoice {
  const char* value;
  const char* label;
};
constexpr ActionChoice kActions[] = {
    {"sign_in", "Đăng nhập (mọi lần thử)"},
    {"sign_in_failed", "Đăng nhập sai"},
    {"article.", "Bài viết (mọi việc)"},
    {"article.submitted", "Gửi duyệt"},
    {"article.returned", "Trả lại bài"},
    {"article.scheduled", "Hẹn giờ đăng"},
    {"article.published", "Đăng bài"},
    {"article.unpublished", "Gỡ bài"},
    {"article.import_forced", "Nhập đè bài từ tệp"},
    {"user.", "Tài khoản"},
    {"section.", "Chuyên mục"},
    {"photo.uploaded", "Tải ảnh lên"},
    {"photo.updated", "Sửa thông tin ảnh"},
    {"proofread.dismissed", "Bỏ qua cảnh báo soát lỗi"},
    {"proofread.restored", "Hiện lại cảnh báo soát lỗi"},
};

std::string ActionLabel(const std::string& action) {
  for (const ActionChoice& c : kActions) {
    if (action == c.value) return c.label;
  }
  if (action == "user.created") return "Tạo tài khoản";
  if (action == "user.updated") return "Sửa tài khoản";
  if (action == "section.created") return "Tạo chuyên mục";
  if (action == "section.updated") return "Sửa chuyên mục";
  if (action == "sign_out") return "Đăng xuất";
  if (action == "article.draft") return "Về nháp";
  return action;
}

bool IsFormRefusal(const Error& e) {
  return e.code() == ErrorCode::kInvalidArgument || e.code() == ErrorCode::kConflict;
}

int RefusalStatus(const Error& e) { return e.code() == ErrorCode::kConflict ? 409 : 422; }

std::string RefusalText(const Error& e) {
  return e.user_message().empty() ? "Giá trị gửi lên không hợp lệ." : e.user_message();
}

std::vector<int64_t> ParseIds(const std::vector<std::string>& values) {
  std::vector<int64_t> out;
  for (const auto& v : values) {
    if (auto id = ParseId(v)) out.push_back(*id);
  }
  return out;
}

std::optional<int> ParseInt(std::string_view s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// A refused form's message above the page; nothing when `error` is empty.
void ShowError(ctemplate::TemplateDictionary* root, std::string_view error) {
  if (error.empty()) return;
  root->SetValueAndShowSection("TEXT", ctemplate::TemplateString(error.data(), error.size()),
                               "ERROR");
}

// The fields template `file` included as `include` in `content`, for a form posting to
// `action` with the session's CSRF token.
ctemplate::TemplateDictionary* AddFormFields(ctemplate::TemplateDictionary* content,
                                             const char* include, const char* file,
                                             const std::string& csrf, const std::string& action) {
  ctemplate::TemplateDictionary* f = content->AddIncludeDictionary(include);
  f->SetFilename(file);
  f->SetValue("CSRF", csrf);
  f->SetValue("ACTION", action);
  return f;
}

// The account or section of `items` whose id the path segment `id` names, or nullptr.
template <typename T>
const T* FindById(const std::vector<T>& items, std::string_view id) {
  const std::optional<int64_t> want = ParseId(id);
  auto it = std::find_if(items.begin(), items.end(),
                         [&](const T& item) { return want && item.id == *want; });
  return it == items.end() ? nullptr : &*it;
}

// The fields of the account form: `u` as stored, or what was typed.
void FillUserFields(ctemplate::TemplateDictionary* f, const User& u, const http::Form* typed,
                    const std::vector<Section>& sections, bool is_new) {
  const bool use_typed = typed != nullptr;
  f->SetValue("DISPLAY_NAME", use_typed ? typed->Get("display_name") : u.display_name);
  std::string role = use_typed ? typed->Get("role") : std::string(RoleName(u.role));
  for (Role r : kRoles) {
    ctemplate::TemplateDictionary* o = f->AddSectionDictionary("ROLE_OPTION");
    std::string_view name = RoleName(r), label = RoleLabel(r);
    o->SetValue("VALUE", ctemplate::TemplateString(name.data(), name.size()));
    o->SetValue("LABEL", ctemplate::TemplateString(label.data(), label.size()));
    if (role == name) o->ShowSection("SELECTED");
  }
  std::vector<int64_t> checked = use_typed ? ParseIds(typed->GetAll("section")) : u.section_ids;
  for (const Section& s : sections) {
    ctemplate::TemplateDictionary* o = f->AddSectionDictionary("SECTION_CHECK");
    o->SetIntValue("ID", static_cast<long>(s.id));
    o->SetValue("NAME", s.name);
    if (std::find(checked.begin(), checked.end(), s.id) != checked.end()) {
      o->ShowSection("CHECKED");
    }
  }
  if (is_new) {
    f->AddSectionDictionary("NEW")->SetValue("USERNAME",
                                             use_typed ? typed->Get("username") : u.username);
    f->SetValue("SUBMIT_LABEL", "Tạo tài khoản");
  } else {
    ctemplate::TemplateDictionary* e = f->AddSectionDictionary("EDIT");
    if (use_typed ? typed->Has("disabled") : u.disabled) e->ShowSection("DISABLED");
    f->SetValue("SUBMIT_LABEL", "Lưu");
  }
}

void FillSectionFields(ctemplate::TemplateDictionary* f, const Section& s, const http::Form* typed,
                       const std::vector<Section>& all, bool is_new) {
  const bool use_typed = typed != nullptr;
  f->SetValue("NAME", use_typed ? typed->Get("name") : s.name);
  f->SetValue("SLUG", use_typed ? typed->Get("slug") : s.slug);
  f->SetValue("POSITION", use_typed ? typed->Get("position") : std::to_string(s.position));
  std::string parent =
      use_typed ? typed->Get("parent_id") : (s.parent_id ? std::to_string(*s.parent_id) : "");
  for (const Section& o : all) {
    if (o.id == s.id && !is_new) continue;
    ctemplate::TemplateDictionary* d = f->AddSectionDictionary("PARENT_OPTION");
    d->SetIntValue("ID", static_cast<long>(o.id));
    d->SetValue("NAME", o.name);
    if (std::to_string(o.id) == parent) d->ShowSection("SELECTED");
  }
  f->SetValue("SUBMIT_LABEL", is_new ? "Tạo chuyên mục" : "Lưu");
}

}  // namespace

http::Response NewsroomPages::Users(const Authenticated& who, const http::Request& req,
                                    const http::Form* typed, int status,
                                    std::string_view error) const {
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return Failure(&who, users.error());
  auto sections = store_.ListSections();
  if (!sections) return Failure(&who, sections.error());
  std::map<int64_t, std::string> section_names;
  for (const Section& s : *sections) section_names[s.id] = s.name;
  Page p = Start(&who, "Tài khoản", kNrUsers);
  ShowError(p.root.get(), error);
  if (req.QueryParam("da-tao"))
    p.root->SetValueAndShowSection("TEXT", "Đã tạo tài khoản.", "NOTICE");
  for (const User& u : *users) {
    Dict* row = p.content->AddSectionDictionary("USER_ROW");
    row->SetIntValue("ID", static_cast<long>(u.id));
    row->SetValue("USERNAME", u.username);
    row->SetValue("DISPLAY_NAME", u.display_name);
    std::string_view role = RoleLabel(u.role);
    row->SetValue("ROLE_LABEL", ctemplate::TemplateString(role.data(), role.size()));
    std::string names;
    if (u.role == Role::kAdmin) names = "Tất cả";
    for (int64_t id : u.role == Role::kAdmin ? std::vector<int64_t>() : u.section_ids) {
      if (!names.empty()) names += ", ";
      names += section_names.count(id) ? section_names[id] : std::to_string(id);
    }
    row->SetValue("SECTIONS", names);
    row->ShowSection(u.disabled ? "DISABLED" : "ACTIVE");
  }
  Dict* f =
      AddFormFields(p.content, "USER_FIELDS", kNrUserFields, who.csrf_token, "/toa-soan/tai-khoan");
  FillUserFields(f, User{}, typed, *sections, true);
  return Render(status, p);
}

http::Response NewsroomPages::CreateUser(const Authenticated& who, const http::Request& req,
                                         const http::Form& form) const {
  User u;
  u.username = form.Get("username");
  u.display_name = form.Get("display_name");
  auto role = ParseRole(form.Get("role"));
  if (!role) return Users(who, req, &form, 422, "Xin chọn vai trò của tài khoản.");
  u.role = *role;
  u.section_ids = ParseIds(form.GetAll("section"));
  auto created = newsroom_.CreateUser(who.actor, u, form.Get("password"));
  if (!created) {
    if (IsFormRefusal(created.error())) {
      return Users(who, req, &form, RefusalStatus(created.error()), RefusalText(created.error()));
    }
    return Failure(&who, created.error());
  }
  return SeeOther("/toa-soan/tai-khoan?da-tao=1");
}

http::Response NewsroomPages::UserForm(const Authenticated& who, const http::Request& req,
                                       std::string_view id, const http::Form* typed, int status,
                                       std::string_view error) const {
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return Failure(&who, users.error());
  const User* it = FindById(*users, id);
  if (it == nullptr) return Failure(&who, Error::NotFound("no such user"));
  auto sections = store_.ListSections();
  if (!sections) return Failure(&who, sections.error());
  Page p = Start(&who, "Tài khoản " + it->username, kNrUser);
  ShowError(p.root.get(), error);
  if (req.QueryParam("da-luu"))
    p.root->SetValueAndShowSection("TEXT", "Đã lưu tài khoản.", "NOTICE");
  p.content->SetValue("USERNAME", it->username);
  Dict* f = AddFormFields(p.content, "USER_FIELDS", kNrUserFields, who.csrf_token,
                          "/toa-soan/tai-khoan/" + std::to_string(it->id));
  FillUserFields(f, *it, typed, *sections, false);
  return Render(status, p);
}

http::Response NewsroomPages::UpdateUser(const Authenticated& who, const http::Request& req,
                                         const http::Form& form, std::string_view id) const {
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return Failure(&who, users.error());
  const User* it = FindById(*users, id);
  if (it == nullptr) return Failure(&who, Error::NotFound("no such user"));
  User u = *it;
  u.display_name = form.Get("display_name");
  auto role = ParseRole(form.Get("role"));
  if (!role) return UserForm(who, req, id, &form, 422, "Xin chọn vai trò của tài khoản.");
  u.role = *role;
  u.section_ids = ParseIds(form.GetAll("section"));
  u.disabled = form.Has("disabled");
  auto saved = newsroom_.UpdateUser(who.actor, u);
  if (!saved) {
    if (IsFormRefusal(saved.error())) {
      return UserForm(who, req, id, &form, RefusalStatus(saved.error()),
                      RefusalText(saved.error()));
    }
    return Failure(&who, saved.error());
  }
  return SeeOther("/toa-soan/tai-khoan/" + std::to_string(u.id) + "?da-luu=1");
}

http::Response NewsroomPages::Sections(const Authenticated& who, const http::Request& req,
                                       const http::Form* typed, int status,
                                       std::string_view error) const {
  auto sections = newsroom_.ListSections(who.actor);
  if (!sections) return Failure(&who, sections.error());
  std::map<int64_t, std::string> names;
  for (const Section& s : *sections) names[s.id] = s.name;
  Page p = Start(&who, "Chuyên mục", kNrSections);
  ShowError(p.root.get(), error);
  if (req.QueryParam("da-luu")) {
    p.root->SetValueAndShowSection("TEXT", "Đã lưu chuyên mục.", "NOTICE");
  }
  for (const Section& s : *sections) {
    Dict* row = p.content->AddSectionDictionary("SECTION_ROW");
    row->SetIntValue("ID", static_cast<long>(s.id));
    row->SetValue("NAME", s.name);
    row->SetValue("SLUG", s.slug);
    row->SetValue("PARENT", s.parent_id && names.count(*s.parent_id) ? names[*s.parent_id] : "");
    row->SetIntValue("POSITION", s.position);
  }
  Dict* f = AddFormFields(p.content, "SECTION_FIELDS", kNrSectionFields, who.csrf_token,
                          "/toa-soan/chuyen-muc");
  FillSectionFields(f, Section{}, typed, *sections, true);
  return Render(status, p);
}

http::Response NewsroomPages::SectionForm(const Authenticated& who, const http::Request& req,
                                          std::string_view id, const http::Form* typed, int status,
                                          std::string_view error) const {
  auto sections = newsroom_.ListSections(who.actor);
  if (!sections) return Failure(&who, sections.error());
  const Section* it = FindById(*sections, id);
  if (it == nullptr) return Failure(&who, Error::NotFound("no such section"));
  Page p = Start(&who, "Chuyên mục " + it->name, kNrSection);
  ShowError(p.root.get(), error);
  p.content->SetValue("TITLE", it->name);
  Dict* f = AddFormFields(p.content, "SECTION_FIELDS", kNrSectionFields, who.csrf_token,
                          "/toa-soan/chuyen-muc/" + std::to_string(it->id));
  FillSectionFields(f, *it, typed, *sections, false);
  return Render(status, p);
}

http::Response NewsroomPages::SaveSection(const Authenticated& who, const http::Request& req,
                                          const http::Form& form, std::string_view id) const {
  auto sections = newsroom_.ListSections(who.actor);
  if (!sections) return Failure(&who, sections.error());
  Section s;
  if (!id.empty()) {
    const Section* it = FindById(*sections, id);
    if (it == nullptr) return Failure(&who, Error::NotFound("no such section"));
    s = *it;
  }
  auto refuse = [&](int status, const std::string& message) {
    return id.empty() ? Sections(who, req, &form, status, message)
                      : SectionForm(who, req, id, &form, status, message);
  };
  s.name = form.Get("name");
  s.slug = form.Get("slug");
  if (s.slug.empty()) s.slug = Slugify(s.name);
  s.parent_id = ParseId(form.Get("parent_id"));
  std::string position = form.Get("position");
  if (position.empty()) {
    s.position = 0;
  } else if (auto v = ParseInt(position)) {
    s.position = *v;
  } else {
    return refuse(422, "Thứ tự phải là một số nguyên.");
  }
  auto saved = newsroom_.SaveSection(who.actor, s);
  if (!saved) {
    if (IsFormRefusal(saved.error())) {
      return refuse(RefusalStatus(saved.error()), RefusalText(saved.error()));
    }
    return Failure(&who, saved.error());
  }
  return Written("/toa-soan/chuyen-muc?da-luu=1");
}

http::Response NewsroomPages::Audit(const Authenticated& who, const http::Request& req) const {
  auto users = newsroom_.ListUsers(who.actor);
  if (!users) return Failure(&who, users.error());
  AuditQuery q;
  q.per_page = kAuditPerPage;
  std::string user = req.QueryParam("nguoi").value_or("");
  std::string action = req.QueryParam("viec").value_or("");
  std::string from = req.QueryParam("tu").value_or("");
  std::string to = req.QueryParam("den").value_or("");
  q.user_id = ParseId(user);
  for (const ActionChoice& c : kActions) {
    if (action == c.value) q.action_prefix = action;
  }
  q.from = ParseVietnamDate(from);
  if (auto end = ParseVietnamDate(to))
    q.to = *end + std::chrono::hours(24) - std::chrono::seconds(1);
  if (auto page = ParseId(req.QueryParam("trang").value_or(""))) {
    q.page = static_cast<int>(std::min<int64_t>(*page, 1'000'000));
  }
  auto entries = newsroom_.ListAudit(who.actor, q);
  if (!entries) return Failure(&who, entries.error());

  std::map<int64_t, std::string> names;
  Page p = Start(&who, "Nhật ký", kNrAudit);
  Dict* c = p.content;
  for (const User& u : *users) {
    names[u.id] = u.username;
    Dict* o = c->AddSectionDictionary("USER_OPTION");
    o->SetIntValue("ID", static_cast<long>(u.id));
    o->SetValue("NAME",
                u.display_name.empty() ? u.username : u.display_name + " (" + u.username + ")");
    if (q.user_id == u.id) o->ShowSection("SELECTED");
  }
  for (const ActionChoice& a : kActions) {
    Dict* o = c->AddSectionDictionary("ACTION_OPTION");
    o->SetValue("VALUE", a.value);
    o->SetValue("LABEL", a.label);
    if (q.action_prefix == a.value) o->ShowSection("SELECTED");
  }
  c->SetValue("FROM", q.from ? from : std::string());
  c->SetValue("TO", q.to ? to : std::string());
  if (entries->items.empty()) c->ShowSection("EMPTY");
  for (const AuditEntry& e : entries->items) {
    Dict* row = c->AddSectionDictionary("ENTRY");
    row->SetValue("AT", FormatVietnamDateTime(e.at));
    std::string name = e.username;
    if (name.empty() && names.count(e.user_id)) name = names[e.user_id];
    row->SetValue("WHO", name.empty() ? std::string("Hệ thống") : name);
    row->SetValue("ACTION", ActionLabel(e.action));
    row->SetValue("TARGET", e.target);
    row->SetValue("DETAIL", e.detail);
    row->SetValue("ADDRESS", e.address);
  }
  if (entries->pages > 1) {
    auto url = [&](int page) {
      return "/toa-soan/nhat-ky?nguoi=" + http::PercentEncode(user) +
             "&viec=" + http::PercentEncode(action) + "&tu=" + http::PercentEncode(from) +
             "&den=" + http::PercentEncode(to) + "&trang=" + std::to_string(page);
    };
    Dict* pager = c->AddSectionDictionary("PAGER");
    pager->SetIntValue("PAGE", entries->page);
    pager->SetIntValue("PAGES", entries->pages);
    if (entries->page > 1) pager->SetValueAndShowSection("URL", url(entries->page - 1), "PREV");
    if (entries->page < entries->pages) {
      pager->SetValueAndShowSection("URL", url(entries->page + 1), "NEXT");
    }
  }
  return Render(200, p);
}

}  // namespace toasoan

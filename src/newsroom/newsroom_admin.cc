// Newsroom: sections, accounts, API tokens and the audit log (administration).

#include <algorithm>
#include <map>
#include <utility>

#include "domain/section.h"
#include "newsroom/article_edit.h"
#include "newsroom/credentials.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_support.h"
#include "text/slug.h"

namespace toasoan {

using newsroom_internal::Denied;
using newsroom_internal::Invalid;
using newsroom_internal::MakeAudit;
using newsroom_internal::Target;

namespace {

constexpr std::size_t kMaxSectionName = 200;
constexpr std::size_t kMaxSlug = 100;
constexpr std::size_t kMaxDisplayName = 100;
constexpr std::size_t kMaxTokenName = 100;

// Lower-case ASCII letters and digits in runs joined by single '-'.
bool IsSlugForm(std::string_view s) {
  if (s.empty() || s.size() > kMaxSlug || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

std::string OptionalId(const std::optional<int64_t>& id) {
  return id ? std::to_string(*id) : "không";
}

std::string YesNo(bool b) { return b ? "có" : "không"; }

// "a → b" appended to `out` as "name: a → b" when they differ.
void NoteChange(std::string* out, std::string_view name, const std::string& before,
                const std::string& after) {
  if (before == after) return;
  if (!out->empty()) *out += "; ";
  *out += std::string(name) + ": " + before + " → " + after;
}

}  // namespace

Result<std::vector<Section>> Newsroom::ListSections(const Actor& actor) {
  // Every account sees the sections (the article form offers them; readers see them
  // all anyway); only an administrator changes them.
  if (actor.user.disabled) {
    return Fail(
        Denied("account " + actor.user.username + " is disabled", "Tài khoản này đã bị khóa."));
  }
  return store_.ListSections();
}

Result<Section> Newsroom::SaveSection(const Actor& actor, const Section& in) {
  TOASOAN_TRY(CheckIsAdmin(actor.user));
  Section s = in;
  auto name = CleanPlainText(in.name, "Tên chuyên mục", kMaxSectionName);
  if (!name) return Fail(name.error());
  if (name->empty()) {
    return Fail(Invalid("a section needs a name", "Tên chuyên mục: xin nhập tên chuyên mục."));
  }
  s.name = std::move(*name);
  if (s.slug.empty()) s.slug = Slugify(s.name, kMaxSlug);
  if (!IsSlugForm(s.slug)) {
    return Fail(Invalid("bad section slug '" + s.slug + "'",
                        "Địa chỉ chuyên mục: chỉ gồm chữ thường không dấu, chữ số và dấu "
                        "gạch ngang, không quá 100 ký tự."));
  }
  if (IsReservedSectionSlug(s.slug)) {
    return Fail(Invalid("reserved section slug '" + s.slug + "'",
                        "Địa chỉ chuyên mục: \"" + s.slug +
                            "\" trùng với đường dẫn của hệ thống; xin chọn địa chỉ khác."));
  }
  std::optional<Section> before;
  if (s.id != 0) {
    auto b = store_.SectionById(s.id);
    if (!b) return Fail(b.error());
    before = std::move(*b);
  }
  auto saved = store_.SaveSection(s);
  if (!saved) {
    const Error& e = saved.error();
    if (e.IsConflict()) {
      return Fail(Error::Conflict(e.message(), "Địa chỉ chuyên mục \"" + s.slug +
                                                   "\" đã được dùng; xin chọn địa chỉ khác."));
    }
    if (e.IsNotFound() && s.parent_id) {
      return Fail(Invalid(e.message(), "Chuyên mục cha: chuyên mục này không tồn tại."));
    }
    if (e.IsInvalidArgument() && e.user_message().empty()) {
      return Fail(
          Invalid(e.message(), "Chuyên mục cha: không thể đặt một chuyên mục dưới chính nó."));
    }
    return Fail(e);
  }
  std::string detail;
  if (before) {
    NoteChange(&detail, "name", before->name, saved->name);
    NoteChange(&detail, "slug", before->slug, saved->slug);
    NoteChange(&detail, "parent", OptionalId(before->parent_id), OptionalId(saved->parent_id));
    NoteChange(&detail, "position", std::to_string(before->position),
               std::to_string(saved->position));
  } else {
    detail = "name: " + saved->name + "; slug: " + saved->slug;
  }
  (void)newsroom_store_.AppendAudit(MakeAudit(actor, before ? "section.updated" : "section.created",
                                              Target("section", saved->id), detail, clock_.Now()));
  return saved;
}

Result<std::vector<User>> Newsroom::ListUsers(const Actor& actor) {
  TOASOAN_TRY(CheckIsAdmin(actor.user));
  return newsroom_store_.ListUsers();
}

namespace {

// The slugs of `ids`, comma separated, for audit details ("quan-uy, huyen-uy").
std::string SectionNames(Store& store, std::vector<int64_t> ids) {
  if (ids.empty()) return "không";
  std::sort(ids.begin(), ids.end());
  std::map<int64_t, std::string> slugs;
  if (auto all = store.ListSections()) {
    for (const Section& s : *all) slugs[s.id] = s.slug;
  }
  std::string out;
  for (int64_t id : ids) {
    if (!out.empty()) out += ", ";
    auto it = slugs.find(id);
    out += it == slugs.end() ? "#" + std::to_string(id) : it->second;
  }
  return out;
}

// The sections must all exist.
Result<void> CheckSections(Store& store, const std::vector<int64_t>& ids) {
  for (int64_t id : ids) {
    auto s = store.SectionById(id);
    if (s) continue;
    if (s.error().IsNotFound()) {
      return Fail(
          Invalid("no section " + std::to_string(id), "Chuyên mục: chuyên mục này không tồn tại."));
    }
    return Fail(s.error());
  }
  return {};
}

}  // namespace

Result<User> Newsroom::CreateUser(const Actor& actor, const User& in, std::string_view password) {
  TOASOAN_TRY(CheckIsAdmin(actor.user));
  User u = in;
  u.id = 0;
  TOASOAN_TRY(ValidateUsername(u.username));
  auto display = CleanPlainText(in.display_name, "Tên hiển thị", kMaxDisplayName);
  if (!display) return Fail(display.error());
  u.display_name = display->empty() ? u.username : std::move(*display);
  std::sort(u.section_ids.begin(), u.section_ids.end());
  u.section_ids.erase(std::unique(u.section_ids.begin(), u.section_ids.end()), u.section_ids.end());
  TOASOAN_TRY(CheckSections(store_, u.section_ids));
  auto hash = HashPassword(password);
  if (!hash) return Fail(hash.error());
  u.created_at = clock_.Now();
  auto created = newsroom_store_.CreateUser(u, *hash);
  if (!created) {
    if (created.error().IsConflict()) {
      return Fail(Error::Conflict(created.error().message(),
                                  "Tên đăng nhập \"" + u.username + "\" đã có người dùng."));
    }
    return Fail(created.error());
  }
  const std::string detail = "role: " + std::string(RoleName(created->role)) +
                             "; sections: " + SectionNames(store_, created->section_ids) +
                             "; disabled: " + YesNo(created->disabled);
  (void)newsroom_store_.AppendAudit(
      MakeAudit(actor, "user.created", Target("user", created->id), detail, clock_.Now()));
  return created;
}

Result<User> Newsroom::UpdateUser(const Actor& actor, const User& in) {
  TOASOAN_TRY(CheckIsAdmin(actor.user));
  auto before = newsroom_store_.UserById(in.id);
  if (!before) return Fail(before.error());
  User u = *before;  // the username and creation time never change here
  auto display = CleanPlainText(in.display_name, "Tên hiển thị", kMaxDisplayName);
  if (!display) return Fail(display.error());
  u.display_name = display->empty() ? u.username : std::move(*display);
  u.role = in.role;
  u.section_ids = in.section_ids;
  std::sort(u.section_ids.begin(), u.section_ids.end());
  u.section_ids.erase(std::unique(u.section_ids.begin(), u.section_ids.end()), u.section_ids.end());
  u.disabled = in.disabled;
  if (u.id == actor.user.id && (u.disabled || u.role != Role::kAdmin)) {
    return Fail(Invalid("an administrator may not lock out or demote themself",
                        "Bạn không thể tự khóa hay hạ quyền tài khoản của chính mình."));
  }
  TOASOAN_TRY(CheckSections(store_, u.section_ids));
  std::string detail;
  NoteChange(&detail, "display_name", before->display_name, u.display_name);
  NoteChange(&detail, "role", std::string(RoleName(before->role)), std::string(RoleName(u.role)));
  NoteChange(&detail, "sections", SectionNames(store_, before->section_ids),
             SectionNames(store_, u.section_ids));
  NoteChange(&detail, "disabled", YesNo(before->disabled), YesNo(u.disabled));
  if (detail.empty()) detail = "không thay đổi";
  return newsroom_store_.UpdateUser(
      u, MakeAudit(actor, "user.updated", Target("user", u.id), detail, clock_.Now()));
}

Result<std::string> Newsroom::CreateApiToken(const Actor& actor, int64_t user_id,
                                             std::string_view name) {
  if (actor.user.id != user_id || actor.user.disabled) {
    TOASOAN_TRY(CheckIsAdmin(actor.user));
  }
  auto user = newsroom_store_.UserById(user_id);
  if (!user) return Fail(user.error());
  auto clean = CleanPlainText(name, "Tên mã truy cập", kMaxTokenName);
  if (!clean) return Fail(clean.error());
  if (clean->empty()) *clean = "API";
  std::string secret = NewSecretToken();
  TOASOAN_TRY(newsroom_store_.CreateApiToken(user_id, TokenDigest(secret), *clean));
  (void)newsroom_store_.AppendAudit(
      MakeAudit(actor, "user.token_created", Target("user", user_id), *clean, clock_.Now()));
  return secret;
}

Result<AuditPage> Newsroom::ListAudit(const Actor& actor, const AuditQuery& q) {
  TOASOAN_TRY(CheckIsAdmin(actor.user));
  return newsroom_store_.ListAudit(q);
}

}  // namespace toasoan

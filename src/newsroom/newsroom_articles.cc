// Newsroom: listing, writing and moving articles through the workflow.

#include <algorithm>
#include <chrono>
#include <utility>

#include "newsroom/article_edit.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_support.h"

namespace toasoan {

using newsroom_internal::Denied;
using newsroom_internal::FormatVietnamTime;
using newsroom_internal::Invalid;
using newsroom_internal::MakeAudit;
using newsroom_internal::SiteSanitizeOptions;
using newsroom_internal::Target;

namespace {

constexpr std::size_t kMaxComment = 2000;
constexpr std::size_t kMaxNote = 500;
// An autosave this close to the same user's newest revision keeps no revision of its own.
constexpr auto kAutosaveRevisionGap = std::chrono::minutes(10);

// The section must exist; an unknown one is the caller's mistake.
Result<void> CheckSectionExists(Store& store, int64_t section_id) {
  auto s = store.SectionById(section_id);
  if (s) return {};
  if (s.error().IsNotFound()) {
    return Fail(Invalid("no section " + std::to_string(section_id),
                        "Chuyên mục: chuyên mục này không tồn tại."));
  }
  return Fail(s.error());
}

}  // namespace

Result<ArticleList> Newsroom::ListArticles(const Actor& actor, NewsroomQuery q) {
  const User& u = actor.user;
  if (u.disabled) {
    return Fail(Denied("account " + u.username + " is disabled", "Tài khoản này đã bị khóa."));
  }
  q.page = std::max(q.page, 1);
  q.per_page = std::clamp(q.per_page, 1, 100);
  ArticleList none;
  none.page = q.page;
  if (u.role != Role::kAdmin) {
    // Only the actor's sections; an empty list would mean all of them.
    std::vector<int64_t> allowed;
    if (q.section_ids.empty()) {
      allowed = u.section_ids;
    } else {
      for (int64_t id : q.section_ids) {
        if (u.InSection(id)) allowed.push_back(id);
      }
    }
    if (allowed.empty()) return none;
    q.section_ids = std::move(allowed);
    if (u.role == Role::kReporter) {
      if (q.author_id && *q.author_id != u.id) return none;
      q.author_id = u.id;
    }
  }
  auto list = newsroom_store_.ListNewsroomArticles(q);
  if (!list) return Fail(list.error());
  // The query already asks for no more; the rules have the last word all the same.
  std::erase_if(list->items, [&](const Article& a) { return !CheckCanView(u, a); });
  return list;
}

Result<Article> Newsroom::GetArticle(const Actor& actor, int64_t id) {
  auto a = store_.ArticleById(id);
  if (!a) return Fail(a.error());
  TOASOAN_TRY(CheckCanView(actor.user, *a));
  return a;
}

Result<Article> Newsroom::CreateArticle(const Actor& actor, const ArticleEdit& edit) {
  if (!edit.section_id) {
    return Fail(Invalid("a new article needs a section", "Chuyên mục: xin chọn chuyên mục."));
  }
  TOASOAN_TRY(CheckCanCreateIn(actor.user, *edit.section_id));
  TOASOAN_TRY(CheckSectionExists(store_, *edit.section_id));
  auto note = CleanPlainText(edit.note, "Ghi chú", kMaxNote);
  if (!note) return Fail(note.error());
  const Timestamp now = clock_.Now();
  Article a;
  a.status = ArticleStatus::kDraft;
  a.author_id = actor.user.id;
  a.created_at = now;
  a.updated_at = now;
  auto edited = ApplyArticleEdit(std::move(a), edit, SiteSanitizeOptions(store_));
  if (!edited) return Fail(edited.error());
  Revision r;
  r.user_id = actor.user.id;
  r.at = now;
  r.title = edited->title;
  r.lead = edited->lead;
  r.body_html = edited->body_html;
  r.note = std::move(*note);
  return newsroom_store_.SaveArticleWithRevision(
      *edited, r, MakeAudit(actor, "article.created", "article:0", edited->title, now));
}

Result<Article> Newsroom::UpdateArticle(const Actor& actor, int64_t id, const ArticleEdit& edit) {
  return SaveEdit(actor, id, edit, "article.updated");
}

Result<Article> Newsroom::SaveEdit(const Actor& actor, int64_t id, const ArticleEdit& edit,
                                   const std::string& action) {
  auto stored = store_.ArticleById(id);
  if (!stored) return Fail(stored.error());
  const Article& a = *stored;
  TOASOAN_TRY(CheckCanEdit(actor.user, a));
  if (edit.section_id && *edit.section_id != a.section_id) {
    TOASOAN_TRY(CheckCanMove(actor.user, a, *edit.section_id));
    TOASOAN_TRY(CheckSectionExists(store_, *edit.section_id));
  }
  auto note = CleanPlainText(edit.note, "Ghi chú", kMaxNote);
  if (!note) return Fail(note.error());
  const Timestamp now = clock_.Now();
  auto edited = ApplyArticleEdit(a, edit, SiteSanitizeOptions(store_));
  if (!edited) return Fail(edited.error());
  edited->updated_at = now;
  AuditEntry audit = MakeAudit(actor, action, Target("article", id), edited->title, now);
  // A reporter who takes up a returned article works on a draft again (workflow.h).
  if (a.status == ArticleStatus::kReturned && actor.user.role == Role::kReporter) {
    Transition back;
    back.to = ArticleStatus::kDraft;
    TOASOAN_TRY(CheckTransition(actor.user, a, back, now));
    *edited = ApplyTransition(std::move(*edited), back, now);
    audit.action = "article.draft";
    audit.detail = "Phóng viên sửa bài bị trả; bài trở lại bản nháp.";
  }
  if (edit.autosave && edited->status == a.status) {
    auto revisions = newsroom_store_.ListRevisions(id);
    if (!revisions) return Fail(revisions.error());
    const Revision* newest = nullptr;
    for (const Revision& r : *revisions) {
      if (newest == nullptr || r.at > newest->at || (r.at == newest->at && r.id > newest->id)) {
        newest = &r;
      }
    }
    if (newest != nullptr && newest->user_id == actor.user.id && newest->at <= now &&
        now - newest->at <= kAutosaveRevisionGap) {
      // Store::SaveArticle records the article's change events (the page cache stays
      // right); no audit entry either: the explicit save that follows writes one.
      return store_.SaveArticle(*edited);
    }
  }
  Revision r;
  r.article_id = id;
  r.user_id = actor.user.id;
  r.at = now;
  r.title = edited->title;
  r.lead = edited->lead;
  r.body_html = edited->body_html;
  r.note = std::move(*note);
  return newsroom_store_.SaveArticleWithRevision(*edited, r, audit);
}

Result<Article> Newsroom::TransitionArticle(const Actor& actor, int64_t id, const Transition& t) {
  auto stored = store_.ArticleById(id);
  if (!stored) return Fail(stored.error());
  Transition clean = t;
  auto comment = CleanPlainText(t.comment, "Nhận xét", kMaxComment);
  if (!comment) return Fail(comment.error());
  clean.comment = std::move(*comment);
  const Timestamp now = clock_.Now();
  TOASOAN_TRY(CheckTransition(actor.user, *stored, clean, now));
  Article moved = ApplyTransition(*stored, clean, now);

  std::string detail;
  if (clean.to == ArticleStatus::kScheduled && clean.at) {
    detail = "hẹn đăng lúc " + FormatVietnamTime(*clean.at);
  }
  if (!clean.comment.empty()) {
    if (!detail.empty()) detail += "; ";
    detail += clean.comment;
  }
  Revision r;
  r.article_id = id;
  r.user_id = actor.user.id;
  r.at = now;
  r.title = moved.title;
  r.lead = moved.lead;
  r.body_html = moved.body_html;
  r.note = clean.comment.empty() ? std::string(ArticleStatusLabel(clean.to))
                                 : std::string(ArticleStatusLabel(clean.to)) + ": " + clean.comment;
  return newsroom_store_.SaveArticleWithRevision(
      moved, r,
      MakeAudit(actor, "article." + std::string(ArticleStatusName(clean.to)), Target("article", id),
                detail, now));
}

Result<int> Newsroom::PublishDue() {
  const Timestamp now = clock_.Now();
  auto due = newsroom_store_.DueScheduled(now);
  if (!due) return Fail(due.error());
  int published = 0;
  for (const Article& listed : *due) {
    // Read it whole and afresh: an editor may have moved it since the listing.
    auto a = store_.ArticleById(listed.id);
    if (!a) {
      if (a.error().IsNotFound()) continue;
      return Fail(a.error());
    }
    if (a->status != ArticleStatus::kScheduled || !a->scheduled_at || *a->scheduled_at > now) {
      continue;
    }
    Transition t;
    t.to = ArticleStatus::kPublished;
    Article moved = ApplyTransition(*a, t, now);
    Revision r;
    r.article_id = a->id;
    r.user_id = 0;
    r.at = now;
    r.title = moved.title;
    r.lead = moved.lead;
    r.body_html = moved.body_html;
    r.note = "Đăng theo lịch";
    AuditEntry audit;
    audit.at = now;
    audit.action = "article.published";
    audit.target = Target("article", a->id);
    audit.detail = "theo lịch";
    auto saved = newsroom_store_.SaveArticleWithRevision(moved, r, audit);
    if (!saved) return Fail(saved.error());
    ++published;
  }
  return published;
}

}  // namespace toasoan

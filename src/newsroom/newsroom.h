#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/user.h"
#include "domain/workflow.h"
#include "newsroom/sign_in_throttle.h"
#include "proofread/warning.h"
#include "store/newsroom_store.h"
#include "store/store.h"
#include "text/word_diff.h"

namespace toasoan {

// Who acts, and from where (for the audit log).
struct Actor {
  User user;
  std::string address;
};

// How long a session lives: `idle` after its last use, `absolute` after sign-in; and
// how sign-in guessing is slowed (sign_in_throttle.h). Tests shorten them (serve flags).
struct SessionPolicy {
  std::chrono::seconds idle = std::chrono::hours(2);
  std::chrono::seconds absolute = std::chrono::hours(12);
  int sign_in_max_failures = 5;
  std::chrono::seconds sign_in_window = std::chrono::minutes(15);
};

// A successful sign-in: the secret the browser keeps (cookie) and the CSRF token that
// forms and unsafe API calls send back.
struct SignedIn {
  User user;
  std::string session_token;
  std::string csrf_token;
};

// A signed-in request: the account and, for sessions, the CSRF token it must present
// on unsafe calls (empty for API tokens, which are not sent by browsers on their own).
struct Authenticated {
  Actor actor;
  std::string csrf_token;
  std::string session_digest;  // empty for API tokens
};

// What a save sends: fields left nullopt keep their stored value (PATCH); for a new
// article, title and section are required. Body, lead and captions go through the
// sanitizer (html/sanitizer.h); all text is NFC on the way in.
struct ArticleEdit {
  std::optional<std::string> title;
  std::optional<std::string> lead;
  std::optional<std::string> body_html;
  std::optional<int64_t> section_id;
  std::optional<std::vector<std::string>> bylines;
  std::optional<std::vector<Photo>> photos;  // caption, credit, alt, file, position
  std::string note;                          // kept on the revision
  // An autosave from the editor: the article is saved, but no revision is kept when the
  // newest revision of the article is this user's and at most 10 minutes old (the next
  // explicit save keeps one). A save that also moves the article (a returned article
  // back to draft) always keeps its revision.
  bool autosave = false;
};

// Article text not saved yet (the article form as typed), to proofread.
struct ProofreadDraft {
  std::string title;
  std::string lead;
  std::string body_html;
};

// A word-level comparison of two revisions.
struct RevisionComparison {
  Revision from, to;
  std::vector<DiffPiece> title, lead, body;  // body compared as text (html/html_text.h)
};

// Every newsroom action, for pages and the Admin API alike: each checks who may do it
// (domain/workflow.h) before it reads or changes anything, writes an audit entry for
// what the issue names (sign-ins and failures, transitions, account, role and section
// changes), and keeps a revision on every article save. A refusal is kPermissionDenied
// and changes nothing; a move the workflow does not have is kConflict; bad input is
// kInvalidArgument with a Vietnamese user message; an unknown id is kNotFound (also for
// an article the actor may not see, in listings; a direct read of one in another
// section is kPermissionDenied). Thread-safe.
class Newsroom {
 public:
  Newsroom(Store& store, NewsroomStore& newsroom_store, const Clock& clock,
           SessionPolicy policy = {});

  // Sign-in. The same kUnauthenticated answer ("Tên đăng nhập hoặc mật khẩu không
  // đúng.") for an unknown user, a wrong password and a disabled account; kTooMany with
  // the minutes to wait when throttled (sign_in_throttle.h), before any hashing. Audits
  // "sign_in" or "sign_in_failed".
  Result<SignedIn> SignIn(std::string_view username, std::string_view password,
                          const std::string& address);
  // The session for a cookie value: kUnauthenticated when unknown, expired (idle or
  // absolute; an expired session is deleted) or its account is disabled or gone. Touches
  // it (last_seen_at is written at most once a minute, so idle expiry is exact to within
  // a minute).
  Result<Authenticated> AuthenticateSession(std::string_view session_token,
                                            const std::string& address);
  // The account of an API token (csrf_token and session_digest empty);
  // kUnauthenticated when unknown or its account is disabled.
  Result<Authenticated> AuthenticateApiToken(std::string_view bearer_token,
                                             const std::string& address);
  // Ends the session (nothing happens for an unknown token).
  Result<void> SignOut(std::string_view session_token);
  // Needs the current password (a wrong one is kInvalidArgument and counts toward the
  // sign-in throttle, kTooMany when held); the new one must pass HashPassword's rules.
  // Ends the account's other sessions; the one in `who` stays. Audits
  // "user.password_changed".
  Result<void> ChangePassword(const Authenticated& who, std::string_view current,
                              std::string_view replacement);

  // Articles. Titles, leads, captions, credits, alt texts, bylines, notes and comments
  // are stored as plain NFC text (markup dropped, white space collapsed: see
  // newsroom/article_edit.h, which also has the length limits); the body as
  // SanitizeBodyHtml makes it, with the site's base URL from the settings.
  // What the actor may see: its sections' articles (a reporter: only own ones). The
  // query is narrowed, never widened: sections outside the actor's give nothing.
  // per_page is clamped to 1..100.
  Result<ArticleList> ListArticles(const Actor& actor, NewsroomQuery q);
  Result<Article> GetArticle(const Actor& actor, int64_t id);
  // A draft by the actor in edit.section_id (required, must exist); audits
  // "article.created" (target "article:ID", detail the title).
  Result<Article> CreateArticle(const Actor& actor, const ArticleEdit& edit);
  // Audits "article.updated"; a reporter's edit of a returned article takes it back to
  // draft and audits "article.draft" instead. The slug follows the title until the
  // article is first published.
  Result<Article> UpdateArticle(const Actor& actor, int64_t id, const ArticleEdit& edit);
  // Audits "article.<status>" with the comment (and the time, when scheduling); the
  // revision note is the status's name and the comment. The comment is cleaned before
  // CheckTransition judges it (a comment of markup only is no comment).
  Result<Article> TransitionArticle(const Actor& actor, int64_t id, const Transition& t);
  Result<std::vector<Revision>> ListRevisions(const Actor& actor, int64_t article_id);
  Result<Revision> GetRevision(const Actor& actor, int64_t article_id, int64_t revision_id);
  Result<RevisionComparison> CompareRevisions(const Actor& actor, int64_t article_id,
                                              int64_t from_id, int64_t to_id);
  // A revision of another article is kNotFound. Compare: from_id's side is "removed".
  // Restore saves the revision's title, lead and body as a new revision (note "Khôi
  // phục từ phiên bản #ID"), with UpdateArticle's checks; audits "article.restored".
  Result<Article> RestoreRevision(const Actor& actor, int64_t article_id, int64_t revision_id);

  // Proofreading (proofread/proofreader.h): advice only, never a condition of saving.
  // The text is the title, the lead and the body's lines (html/HtmlToText), in the
  // engine's default tone style (the site has no tone setting yet), spell-checked with
  // Debian's hunspell-vi when it is installed (opened once, shared). The warnings
  // dismissed for the article are left out.
  // ProofreadArticle reads the stored article (CheckCanView).
  Result<std::vector<ProofWarning>> ProofreadArticle(const Actor& actor, int64_t article_id);
  // Unsaved text; with `article_id`, that article's dismissals apply (CheckCanView). The
  // title and lead are read as given (positions point into them); a body the sanitizer
  // refuses (too large, too deep) is kInvalidArgument.
  Result<std::vector<ProofWarning>> ProofreadUnsaved(const Actor& actor, const ProofreadDraft& text,
                                                     std::optional<int64_t> article_id);
  // Hides (Dismiss) or shows again (Restore) the warning with ProofWarning::Key() `key`
  // for the article (CheckCanEdit); both idempotent. A key not of the form
  // "rule|field|paragraph|found" with a known rule and field is kInvalidArgument. Audits
  // "proofread.dismissed" / "proofread.restored" (target "article:ID", detail the rule,
  // field, paragraph and text found) when the call changed something.
  Result<void> DismissWarning(const Actor& actor, int64_t article_id, std::string_view key);
  Result<void> RestoreWarning(const Actor& actor, int64_t article_id, std::string_view key);

  // Sections. Any active account may list them (the article form offers them); only an
  // administrator saves. A missing slug is made from the name; a slug must be lower-case
  // ASCII words joined by '-' and not one the site reserves (kInvalidArgument), nor taken
  // (kConflict). Audits "section.created" / "section.updated" with before → after.
  Result<std::vector<Section>> ListSections(const Actor& actor);
  Result<Section> SaveSection(const Actor& actor, const Section& s);

  // Accounts (admin). Audits "user.created", "user.updated" (role, sections,
  // disabled, with before → after). Disabling ends the account's sessions at once
  // (API tokens of a disabled account stop working too). The username never changes
  // after creation; an administrator may not disable or demote themself
  // (kInvalidArgument). A taken username is kConflict; unknown sections are
  // kInvalidArgument.
  Result<std::vector<User>> ListUsers(const Actor& actor);
  Result<User> CreateUser(const Actor& actor, const User& u, std::string_view password);
  Result<User> UpdateUser(const Actor& actor, const User& u);
  // A new API token for the account (admin, or the account itself); returns the secret,
  // shown once. Audits "user.token_created" with its name.
  Result<std::string> CreateApiToken(const Actor& actor, int64_t user_id, std::string_view name);

  // Audit log (admin).
  Result<AuditPage> ListAudit(const Actor& actor, const AuditQuery& q);

  // Publishes the scheduled articles whose time has come (the server's timer calls it
  // every few seconds), each with published_at its scheduled time; keeps a revision
  // ("Đăng theo lịch") and audits each as "article.published" by the system (user 0,
  // detail "theo lịch"). Returns how many it published.
  Result<int> PublishDue();

 private:
  // The save behind UpdateArticle and RestoreRevision: checks, cleans, keeps a revision
  // with `edit.note` and audits `action` (or the transition a reporter's edit of a
  // returned article makes).
  Result<Article> SaveEdit(const Actor& actor, int64_t id, const ArticleEdit& edit,
                           const std::string& action);

  Store& store_;
  NewsroomStore& newsroom_store_;
  const Clock& clock_;
  SessionPolicy policy_;
  SignInThrottle throttle_;
};

}  // namespace toasoan

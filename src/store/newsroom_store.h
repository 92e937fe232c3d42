#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "domain/user.h"
#include "store/store.h"

namespace toasoan {

// A server-side sign-in session. The store keeps only the digest of its token.
struct Session {
  std::string token_digest;  // TokenDigest(cookie value)
  int64_t user_id = 0;
  std::string csrf_token;  // sent back by forms and unsafe API calls
  Timestamp created_at{};
  Timestamp last_seen_at{};
  std::string address;  // where it signed in from
};

// One saved state of an article: every save keeps one.
struct Revision {
  int64_t id = 0;
  int64_t article_id = 0;
  int64_t user_id = 0;  // who saved it (0: the importer)
  Timestamp at{};
  std::string title;
  std::string lead;
  std::string body_html;
  std::string note;  // "restored from revision 12", a return comment …
};

// An append-only record of who did what, when, from where.
struct AuditEntry {
  int64_t id = 0;
  Timestamp at{};
  int64_t user_id = 0;   // 0 when nobody is signed in (a failed sign-in)
  std::string username;  // as typed for failed sign-ins
  std::string action;    // "sign_in", "sign_in_failed", "article.published", "user.created" …
  std::string target;    // "article:12", "user:3", "section:2"
  std::string detail;    // a sentence or JSON with the specifics
  std::string address;
};

struct AuditQuery {
  std::optional<int64_t> user_id;
  std::string action_prefix;          // "article." for all article events
  std::optional<Timestamp> from, to;  // from inclusive, to exclusive
  int page = 1;
  int per_page = 50;
};

struct AuditPage {
  std::vector<AuditEntry> items;
  int page = 1;
  int pages = 1;
};

// The newsroom's articles, any status, as an account may list them.
struct NewsroomQuery {
  std::vector<int64_t> section_ids;  // empty: all sections
  std::optional<ArticleStatus> status;
  std::optional<int64_t> author_id;
  std::string text;  // words of the title, loosely (no diacritics needed)
  int page = 1;
  int per_page = 30;
};

// Storage of the newsroom: accounts, sessions, API tokens, revisions and the audit log,
// beside the portal's Store. Same threading and durability contract as Store. Writes
// that change an article also keep its revision, its audit entry and its change event in
// the same transaction, so none is ever missing for an acknowledged save.
class NewsroomStore {
 public:
  virtual ~NewsroomStore() = default;

  // Accounts. CreateUser fails with kConflict on a taken username.
  virtual Result<User> CreateUser(const User& u, const std::string& password_hash) = 0;
  virtual Result<User> UserById(int64_t id) = 0;
  virtual Result<User> UserByUsername(std::string_view username) = 0;
  virtual Result<std::vector<User>> ListUsers() = 0;
  // Display name, role, sections, disabled (not the username), with `audit`, in one
  // transaction; disabling also ends the account's sessions in it.
  virtual Result<User> UpdateUser(const User& u, const AuditEntry& audit) = 0;
  virtual Result<std::string> PasswordHashOf(int64_t user_id) = 0;
  virtual Result<void> SetPasswordHash(int64_t user_id, const std::string& hash) = 0;

  // Sessions.
  virtual Result<void> CreateSession(const Session& s) = 0;
  virtual Result<std::optional<Session>> SessionByDigest(std::string_view token_digest) = 0;
  virtual Result<void> TouchSession(std::string_view token_digest, Timestamp at) = 0;
  virtual Result<void> DeleteSession(std::string_view token_digest) = 0;
  virtual Result<void> DeleteSessionsOf(int64_t user_id) = 0;

  // API tokens for integrations (Authorization: Bearer).
  virtual Result<void> CreateApiToken(int64_t user_id, std::string_view token_digest,
                                      std::string_view name) = 0;
  virtual Result<std::optional<int64_t>> UserIdByApiToken(std::string_view token_digest) = 0;

  // Articles in the newsroom, newest updated first. Items carry bylines and photos but
  // an empty body_html (read one with Store::ArticleById for its body).
  virtual Result<ArticleList> ListNewsroomArticles(const NewsroomQuery& q) = 0;
  // Saves `a` (as Store::SaveArticle), its revision (article_id set to the saved
  // article's) and `audit` (a target "article:0" becomes the new id), atomically.
  virtual Result<Article> SaveArticleWithRevision(const Article& a, const Revision& r,
                                                  const AuditEntry& audit) = 0;
  virtual Result<std::vector<Revision>> ListRevisions(int64_t article_id) = 0;
  virtual Result<Revision> RevisionById(int64_t id) = 0;
  // Scheduled articles whose time has come (scheduled_at <= now), oldest first, at most
  // 100 per call.
  virtual Result<std::vector<Article>> DueScheduled(Timestamp now) = 0;

  // Proofreading warnings an editor dismissed for an article (ProofWarning::Key()s,
  // proofread/warning.h), in key order. Dismissing is idempotent and kNotFound for an
  // unknown article; restoring an undismissed key changes nothing. Each writes `audit` in
  // its transaction when, and only when, it changed something (a second dismissal of
  // the same key is not audited again).
  virtual Result<std::vector<std::string>> DismissedWarnings(int64_t article_id) = 0;
  virtual Result<void> DismissWarning(int64_t article_id, std::string_view key, int64_t user_id,
                                      Timestamp at, const AuditEntry& audit) = 0;
  virtual Result<void> RestoreWarning(int64_t article_id, std::string_view key,
                                      const AuditEntry& audit) = 0;

  // Audit log.
  virtual Result<void> AppendAudit(const AuditEntry& e) = 0;
  virtual Result<AuditPage> ListAudit(const AuditQuery& q) = 0;
};

}  // namespace toasoan

// SqliteStore: imports of article text exports that respect the newsroom's changes.

#include <optional>
#include <string>
#include <utility>

#include "store/sqlite/article_rows.h"
#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Transaction;

// The article with `import_key`, read inside the caller's transaction.
Result<std::optional<Article>> ArticleWithKey(Database& db, std::string_view import_key) {
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " TOASOAN_ARTICLE_COLUMNS
                                         " FROM articles WHERE import_key = ?1"));
  TOASOAN_TRY(stmt->BindAll(import_key));
  ASSIGN_OR_RETURN(auto articles, sqlite::ReadArticles(db, *stmt));
  if (articles.empty()) return std::optional<Article>();
  return std::optional<Article>(std::move(articles.front()));
}

Result<Article> ArticleWithId(Database& db, int64_t id) {
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT " TOASOAN_ARTICLE_COLUMNS " FROM articles WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  ASSIGN_OR_RETURN(auto articles, sqlite::ReadArticles(db, *stmt));
  if (articles.empty()) return Fail(Error::NotFound("no article with id " + std::to_string(id)));
  return std::move(articles.front());
}

Result<std::optional<std::string>> RecordedFingerprint(Database& db, int64_t article_id) {
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT fingerprint FROM article_imports WHERE article_id = ?1"));
  TOASOAN_TRY(stmt->BindAll(article_id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->ColumnText(0));
}

Result<bool> HasRevisions(Database& db, int64_t article_id) {
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT EXISTS (SELECT 1 FROM revisions WHERE article_id = ?1)"));
  TOASOAN_TRY(stmt->BindAll(article_id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  return row && stmt->ColumnInt64(0) != 0;
}

Result<void> AddImporterRevision(Database& db, const Article& a, Timestamp at,
                                 const std::string& note) {
  ASSIGN_OR_RETURN(auto insert,
                   db.Prepare("INSERT INTO revisions (article_id, user_id, at, title, lead, "
                              "body_html, note) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6)"));
  TOASOAN_TRY(insert->BindAll(a.id, ToUnixSeconds(at), a.title, a.lead, a.body_html, note));
  return insert->Run();
}

}  // namespace

Result<ImportSaved> SqliteStore::SaveImport(const ImportRequest& r) {
  if (r.article.import_key.empty()) {
    return Fail(Error::InvalidArgument("an imported article needs its import key"));
  }
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(std::optional<Article> current, ArticleWithKey(db, r.article.import_key));
  std::optional<std::string> recorded;
  bool has_revisions = false;
  if (current) {
    ASSIGN_OR_RETURN(recorded, RecordedFingerprint(db, current->id));
    ASSIGN_OR_RETURN(has_revisions, HasRevisions(db, current->id));
  }
  ImportPlan plan = PlanImport(r.article, current, recorded, has_revisions, r.force);
  const Timestamp now = clock_.Now();
  ImportSaved out;
  out.action = plan.action;
  int64_t id = current ? current->id : 0;
  const bool writes = plan.action == ImportAction::kCreated ||
                      plan.action == ImportAction::kUpdated ||
                      plan.action == ImportAction::kOverwritten;
  if (writes) {
    if (plan.action == ImportAction::kOverwritten) {
      TOASOAN_TRY(AddImporterRevision(
          db, *current, now,
          "Bản trong tòa soạn trước khi nhập lại từ tệp " + r.article.import_key + " (--force)"));
    }
    ASSIGN_OR_RETURN(Article saved, SaveArticleInTransaction(plan.next));
    id = saved.id;
    if (plan.action == ImportAction::kOverwritten) {
      TOASOAN_TRY(AddImporterRevision(db, saved, now,
                                      "Nhập lại từ tệp " + r.article.import_key + " (--force)"));
      AuditEntry audit;
      audit.at = now;
      audit.action = "article.import_forced";
      audit.target = "article:" + std::to_string(id);
      audit.detail = "nhập lại từ tệp " + r.article.import_key +
                     ", ghi đè bản đã sửa trong tòa soạn (bản trước được lưu thành phiên bản)";
      audit.address = "cli";
      TOASOAN_TRY(AppendAuditInTransaction(audit));
    }
  }
  // What is stored now, read back as any reader will: the record fingerprints that.
  if (writes || plan.record) {
    ASSIGN_OR_RETURN(out.article, ArticleWithId(db, id));
  } else {
    out.article = std::move(*current);
  }
  if (plan.record) {
    ASSIGN_OR_RETURN(auto upsert,
                     db.Prepare("INSERT INTO article_imports (article_id, fingerprint, "
                                "imported_at) VALUES (?1, ?2, ?3) ON CONFLICT (article_id) "
                                "DO UPDATE SET fingerprint = excluded.fingerprint, "
                                "imported_at = excluded.imported_at"));
    TOASOAN_TRY(upsert->BindAll(id, ImportFingerprint(out.article), ToUnixSeconds(now)));
    TOASOAN_TRY(upsert->Run());
  }
  TOASOAN_TRY(txn.Commit());
  return out;
}

}  // namespace toasoan

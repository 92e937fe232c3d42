// SqliteStore: saves that keep a revision and an audit entry, and reading revisions.

#include <string>

#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

#define REVISION_COLUMNS "id, article_id, user_id, at, title, lead, body_html, note"

Revision ReadRevisionRow(const Statement& stmt) {
  Revision r;
  r.id = stmt.ColumnInt64(0);
  r.article_id = stmt.ColumnInt64(1);
  r.user_id = stmt.ColumnInt64(2);
  r.at = FromUnixSeconds(stmt.ColumnInt64(3));
  r.title = stmt.ColumnText(4);
  r.lead = stmt.ColumnText(5);
  r.body_html = stmt.ColumnText(6);
  r.note = stmt.ColumnText(7);
  return r;
}

}  // namespace

Result<Article> SqliteStore::SaveArticleWithRevision(const Article& a, const Revision& r,
                                                     const AuditEntry& audit) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(Article saved, SaveArticleInTransaction(a));
  {
    const Timestamp at = r.at == Timestamp{} ? clock_.Now() : r.at;
    ASSIGN_OR_RETURN(auto insert,
                     db.Prepare("INSERT INTO revisions (article_id, user_id, at, title, lead, "
                                "body_html, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    TOASOAN_TRY(insert->BindAll(saved.id, r.user_id, ToUnixSeconds(at), r.title, r.lead,
                                r.body_html, r.note));
    TOASOAN_TRY(insert->Run());
  }
  AuditEntry entry = audit;
  // A new article's audit target names it once it has an id.
  if (entry.target == "article:0" || entry.target == "article:") {
    entry.target = "article:" + std::to_string(saved.id);
  }
  TOASOAN_TRY(AppendAuditInTransaction(entry));
  TOASOAN_TRY(txn.Commit());
  return saved;
}

Result<std::vector<Revision>> SqliteStore::ListRevisions(int64_t article_id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT " REVISION_COLUMNS " FROM revisions "
                                                  "WHERE article_id = ?1 ORDER BY id"));
  TOASOAN_TRY(stmt->BindAll(article_id));
  std::vector<Revision> revisions;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    revisions.push_back(ReadRevisionRow(*stmt));
  }
  return revisions;
}

Result<Revision> SqliteStore::RevisionById(int64_t id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT " REVISION_COLUMNS " FROM revisions WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return Fail(Error::NotFound("no revision with id " + std::to_string(id)));
  return ReadRevisionRow(*stmt);
}

}  // namespace toasoan

#undef REVISION_COLUMNS

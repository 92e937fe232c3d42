// SqliteStore: the proofreading warnings editors dismissed, per article.

#include <string>
#include <vector>

#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {

using sqlite::Database;
using sqlite::Transaction;

Result<std::vector<std::string>> SqliteStore::DismissedWarnings(int64_t article_id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT warning_key FROM proofread_dismissals "
                                                  "WHERE article_id = ?1 ORDER BY warning_key"));
  TOASOAN_TRY(stmt->BindAll(article_id));
  std::vector<std::string> keys;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    keys.push_back(stmt->ColumnText(0));
  }
  return keys;
}

Result<void> SqliteStore::DismissWarning(int64_t article_id, std::string_view key, int64_t user_id,
                                         Timestamp at, const AuditEntry& audit) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto insert,
                   db.Prepare("INSERT INTO proofread_dismissals (article_id, warning_key, "
                              "dismissed_by, dismissed_at) VALUES (?1, ?2, ?3, ?4) "
                              "ON CONFLICT (article_id, warning_key) DO NOTHING"));
  TOASOAN_TRY(insert->BindAll(article_id, key, user_id, ToUnixSeconds(at)));
  auto inserted = insert->Run();
  if (!inserted) {
    if (inserted.error().code() == ErrorCode::kNotFound) {
      return Fail(Error::NotFound("no article with id " + std::to_string(article_id)));
    }
    return Fail(inserted.error());
  }
  // Audited only when this call dismissed it (not on an idempotent repeat).
  if (db.Changes() > 0) TOASOAN_TRY(AppendAuditInTransaction(audit));
  return txn.Commit();
}

Result<void> SqliteStore::RestoreWarning(int64_t article_id, std::string_view key,
                                         const AuditEntry& audit) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto remove, db.Prepare("DELETE FROM proofread_dismissals "
                                           "WHERE article_id = ?1 AND warning_key = ?2"));
  TOASOAN_TRY(remove->BindAll(article_id, key));
  TOASOAN_TRY(remove->Run());
  if (db.Changes() > 0) TOASOAN_TRY(AppendAuditInTransaction(audit));
  return txn.Commit();
}

}  // namespace toasoan

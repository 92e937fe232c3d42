// SqliteStore: the append-only audit log.

#include <algorithm>
#include <limits>
#include <string>

#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Transaction;

constexpr int kMaxAuditPerPage = 200;

// The filters of ListAudit, bound as ?1 user (NULL: any), ?2 action prefix, ?3 from,
// ?4 to. The prefix matches with substr rather than LIKE, so '_' and '%' are literal.
#define AUDIT_WHERE                      \
  " WHERE (?1 IS NULL OR user_id = ?1) " \
  "AND (?2 = '' OR substr(action, 1, length(?2)) = ?2) AND at >= ?3 AND at < ?4"

}  // namespace

Result<void> SqliteStore::AppendAuditInTransaction(const AuditEntry& e) {
  Database& db = *writer_;
  const Timestamp at = e.at == Timestamp{} ? clock_.Now() : e.at;
  ASSIGN_OR_RETURN(auto insert,
                   db.Prepare("INSERT INTO audit_log (at, user_id, username, action, target, "
                              "detail, address) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  TOASOAN_TRY(insert->BindAll(ToUnixSeconds(at), e.user_id, e.username, e.action, e.target,
                              e.detail, e.address));
  return insert->Run();
}

Result<void> SqliteStore::AppendAudit(const AuditEntry& e) {
  std::lock_guard lock(write_mu_);
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(*writer_, Transaction::Kind::kWrite));
  TOASOAN_TRY(AppendAuditInTransaction(e));
  return txn.Commit();
}

Result<AuditPage> SqliteStore::ListAudit(const AuditQuery& q) {
  const int per_page = std::clamp(q.per_page, 1, kMaxAuditPerPage);
  AuditPage out;
  out.page = std::max(q.page, 1);
  const int64_t from = q.from ? ToUnixSeconds(*q.from) : std::numeric_limits<int64_t>::min();
  const int64_t to = q.to ? ToUnixSeconds(*q.to) : std::numeric_limits<int64_t>::max();

  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  int64_t total = 0;
  {
    ASSIGN_OR_RETURN(auto count, db.Prepare("SELECT COUNT(*) FROM audit_log" AUDIT_WHERE));
    TOASOAN_TRY(count->BindAll(q.user_id, q.action_prefix, from, to));
    ASSIGN_OR_RETURN(bool row, count->Step());
    if (row) total = count->ColumnInt64(0);
  }
  out.pages = static_cast<int>(std::max<int64_t>(1, (total + per_page - 1) / per_page));
  if (out.page > out.pages) return out;

  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT id, at, user_id, username, action, target, "
                                         "detail, address FROM audit_log" AUDIT_WHERE
                                         " ORDER BY id DESC LIMIT ?5 OFFSET ?6"));
  TOASOAN_TRY(stmt->BindAll(q.user_id, q.action_prefix, from, to, per_page,
                            static_cast<int64_t>(out.page - 1) * per_page));
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    AuditEntry e;
    e.id = stmt->ColumnInt64(0);
    e.at = FromUnixSeconds(stmt->ColumnInt64(1));
    e.user_id = stmt->ColumnInt64(2);
    e.username = stmt->ColumnText(3);
    e.action = stmt->ColumnText(4);
    e.target = stmt->ColumnText(5);
    e.detail = stmt->ColumnText(6);
    e.address = stmt->ColumnText(7);
    out.items.push_back(std::move(e));
  }
  return out;
}

}  // namespace toasoan

#undef AUDIT_WHERE

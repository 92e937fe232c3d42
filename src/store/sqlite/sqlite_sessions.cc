// SqliteStore: sign-in sessions and API tokens, kept by the digests of their secrets.

#include <string>

#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {

using sqlite::Database;
using sqlite::Transaction;

Result<void> SqliteStore::CreateSession(const Session& s) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto insert,
                   db.Prepare("INSERT INTO sessions (token_digest, user_id, csrf_token, "
                              "created_at, last_seen_at, address) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  TOASOAN_TRY(insert->BindAll(s.token_digest, s.user_id, s.csrf_token, ToUnixSeconds(s.created_at),
                              ToUnixSeconds(s.last_seen_at), s.address));
  auto inserted = insert->Run();
  if (!inserted) {
    if (inserted.error().code() == ErrorCode::kNotFound) {
      return Fail(Error::NotFound("no user with id " + std::to_string(s.user_id)));
    }
    return Fail(inserted.error());
  }
  return txn.Commit();
}

Result<std::optional<Session>> SqliteStore::SessionByDigest(std::string_view token_digest) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT user_id, csrf_token, created_at, last_seen_at, "
                                       "address FROM sessions WHERE token_digest = ?1"));
  TOASOAN_TRY(stmt->BindAll(token_digest));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<Session>();
  Session s;
  s.token_digest = std::string(token_digest);
  s.user_id = stmt->ColumnInt64(0);
  s.csrf_token = stmt->ColumnText(1);
  s.created_at = FromUnixSeconds(stmt->ColumnInt64(2));
  s.last_seen_at = FromUnixSeconds(stmt->ColumnInt64(3));
  s.address = stmt->ColumnText(4);
  return std::optional<Session>(std::move(s));
}

Result<void> SqliteStore::TouchSession(std::string_view token_digest, Timestamp at) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto update,
                   db.Prepare("UPDATE sessions SET last_seen_at = ?1 WHERE token_digest = ?2"));
  TOASOAN_TRY(update->BindAll(ToUnixSeconds(at), token_digest));
  TOASOAN_TRY(update->Run());
  if (db.Changes() == 0) return Fail(Error::NotFound("no such session"));
  return txn.Commit();
}

Result<void> SqliteStore::DeleteSession(std::string_view token_digest) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto remove, db.Prepare("DELETE FROM sessions WHERE token_digest = ?1"));
  TOASOAN_TRY(remove->BindAll(token_digest));
  TOASOAN_TRY(remove->Run());
  return txn.Commit();
}

Result<void> SqliteStore::DeleteSessionsOf(int64_t user_id) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto remove, db.Prepare("DELETE FROM sessions WHERE user_id = ?1"));
  TOASOAN_TRY(remove->BindAll(user_id));
  TOASOAN_TRY(remove->Run());
  return txn.Commit();
}

Result<void> SqliteStore::CreateApiToken(int64_t user_id, std::string_view token_digest,
                                         std::string_view name) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto insert, db.Prepare("INSERT INTO api_tokens (token_digest, user_id, name, "
                                           "created_at) VALUES (?1, ?2, ?3, ?4)"));
  TOASOAN_TRY(insert->BindAll(token_digest, user_id, name, ToUnixSeconds(clock_.Now())));
  auto inserted = insert->Run();
  if (!inserted) {
    if (inserted.error().code() == ErrorCode::kNotFound) {
      return Fail(Error::NotFound("no user with id " + std::to_string(user_id)));
    }
    return Fail(inserted.error());
  }
  return txn.Commit();
}

Result<std::optional<int64_t>> SqliteStore::UserIdByApiToken(std::string_view token_digest) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT user_id FROM api_tokens WHERE token_digest = ?1"));
  TOASOAN_TRY(stmt->BindAll(token_digest));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<int64_t>();
  return std::optional<int64_t>(stmt->ColumnInt64(0));
}

}  // namespace toasoan

// SqliteStore: newsroom accounts and their sections.

#include <string>
#include <utility>

#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

#define USER_COLUMNS "id, username, display_name, role, disabled, created_at"

Result<User> ReadUserRow(const Statement& stmt) {
  User u;
  u.id = stmt.ColumnInt64(0);
  u.username = stmt.ColumnText(1);
  u.display_name = stmt.ColumnText(2);
  auto role = ParseRole(stmt.ColumnText(3));
  if (!role) {
    return Fail(Error::Corruption("user " + std::to_string(u.id) + ": " + role.error().message()));
  }
  u.role = *role;
  u.disabled = stmt.ColumnInt64(4) != 0;
  u.created_at = FromUnixSeconds(stmt.ColumnInt64(5));
  return u;
}

Result<void> ReadSectionsOf(Database& db, User& u) {
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT section_id FROM user_sections "
                                         "WHERE user_id = ?1 ORDER BY section_id"));
  TOASOAN_TRY(stmt->BindAll(u.id));
  u.section_ids.clear();
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    u.section_ids.push_back(stmt->ColumnInt64(0));
  }
  return {};
}

// The one user `stmt` (bound, selecting USER_COLUMNS) finds, with its sections.
Result<User> ReadOneUser(Database& db, Statement& stmt, const std::string& what) {
  ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Fail(Error::NotFound("no user with " + what));
  ASSIGN_OR_RETURN(User u, ReadUserRow(stmt));
  stmt.Reset();
  TOASOAN_TRY(ReadSectionsOf(db, u));
  return u;
}

}  // namespace

Result<void> SqliteStore::ReplaceUserSections(int64_t user_id,
                                              const std::vector<int64_t>& section_ids) {
  Database& db = *writer_;
  {
    ASSIGN_OR_RETURN(auto clear, db.Prepare("DELETE FROM user_sections WHERE user_id = ?1"));
    TOASOAN_TRY(clear->BindAll(user_id));
    TOASOAN_TRY(clear->Run());
  }
  ASSIGN_OR_RETURN(auto insert, db.Prepare("INSERT INTO user_sections (user_id, section_id) "
                                           "VALUES (?1, ?2) ON CONFLICT DO NOTHING"));
  for (int64_t section_id : section_ids) {
    insert->Reset();
    TOASOAN_TRY(insert->BindAll(user_id, section_id));
    auto inserted = insert->Run();
    if (!inserted) {
      if (inserted.error().code() == ErrorCode::kNotFound) {
        return Fail(Error::NotFound("section " + std::to_string(section_id) + " does not exist"));
      }
      return Fail(inserted.error());
    }
  }
  return {};
}

Result<User> SqliteStore::CreateUser(const User& u, const std::string& password_hash) {
  User saved = u;
  if (saved.created_at == Timestamp{}) saved.created_at = clock_.Now();
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  {
    ASSIGN_OR_RETURN(auto insert,
                     db.Prepare("INSERT INTO users (username, display_name, role, disabled, "
                                "password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    TOASOAN_TRY(insert->BindAll(saved.username, saved.display_name, RoleName(saved.role),
                                saved.disabled ? 1 : 0, password_hash,
                                ToUnixSeconds(saved.created_at)));
    auto inserted = insert->Run();
    if (!inserted) {
      if (inserted.error().IsConflict()) {
        return Fail(Error::Conflict("username \"" + saved.username + "\" is already taken",
                                    "Tên đăng nhập \"" + saved.username + "\" đã có người dùng."));
      }
      return Fail(inserted.error());
    }
    saved.id = db.LastInsertId();
  }
  TOASOAN_TRY(ReplaceUserSections(saved.id, saved.section_ids));
  TOASOAN_TRY(txn.Commit());
  TOASOAN_TRY(ReadSectionsOf(db, saved));  // sorted, without repeats, as reads give them
  return saved;
}

Result<User> SqliteStore::UserById(int64_t id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " USER_COLUMNS " FROM users WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  return ReadOneUser(db, *stmt, "id " + std::to_string(id));
}

Result<User> SqliteStore::UserByUsername(std::string_view username) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " USER_COLUMNS " FROM users WHERE username = ?1"));
  TOASOAN_TRY(stmt->BindAll(username));
  return ReadOneUser(db, *stmt, "username \"" + std::string(username) + "\"");
}

Result<std::vector<User>> SqliteStore::ListUsers() {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  std::vector<User> users;
  {
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " USER_COLUMNS " FROM users ORDER BY username"));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, stmt->Step());
      if (!row) break;
      ASSIGN_OR_RETURN(User u, ReadUserRow(*stmt));
      users.push_back(std::move(u));
    }
  }
  for (User& u : users) TOASOAN_TRY(ReadSectionsOf(db, u));
  return users;
}

Result<User> SqliteStore::UpdateUser(const User& u, const AuditEntry& audit) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  {
    ASSIGN_OR_RETURN(auto update, db.Prepare("UPDATE users SET display_name = ?1, role = ?2, "
                                             "disabled = ?3 WHERE id = ?4"));
    TOASOAN_TRY(update->BindAll(u.display_name, RoleName(u.role), u.disabled ? 1 : 0, u.id));
    TOASOAN_TRY(update->Run());
    if (db.Changes() == 0) return Fail(Error::NotFound("no user with id " + std::to_string(u.id)));
  }
  TOASOAN_TRY(ReplaceUserSections(u.id, u.section_ids));
  if (u.disabled) {
    ASSIGN_OR_RETURN(auto end, db.Prepare("DELETE FROM sessions WHERE user_id = ?1"));
    TOASOAN_TRY(end->BindAll(u.id));
    TOASOAN_TRY(end->Run());
  }
  TOASOAN_TRY(AppendAuditInTransaction(audit));
  User saved;
  {
    ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " USER_COLUMNS " FROM users WHERE id = ?1"));
    TOASOAN_TRY(stmt->BindAll(u.id));
    ASSIGN_OR_RETURN(saved, ReadOneUser(db, *stmt, "id " + std::to_string(u.id)));
  }
  TOASOAN_TRY(txn.Commit());
  return saved;
}

Result<std::string> SqliteStore::PasswordHashOf(int64_t user_id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT password_hash FROM users WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(user_id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return Fail(Error::NotFound("no user with id " + std::to_string(user_id)));
  return stmt->ColumnText(0);
}

Result<void> SqliteStore::SetPasswordHash(int64_t user_id, const std::string& hash) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto update, db.Prepare("UPDATE users SET password_hash = ?1 WHERE id = ?2"));
  TOASOAN_TRY(update->BindAll(hash, user_id));
  TOASOAN_TRY(update->Run());
  if (db.Changes() == 0) {
    return Fail(Error::NotFound("no user with id " + std::to_string(user_id)));
  }
  return txn.Commit();
}

}  // namespace toasoan

#undef USER_COLUMNS

#pragma once

#include <concepts>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace toasoan::sqlite {

// Small RAII wrappers over the SQLite C API that report failures as Result. None of these
// types is thread-safe: a Database and its statements belong to one thread at a time (the
// caller serialises access, e.g. with a mutex or a connection pool). Connections are
// opened with SQLITE_OPEN_NOMUTEX for that reason.

// The error for SQLite result code `rc` (extended codes understood) on `db`, with
// sqlite3_errmsg and `context` in the message: UNIQUE/PRIMARY KEY violations are
// kConflict, FOREIGN KEY violations kNotFound, CHECK/NOT NULL violations
// kInvalidArgument, I/O, busy, full and permission failures kIo, a damaged file
// kCorruption, anything else kInternal.
Error SqliteError(sqlite3* db, int rc, std::string_view context);

// A prepared statement. Parameters are 1-based, columns 0-based, as in SQLite.
class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  template <std::integral T>
  Result<void> Bind(int index, T value) {
    return BindInt64(index, static_cast<int64_t>(value));
  }
  Result<void> Bind(int index, std::string_view value);
  Result<void> Bind(int index, std::nullopt_t);
  template <typename T>
  Result<void> Bind(int index, const std::optional<T>& value) {
    return value ? Bind(index, *value) : Bind(index, std::nullopt);
  }
  // Binds `args` to parameters 1, 2, ... in order.
  template <typename... Args>
  Result<void> BindAll(const Args&... args) {
    int index = 0;
    Result<void> result;
    // Stops at the first failure: && short-circuits across the fold.
    (void)((result = Bind(++index, args), result.has_value()) && ...);
    return result;
  }

  // Advances to the next row: true when a row is ready, false when done.
  Result<bool> Step();
  // Steps to completion, for statements whose rows (if any) are not wanted.
  Result<void> Run();

  int64_t ColumnInt64(int col) const;
  std::optional<int64_t> ColumnOptionalInt64(int col) const;
  std::string ColumnText(int col) const;  // "" for NULL
  bool ColumnIsNull(int col) const;

  // Ends the current execution (releasing any read snapshot it holds) and clears the
  // bindings, so the statement can run again.
  void Reset();

 private:
  friend class Database;
  friend class StatementLease;

  Result<void> BindInt64(int index, int64_t value);

  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool leased_ = false;
};

// A cached statement lent out by Database::Prepare. Returning it (destruction) resets the
// statement, so a statement never keeps a read transaction open after use.
class StatementLease {
 public:
  explicit StatementLease(Statement* stmt) : stmt_(stmt) { stmt_->leased_ = true; }
  StatementLease(StatementLease&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
  StatementLease(const StatementLease&) = delete;
  StatementLease& operator=(const StatementLease&) = delete;
  StatementLease& operator=(StatementLease&&) = delete;
  ~StatementLease();

  Statement* operator->() const { return stmt_; }
  Statement& operator*() const { return *stmt_; }

 private:
  Statement* stmt_;
};

struct OpenOptions {
  // Switches the file to write-ahead logging (persistent in the file). Needs a moment of
  // exclusive access, so only the writing connection asks for it.
  bool wal = true;
  // Makes this connection refuse writes (PRAGMA query_only), for read pools.
  bool query_only = false;
  // How long a statement waits for another connection's lock before SQLITE_BUSY.
  int busy_timeout_ms = 5000;
};

// One SQLite connection. Every connection runs with foreign_keys=ON and
// synchronous=FULL: in WAL mode FULL syncs the log on every commit, so a write that has
// been acknowledged survives a crash, a kill -9 or a power cut.
class Database {
 public:
  // Opens (creating when missing) the database file. The name is taken literally (no
  // URI parsing).
  static Result<std::unique_ptr<Database>> Open(const std::filesystem::path& file,
                                                const OpenOptions& options = {});
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // A cached prepared statement for `sql`, which must be a single statement with
  // parameters for every value. Using the same SQL twice at once is a bug (CHECK).
  Result<StatementLease> Prepare(std::string_view sql);
  // Runs constant SQL that may hold several statements and no parameters (schema,
  // transaction control).
  Result<void> Exec(const std::string& sql);

  // The rowid of the last INSERT on this connection.
  int64_t LastInsertId() const;
  // Rows changed by the last INSERT/UPDATE/DELETE on this connection.
  int64_t Changes() const;
  // Whether no transaction is open.
  bool InAutocommit() const;

  sqlite3* handle() const { return db_; }

 private:
  explicit Database(sqlite3* db) : db_(db) {}

  sqlite3* db_;
  // Keyed by SQL text; std::less<> allows lookup by string_view.
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

// A transaction that rolls back unless committed. A write transaction starts with
// BEGIN IMMEDIATE: it takes the write lock up front (waiting up to the busy timeout),
// so it never fails half-way with SQLITE_BUSY when upgrading from a read.
class Transaction {
 public:
  enum class Kind { kRead, kWrite };

  static Result<Transaction> Begin(Database& db, Kind kind);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Result<void> Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}

  Database* db_;  // null once committed or moved from
};

}  // namespace toasoan::sqlite

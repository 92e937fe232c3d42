#include "store/sqlite/sqlite_db.h"

#include <sqlite3.h>

#include <string>
#include <utility>

#include "base/check.h"
#include "store/sqlite/fts_tokenizer.h"

namespace toasoan::sqlite {

Error SqliteError(sqlite3* db, int rc, std::string_view context) {
  std::string message(context);
  message += ": ";
  // sqlite3_errmsg describes the most recent failure on `db`; when there is no handle
  // (open failed before one existed) the generic text for the code is all there is.
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  message += " (sqlite code ";
  message += std::to_string(rc);
  message += ")";
  switch (rc) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error::Conflict(std::move(message));
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Error::NotFound(std::move(message));
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_DATATYPE:
      return Error::InvalidArgument(std::move(message));
    default:
      break;
  }
  switch (rc & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_PROTOCOL:
    case SQLITE_NOLFS:
      return Error::Io(std::move(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Error::Corruption(std::move(message));
    default:
      return Error::Internal(std::move(message));
  }
}

// --- Statement -------------------------------------------------------------------------

Statement::~Statement() { sqlite3_finalize(stmt_); }

Result<void> Statement::BindInt64(int index, int64_t value) {
  int rc = sqlite3_bind_int64(stmt_, index, value);
  if (rc != SQLITE_OK) return Fail(SqliteError(db_, rc, "bind"));
  return {};
}

Result<void> Statement::Bind(int index, std::string_view value) {
  // SQLITE_TRANSIENT copies the text: the caller's string may die before the step.
  int rc =
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) return Fail(SqliteError(db_, rc, "bind"));
  return {};
}

Result<void> Statement::Bind(int index, std::nullopt_t) {
  int rc = sqlite3_bind_null(stmt_, index);
  if (rc != SQLITE_OK) return Fail(SqliteError(db_, rc, "bind"));
  return {};
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(SqliteError(db_, rc, sqlite3_sql(stmt_)));
}

Result<void> Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return Fail(row.error());
    if (!*row) return {};
  }
}

int64_t Statement::ColumnInt64(int col) const { return sqlite3_column_int64(stmt_, col); }

std::optional<int64_t> Statement::ColumnOptionalInt64(int col) const {
  if (ColumnIsNull(col)) return std::nullopt;
  return ColumnInt64(col);
}

std::string Statement::ColumnText(int col) const {
  // Ask for the text first, then its length: that order is the one SQLite documents as
  // safe when a type conversion happens.
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (text == nullptr) return {};
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

bool Statement::ColumnIsNull(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

void Statement::Reset() {
  // sqlite3_reset repeats the last step's error, which was already reported.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

StatementLease::~StatementLease() {
  if (stmt_ == nullptr) return;
  stmt_->Reset();
  stmt_->leased_ = false;
}

// --- Database --------------------------------------------------------------------------

Result<std::unique_ptr<Database>> Database::Open(const std::filesystem::path& file,
                                                 const OpenOptions& options) {
  // Connections are used from many threads (one at a time), which needs a library built
  // with thread support.
  if (sqlite3_threadsafe() == 0) {
    return Fail(Error::Internal("the SQLite library was built without thread support"));
  }
  sqlite3* handle = nullptr;
  // NOMUTEX: callers serialise use of a connection themselves (see the header).
  // EXRESCODE: extended result codes, to tell a UNIQUE violation from a CHECK one.
  const int flags =
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  int rc = sqlite3_open_v2(file.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error error = SqliteError(handle, rc, "open " + file.string());
    sqlite3_close_v2(handle);  // a handle is returned even on most failures
    return Fail(std::move(error));
  }
  std::unique_ptr<Database> db(new Database(handle));

  rc = sqlite3_busy_timeout(handle, options.busy_timeout_ms);
  if (rc != SQLITE_OK) return Fail(SqliteError(handle, rc, "busy_timeout"));

  // Search's FTS5 table needs its tokenizer on every connection that reads or writes it,
  // the one running migrations included.
  auto tokenizer = RegisterSearchTokenizer(handle);
  if (!tokenizer) return Fail(tokenizer.error());

  if (options.wal) {
    // journal_mode answers with the mode now in force; a file system without shared
    // memory support, for one, keeps the old mode without an error.
    auto stmt = db->Prepare("PRAGMA journal_mode=WAL");
    if (!stmt) return Fail(stmt.error());
    auto row = (*stmt)->Step();
    if (!row) return Fail(row.error());
    if (!*row || (*stmt)->ColumnText(0) != "wal") {
      return Fail(Error::Io("cannot switch " + file.string() + " to WAL journal mode"));
    }
  }
  std::string pragmas = "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;";
  if (options.query_only) pragmas += " PRAGMA query_only=ON;";
  auto set = db->Exec(pragmas);
  if (!set) return Fail(set.error());
  return db;
}

Database::~Database() {
  // Statements first: a connection with live statements does not close.
  cache_.clear();
  sqlite3_close_v2(db_);
}

Result<StatementLease> Database::Prepare(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) {
      return Fail(SqliteError(db_, rc, "prepare \"" + std::string(sql) + "\""));
    }
    // A second statement after the first would be silently ignored.
    CHECK(tail == sql.data() + sql.size());
    it = cache_.emplace(std::string(sql), std::make_unique<Statement>(db_, stmt)).first;
  }
  CHECK(!it->second->leased_);
  return StatementLease(it->second.get());
}

Result<void> Database::Exec(const std::string& sql) {
  char* errmsg = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &errmsg);
  sqlite3_free(errmsg);  // the same text is still available from sqlite3_errmsg
  if (rc != SQLITE_OK) return Fail(SqliteError(db_, rc, "exec"));
  return {};
}

int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

int64_t Database::Changes() const { return sqlite3_changes64(db_); }

bool Database::InAutocommit() const { return sqlite3_get_autocommit(db_) != 0; }

// --- Transaction -----------------------------------------------------------------------

Result<Transaction> Transaction::Begin(Database& db, Kind kind) {
  auto stmt = db.Prepare(kind == Kind::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  if (!stmt) return Fail(stmt.error());
  auto done = (*stmt)->Run();
  if (!done) return Fail(done.error());
  return Transaction(&db);
}

Transaction::~Transaction() {
  // After some errors (a full disk, an I/O error) SQLite has already rolled back.
  if (db_ == nullptr || db_->InAutocommit()) return;
  auto stmt = db_->Prepare("ROLLBACK");
  // A failed rollback leaves nothing better to do: the next BEGIN will report it.
  if (stmt) (void)(*stmt)->Run();
}

Result<void> Transaction::Commit() {
  CHECK(db_ != nullptr);
  auto stmt = db_->Prepare("COMMIT");
  if (!stmt) return Fail(stmt.error());
  auto done = (*stmt)->Run();
  if (!done) return Fail(done.error());  // the destructor rolls back
  db_ = nullptr;
  return {};
}

}  // namespace toasoan::sqlite

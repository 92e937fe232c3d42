#pragma once

#include <span>
#include <string_view>

#include "base/result.h"
#include "store/sqlite/sqlite_db.h"

namespace toasoan::sqlite {

// The schema of the SQLite store, as an ordered list of migrations kept in code. Entry i
// (0-based) takes a database from version i to i + 1; `PRAGMA user_version` holds the
// version a file is at (0 for a new, empty file). Entries are never edited once
// released: a change to the schema is a new entry at the end.
std::span<const std::string_view> Migrations();

// Brings `db` to the newest version in `migrations` (by default Migrations()) and
// returns that version. Each pending migration runs in its own write transaction that
// also sets user_version, so a failure leaves the file at the last complete version.
// The version is read again inside each transaction, so two processes opening the same
// new file at once apply every migration exactly once.
// Fails with kInvalidArgument, changing nothing, when the file is at a version newer
// than `migrations` knows: it was written by a newer toasoan, and an older binary must
// not guess at its meaning.
// Not thread-safe on one `db` (see sqlite_db.h).
Result<int> Migrate(Database& db, std::span<const std::string_view> migrations = Migrations());

// The version of `db` (PRAGMA user_version).
Result<int> SchemaVersion(Database& db);

}  // namespace toasoan::sqlite

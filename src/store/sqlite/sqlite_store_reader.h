#pragma once

#include <memory>
#include <utility>

#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {

// Internal to SqliteStore's .cc files: a pooled read connection, returned to the pool
// when destroyed.
class SqliteStore::Reader {
 public:
  Reader(SqliteStore* store, std::unique_ptr<sqlite::Database> db)
      : store_(store), db_(std::move(db)) {}
  Reader(Reader&& other) noexcept = default;
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  Reader& operator=(Reader&&) = delete;
  ~Reader() {
    if (db_) store_->ReleaseReader(std::move(db_));
  }

  sqlite::Database& db() { return *db_; }

 private:
  SqliteStore* store_;
  std::unique_ptr<sqlite::Database> db_;
};

}  // namespace toasoan

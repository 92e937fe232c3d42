#include "store/sqlite/sqlite_db.h"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

#include "store/sqlite/migrations.h"
#include "temp_dir.h"

namespace toasoan::sqlite {
namespace {

int64_t QueryInt(Database& db, std::string_view sql) {
  auto stmt = db.Prepare(sql);
  EXPECT_TRUE(stmt.has_value()) << stmt.error().message();
  if (!stmt) return -1;
  auto row = (*stmt)->Step();
  EXPECT_TRUE(row.has_value() && *row);
  return (*stmt)->ColumnInt64(0);
}

bool TableExists(Database& db, std::string_view name) {
  auto stmt = db.Prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  EXPECT_TRUE(stmt.has_value());
  EXPECT_TRUE((*stmt)->BindAll(name).has_value());
  auto row = (*stmt)->Step();
  return row.has_value() && *row;
}

TEST(SqliteDbTest, ConnectionRunsWalWithFullSyncForeignKeysAndBusyTimeout) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value()) << db.error().message();
  auto mode = (*db)->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.has_value());
  ASSERT_TRUE((*mode)->Step().value());
  EXPECT_EQ((*mode)->ColumnText(0), "wal");
  EXPECT_EQ(QueryInt(**db, "PRAGMA synchronous"), 2);  // FULL
  EXPECT_EQ(QueryInt(**db, "PRAGMA foreign_keys"), 1);
  EXPECT_EQ(QueryInt(**db, "PRAGMA busy_timeout"), 5000);
}

TEST(SqliteDbTest, QueryOnlyConnectionRefusesWrites) {
  TempDir dir;
  auto writer = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(writer.has_value());
  ASSERT_TRUE((*writer)->Exec("CREATE TABLE t (x INTEGER)").has_value());
  auto reader = Database::Open(dir.path() / "a.db", {.wal = false, .query_only = true});
  ASSERT_TRUE(reader.has_value());
  EXPECT_EQ(QueryInt(**reader, "PRAGMA synchronous"), 2);
  auto insert = (*reader)->Exec("INSERT INTO t VALUES (1)");
  ASSERT_FALSE(insert.has_value());
  EXPECT_EQ(QueryInt(**writer, "SELECT COUNT(*) FROM t"), 0);
}

TEST(SqliteDbTest, BoundTextIsStoredVerbatimNotInterpretedAsSql) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)->Exec("CREATE TABLE t (s TEXT)").has_value());
  const std::string nasty = "x'); DROP TABLE t; -- Quận ủy";
  {
    auto insert = (*db)->Prepare("INSERT INTO t VALUES (?1)");
    ASSERT_TRUE(insert.has_value());
    ASSERT_TRUE((*insert)->BindAll(nasty).has_value());
    ASSERT_TRUE((*insert)->Run().has_value());
  }
  auto select = (*db)->Prepare("SELECT s FROM t");
  ASSERT_TRUE(select.has_value());
  ASSERT_TRUE((*select)->Step().value());
  EXPECT_EQ((*select)->ColumnText(0), nasty);
}

TEST(SqliteDbTest, ConstraintViolationsMapToErrorCodes) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)
                  ->Exec("CREATE TABLE p (id INTEGER PRIMARY KEY, u TEXT UNIQUE,"
                         " c INTEGER CHECK (c > 0));"
                         "CREATE TABLE ch (p_id INTEGER REFERENCES p (id));"
                         "INSERT INTO p VALUES (1, 'a', 1);")
                  .has_value());
  auto unique = (*db)->Exec("INSERT INTO p VALUES (2, 'a', 1)");
  ASSERT_FALSE(unique.has_value());
  EXPECT_EQ(unique.error().code(), ErrorCode::kConflict);
  auto check = (*db)->Exec("INSERT INTO p VALUES (3, 'b', 0)");
  ASSERT_FALSE(check.has_value());
  EXPECT_EQ(check.error().code(), ErrorCode::kInvalidArgument);
  auto foreign = (*db)->Exec("INSERT INTO ch VALUES (42)");
  ASSERT_FALSE(foreign.has_value());
  EXPECT_EQ(foreign.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(foreign.error().message().find("FOREIGN KEY"), std::string::npos);
}

TEST(SqliteDbTest, UncommittedTransactionRollsBack) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)->Exec("CREATE TABLE t (x INTEGER)").has_value());
  {
    auto txn = Transaction::Begin(**db, Transaction::Kind::kWrite);
    ASSERT_TRUE(txn.has_value());
    ASSERT_TRUE((*db)->Exec("INSERT INTO t VALUES (1)").has_value());
  }
  EXPECT_TRUE((*db)->InAutocommit());
  EXPECT_EQ(QueryInt(**db, "SELECT COUNT(*) FROM t"), 0);
  {
    auto txn = Transaction::Begin(**db, Transaction::Kind::kWrite);
    ASSERT_TRUE(txn.has_value());
    ASSERT_TRUE((*db)->Exec("INSERT INTO t VALUES (1)").has_value());
    ASSERT_TRUE(txn->Commit().has_value());
  }
  EXPECT_EQ(QueryInt(**db, "SELECT COUNT(*) FROM t"), 1);
}

TEST(MigrationsTest, MigratesEmptyFileToLatestAndAgainIsNoOp) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(SchemaVersion(**db).value(), 0);
  auto version = Migrate(**db);
  ASSERT_TRUE(version.has_value()) << version.error().message();
  EXPECT_EQ(*version, static_cast<int>(Migrations().size()));
  EXPECT_EQ(SchemaVersion(**db).value(), *version);
  for (std::string_view table :
       {"sections", "articles", "article_bylines", "photos", "site_settings", "changes"}) {
    EXPECT_TRUE(TableExists(**db, table)) << table;
  }
  // Running the migrations again must not re-run v1 (CREATE TABLE would fail).
  auto again = Migrate(**db);
  ASSERT_TRUE(again.has_value()) << again.error().message();
  EXPECT_EQ(*again, *version);
}

TEST(MigrationsTest, EachMigrationCommitsAloneAndAFailureKeepsTheLastGoodVersion) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  constexpr std::array<std::string_view, 3> kSteps = {
      "CREATE TABLE one (x INTEGER)",
      "CREATE TABLE two (x INTEGER); CREATE TABLE broken (",  // a syntax error mid-way
      "CREATE TABLE three (x INTEGER)",
  };
  auto result = Migrate(**db, kSteps);
  ASSERT_FALSE(result.has_value());
  EXPECT_NE(result.error().message().find("schema version 2"), std::string::npos)
      << result.error().message();
  EXPECT_EQ(SchemaVersion(**db).value(), 1);
  EXPECT_TRUE(TableExists(**db, "one"));
  EXPECT_FALSE(TableExists(**db, "two"));  // rolled back with the rest of step 2
  EXPECT_FALSE(TableExists(**db, "three"));
}

TEST(MigrationsTest, RefusesADatabaseNewerThanTheBinary) {
  TempDir dir;
  auto db = Database::Open(dir.path() / "a.db");
  ASSERT_TRUE(db.has_value());
  ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 999").has_value());
  auto result = Migrate(**db);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message().find("999"), std::string::npos);
  EXPECT_NE(result.error().message().find("newer"), std::string::npos);
  EXPECT_EQ(SchemaVersion(**db).value(), 999);
  EXPECT_FALSE(TableExists(**db, "sections"));
}

}  // namespace
}  // namespace toasoan::sqlite

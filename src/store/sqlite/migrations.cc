#include "store/sqlite/migrations.h"

#include <array>
#include <string>

namespace toasoan::sqlite {
namespace {

// Version 1: sections, articles with their bylines and photos, site settings, and the
// change log that keeps every process's page cache in step.
//
// STRICT tables make SQLite reject a value of the wrong type instead of storing it.
// AUTOINCREMENT keeps ids of deleted rows from ever being handed out again: article and
// section ids appear in URLs and cache tags, photo ids in media file names.
// Times are INTEGER Unix seconds, UTC.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE sections (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  name      TEXT    NOT NULL,
  slug      TEXT    NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES sections (id),
  position  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX sections_parent ON sections (parent_id);

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  section_id   INTEGER NOT NULL REFERENCES sections (id),
  slug         TEXT    NOT NULL,
  title        TEXT    NOT NULL,
  lead         TEXT    NOT NULL DEFAULT '',
  body_html    TEXT    NOT NULL DEFAULT '',
  status       TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'returned',
                                                  'scheduled', 'published', 'unpublished')),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  published_at INTEGER,
  import_key   TEXT    UNIQUE  -- NULL for articles written in the newsroom
) STRICT;
-- The public listings: all sections, and one section, newest first.
CREATE INDEX articles_published ON articles (status, published_at DESC, id DESC);
CREATE INDEX articles_section_published
  ON articles (section_id, status, published_at DESC, id DESC);

CREATE TABLE article_bylines (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,  -- order of the names
  name       TEXT    NOT NULL,
  PRIMARY KEY (article_id, position)
) STRICT, WITHOUT ROWID;

-- `position` is the body paragraph the photo stands before (Photo::position); several
-- photos may stand before the same paragraph, so `ordinal` keeps the article's order.
CREATE TABLE photos (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  file       TEXT    NOT NULL DEFAULT '',
  caption    TEXT    NOT NULL DEFAULT '',
  credit     TEXT    NOT NULL DEFAULT '',
  alt        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX photos_article ON photos (article_id, ordinal);

CREATE TABLE site_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- One row per write: the cache tags it touched, space-separated.
CREATE TABLE changes (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  tags TEXT    NOT NULL,
  at   INTEGER NOT NULL
) STRICT;
CREATE INDEX changes_at ON changes (at);
)sql";

constexpr std::array<std::string_view, 1> kMigrations = {kV1};

}  // namespace

std::span<const std::string_view> Migrations() { return kMigrations; }

Result<int> SchemaVersion(Database& db) {
  auto stmt = db.Prepare("PRAGMA user_version");
  if (!stmt) return Fail(stmt.error());
  auto row = (*stmt)->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(Error::Internal("PRAGMA user_version returned no row"));
  return static_cast<int>((*stmt)->ColumnInt64(0));
}

Result<int> Migrate(Database& db, std::span<const std::string_view> migrations) {
  const int known = static_cast<int>(migrations.size());
  for (;;) {
    auto txn = Transaction::Begin(db, Transaction::Kind::kWrite);
    if (!txn) return Fail(txn.error());
    auto version = SchemaVersion(db);
    if (!version) return Fail(version.error());
    if (*version > known) {
      return Fail(Error::InvalidArgument(
          "the database is at schema version " + std::to_string(*version) +
          ", newer than this toasoan knows (" + std::to_string(known) +
          "); it was written by a newer release: run that release or restore a backup"));
    }
    if (*version == known) {
      // Nothing to do; the (empty) transaction just ends.
      auto committed = txn->Commit();
      if (!committed) return Fail(committed.error());
      return known;
    }
    auto applied = db.Exec(std::string(migrations[static_cast<size_t>(*version)]));
    if (!applied) {
      return Fail(Error(applied.error().code(), "migration to schema version " +
                                                    std::to_string(*version + 1) + ": " +
                                                    applied.error().message()));
    }
    // PRAGMA takes no parameters; the number comes from this code, not from input.
    auto set = db.Exec("PRAGMA user_version = " + std::to_string(*version + 1));
    if (!set) return Fail(set.error());
    auto committed = txn->Commit();
    if (!committed) return Fail(committed.error());
  }
}

}  // namespace toasoan::sqlite

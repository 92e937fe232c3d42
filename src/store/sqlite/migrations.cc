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

// Version 2: full-text search. `search_docs` holds the text of each published article
// as search reads it (NFC plain text, see search/document_text.h), and `search_fts`
// indexes it with search's own tokenizer (store/sqlite/fts_tokenizer.h) as an external
// content table, so the text is stored once. A document's id is its order key: newest
// first is descending id, so FTS5 returns matches in the public listings' order and
// stops after a page (see sqlite_search.cc). SqliteStore keeps both tables in step with
// articles inside each write, and indexes the articles already stored on first open.
// search_docs references articles without ON DELETE CASCADE: deleting an article must
// also delete its document from search_fts, which only code can do.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE search_docs (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id),
  section_id INTEGER NOT NULL,
  title      TEXT    NOT NULL,
  body       TEXT    NOT NULL
) STRICT;
CREATE INDEX search_docs_section ON search_docs (section_id, id);

CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, content = 'search_docs', content_rowid = 'id', tokenize = 'toasoan',
  columnsize = 0
);

-- What the index was built with: a binary whose tokenizer differs rebuilds it on open.
CREATE TABLE search_state (
  key   TEXT    PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
)sql";

// Version 3: listen-to-article audio. One row per article whose MP3 is ready under the
// media folder (`file`); `speech_hash` keys it to the text spoken (speech/article_speech.h).
// Writing a row records the change "article:ID", so every node re-renders the article
// page with its player. The file outlives a deleted row only until the generator's next
// pass.
constexpr std::string_view kV3 = R"sql(
CREATE TABLE article_audio (
  article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  speech_hash TEXT    NOT NULL,
  file        TEXT    NOT NULL,
  duration_ms INTEGER NOT NULL,
  bytes       INTEGER NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;
)sql";

// Version 4: most-read counts. Views are counted in memory and added here in batches
// (site/view_counter.h, app/view_flusher.h), one row per article and UTC hour (Unix
// seconds / 3600), so a "last 24 hours" or "last 7 days" list is a sum over a range of
// hours. The index on (hour, article_id, count) answers those sums without touching the
// table; rows older than the longest list are pruned as batches are added.
constexpr std::string_view kV4 = R"sql(
CREATE TABLE view_counts (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  hour       INTEGER NOT NULL,
  count      INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (article_id, hour)
) STRICT, WITHOUT ROWID;
CREATE INDEX view_counts_hour ON view_counts (hour, article_id, count);
)sql";

// Version 5: the newsroom. Articles gain their author (0: imported or none), the time a
// scheduled article goes out, and `title_folded`, the title as FoldTitle (sqlite_newsroom
// code) makes it for loose title search: NULL until the store fills it in (SqliteStore
// folds the rows of older versions on open; every save sets it). Accounts with their
// sections, server-side sessions and API tokens keep only SHA-256 digests of their
// secrets. Every article save keeps a revision. The audit log is append-only: triggers
// refuse any UPDATE or DELETE of it.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE articles ADD COLUMN author_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN scheduled_at INTEGER;
ALTER TABLE articles ADD COLUMN title_folded TEXT;
CREATE INDEX articles_due ON articles (scheduled_at, id) WHERE status = 'scheduled';
CREATE INDEX articles_updated ON articles (updated_at DESC, id DESC);
CREATE INDEX articles_author ON articles (author_id, updated_at DESC, id DESC);
CREATE INDEX articles_unfolded ON articles (id) WHERE title_folded IS NULL;

CREATE TABLE users (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  username      TEXT    NOT NULL UNIQUE,
  display_name  TEXT    NOT NULL DEFAULT '',
  role          TEXT    NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  password_hash TEXT    NOT NULL,
  created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE user_sections (
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  section_id INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, section_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_sections_section ON user_sections (section_id);

CREATE TABLE sessions (
  token_digest TEXT    PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  address      TEXT    NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  token_digest TEXT    PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         TEXT    NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE revisions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL DEFAULT 0,  -- 0: the importer or the system
  at         INTEGER NOT NULL,
  title      TEXT    NOT NULL,
  lead       TEXT    NOT NULL DEFAULT '',
  body_html  TEXT    NOT NULL DEFAULT '',
  note       TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX revisions_article ON revisions (article_id, id);

CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  at       INTEGER NOT NULL,
  user_id  INTEGER NOT NULL DEFAULT 0,  -- 0: nobody signed in, the CLI or the system
  username TEXT    NOT NULL DEFAULT '',
  action   TEXT    NOT NULL,
  target   TEXT    NOT NULL DEFAULT '',
  detail   TEXT    NOT NULL DEFAULT '',
  address  TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
)sql";

// Version 6: the photo library. `photo_assets` holds each uploaded photo (its stored
// original, named by content hash, so `file` is unique) with its structured caption,
// credit and alt text; `text_folded` is caption and credit as FoldTitle makes them, for
// loose search. `variants` is a JSON array of {file, mime_type, width, height, bytes},
// NULL until the background worker has made them. An article photo references the asset
// whose file it shows: triggers fill photos.asset_id whenever a photo row is written, so
// the article code needs no change to link them.
constexpr std::string_view kV6 = R"sql(
CREATE TABLE photo_assets (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  file        TEXT    NOT NULL UNIQUE,
  hash        TEXT    NOT NULL,
  width       INTEGER NOT NULL,
  height      INTEGER NOT NULL,
  bytes       INTEGER NOT NULL DEFAULT 0,
  caption     TEXT    NOT NULL DEFAULT '',
  credit      TEXT    NOT NULL DEFAULT '',
  alt         TEXT    NOT NULL DEFAULT '',
  text_folded TEXT    NOT NULL DEFAULT '',
  uploaded_by INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL,
  variants    TEXT
) STRICT;
CREATE INDEX photo_assets_created ON photo_assets (created_at DESC, id DESC);
CREATE INDEX photo_assets_pending ON photo_assets (id) WHERE variants IS NULL;

ALTER TABLE photos ADD COLUMN asset_id INTEGER REFERENCES photo_assets (id) ON DELETE SET NULL;
CREATE INDEX photos_file ON photos (file);
CREATE TRIGGER photos_asset_on_insert AFTER INSERT ON photos
BEGIN
  UPDATE photos SET asset_id = (SELECT id FROM photo_assets WHERE file = NEW.file)
  WHERE id = NEW.id;
END;
CREATE TRIGGER photos_asset_on_update AFTER UPDATE OF file ON photos
BEGIN
  UPDATE photos SET asset_id = (SELECT id FROM photo_assets WHERE file = NEW.file)
  WHERE id = NEW.id;
END;
CREATE TRIGGER photo_assets_link AFTER INSERT ON photo_assets
BEGIN
  UPDATE photos SET asset_id = NEW.id WHERE file = NEW.file;
END;
)sql";

// v7: proofreading warnings an editor dismissed for an article (proofread/warning.h keys).
constexpr std::string_view kV7 = R"sql(
CREATE TABLE proofread_dismissals (
  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  warning_key  TEXT    NOT NULL,
  dismissed_by INTEGER NOT NULL DEFAULT 0,
  dismissed_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, warning_key)
) STRICT, WITHOUT ROWID;
)sql";

// v8: what the last import of an article stored (store/import_plan.h): a re-import
// leaves an article the newsroom changed since then alone.
constexpr std::string_view kV8 = R"sql(
CREATE TABLE article_imports (
  article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  fingerprint TEXT    NOT NULL,
  imported_at INTEGER NOT NULL
) STRICT;
)sql";

constexpr std::array<std::string_view, 8> kMigrations = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8};

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

#include "store/sqlite/sqlite_store.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/check.h"
#include "store/sqlite/article_rows.h"
#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_search.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

// Idle read connections kept open; more are opened while more threads read at once.
constexpr size_t kMaxIdleReaders = 4;
// Changes older than this are pruned: every process polls far more often.
constexpr int64_t kChangeRetentionSeconds = int64_t{24} * 60 * 60;
constexpr int kMaxPerPage = 100;
constexpr int kMaxBetween = 50000;  // a sitemap's limit
// View counts of hours older than this are pruned: the longest most-read list is a week.
constexpr int64_t kViewRetentionHours = 8 * 24;

Section ReadSection(const Statement& stmt) {
  Section s;
  s.id = stmt.ColumnInt64(0);
  s.name = stmt.ColumnText(1);
  s.slug = stmt.ColumnText(2);
  s.parent_id = stmt.ColumnOptionalInt64(3);
  s.position = static_cast<int>(stmt.ColumnInt64(4));
  return s;
}

#define ARTICLE_COLUMNS TOASOAN_ARTICLE_COLUMNS
#define ARTICLE_COLUMNS_WITHOUT_BODY TOASOAN_ARTICLE_COLUMNS_WITHOUT_BODY

using sqlite::ReadArticles;

Result<bool> SectionExists(Database& db, int64_t id) {
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT 1 FROM sections WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  return stmt->Step();
}

// The settings fields and the keys they are stored under. Keys are never renamed: a
// new field gets a new key, and keys this binary does not know are ignored.
constexpr std::array<std::pair<std::string_view, std::string SiteSettings::*>, 9> kSettingsFields{{
    {"name", &SiteSettings::name},
    {"description", &SiteSettings::description},
    {"base_url", &SiteSettings::base_url},
    {"logo_url", &SiteSettings::logo_url},
    {"governing_body", &SiteSettings::governing_body},
    {"responsible_person", &SiteSettings::responsible_person},
    {"licence", &SiteSettings::licence},
    {"address", &SiteSettings::address},
    {"contact", &SiteSettings::contact},
}};

std::vector<std::string> SplitTags(std::string_view joined) {
  std::vector<std::string> tags;
  while (!joined.empty()) {
    size_t space = joined.find(' ');
    std::string_view tag = joined.substr(0, space);
    if (!tag.empty()) tags.emplace_back(tag);
    if (space == std::string_view::npos) break;
    joined.remove_prefix(space + 1);
  }
  return tags;
}

}  // namespace

// --- Connections -------------------------------------------------------------------------

SqliteStore::SqliteStore(std::filesystem::path db_file, const Clock& clock,
                         std::unique_ptr<Database> writer)
    : db_file_(std::move(db_file)), clock_(clock), writer_(std::move(writer)) {}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::filesystem::path& db_file,
                                                       const Clock& clock) {
  ASSIGN_OR_RETURN(auto writer, Database::Open(db_file, {.wal = true}));
  auto migrated = sqlite::Migrate(*writer);
  if (!migrated) {
    const Error& e = migrated.error();
    return Fail(Error(e.code(), db_file.string() + ": " + e.message()));
  }
  // Checked again inside the transaction: another process may be building it too.
  ASSIGN_OR_RETURN(bool current, sqlite::SearchIndexIsCurrent(*writer));
  if (!current) {
    ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(*writer, Transaction::Kind::kWrite));
    ASSIGN_OR_RETURN(current, sqlite::SearchIndexIsCurrent(*writer));
    if (!current) TOASOAN_TRY(sqlite::RebuildSearchDocuments(*writer, nullptr));
    TOASOAN_TRY(txn.Commit());
  }
  // Articles stored before schema version 5 have no folded title yet.
  ASSIGN_OR_RETURN(bool unfolded, sqlite::HasUnfoldedTitles(*writer));
  if (unfolded) {
    ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(*writer, Transaction::Kind::kWrite));
    TOASOAN_TRY(sqlite::FoldStoredTitles(*writer));
    TOASOAN_TRY(txn.Commit());
  }
  return std::unique_ptr<SqliteStore>(new SqliteStore(db_file, clock, std::move(writer)));
}

Result<SqliteStore::Reader> SqliteStore::AcquireReader() {
  {
    std::lock_guard lock(pool_mu_);
    if (!idle_readers_.empty()) {
      Reader reader(this, std::move(idle_readers_.back()));
      idle_readers_.pop_back();
      return reader;
    }
  }
  // Opening happens outside the lock: it touches the file system.
  ASSIGN_OR_RETURN(auto db, Database::Open(db_file_, {.wal = false, .query_only = true}));
  return Reader(this, std::move(db));
}

void SqliteStore::ReleaseReader(std::unique_ptr<Database> db) {
  // A connection still inside a transaction would pin an old snapshot; drop it.
  if (!db->InAutocommit()) return;
  std::lock_guard lock(pool_mu_);
  if (idle_readers_.size() < kMaxIdleReaders) idle_readers_.push_back(std::move(db));
}

Result<void> SqliteStore::RecordChange(const std::vector<std::string>& tags) {
  Database& db = *writer_;
  std::string joined;
  for (const std::string& tag : tags) {
    CHECK(!tag.empty() && tag.find(' ') == std::string::npos);
    if (!joined.empty()) joined += ' ';
    joined += tag;
  }
  const int64_t now = ToUnixSeconds(clock_.Now());
  {
    // Deleting up to an id (not every row older than the cut) keeps the pruned changes a
    // prefix even if the clock once went backwards, so ids stay without gaps.
    ASSIGN_OR_RETURN(auto prune, db.Prepare("DELETE FROM changes WHERE id <= "
                                            "(SELECT MAX(id) FROM changes WHERE at < ?1)"));
    TOASOAN_TRY(prune->BindAll(now - kChangeRetentionSeconds));
    TOASOAN_TRY(prune->Run());
  }
  ASSIGN_OR_RETURN(auto insert, db.Prepare("INSERT INTO changes (tags, at) VALUES (?1, ?2)"));
  TOASOAN_TRY(insert->BindAll(joined, now));
  return insert->Run();
}

// --- Sections ----------------------------------------------------------------------------

Result<std::vector<Section>> SqliteStore::ListSections() {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT id, name, slug, parent_id, position "
                                                  "FROM sections ORDER BY position, id"));
  std::vector<Section> sections;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    sections.push_back(ReadSection(*stmt));
  }
  return sections;
}

Result<Section> SqliteStore::SectionById(int64_t id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT id, name, slug, parent_id, position "
                                                  "FROM sections WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return Fail(Error::NotFound("no section with id " + std::to_string(id)));
  return ReadSection(*stmt);
}

Result<Section> SqliteStore::SectionBySlug(std::string_view slug) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT id, name, slug, parent_id, position "
                                                  "FROM sections WHERE slug = ?1"));
  TOASOAN_TRY(stmt->BindAll(slug));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return Fail(Error::NotFound("no section with slug \"" + std::string(slug) + "\""));
  return ReadSection(*stmt);
}

Result<Section> SqliteStore::SaveSection(const Section& s) {
  Section saved = s;
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));

  if (s.parent_id) {
    ASSIGN_OR_RETURN(bool parent_exists, SectionExists(db, *s.parent_id));
    if (!parent_exists) {
      return Fail(
          Error::NotFound("parent section " + std::to_string(*s.parent_id) + " does not exist"));
    }
    if (s.id != 0) {
      // Walking up from the new parent must not reach the section itself. UNION (not
      // UNION ALL) ends the walk even on a cycle already stored.
      ASSIGN_OR_RETURN(auto up, db.Prepare("WITH RECURSIVE up(id) AS ("
                                           "  SELECT ?1"
                                           "  UNION"
                                           "  SELECT s.parent_id FROM sections s"
                                           "  JOIN up ON s.id = up.id"
                                           "  WHERE s.parent_id IS NOT NULL) "
                                           "SELECT 1 FROM up WHERE id = ?2"));
      TOASOAN_TRY(up->BindAll(*s.parent_id, s.id));
      ASSIGN_OR_RETURN(bool cycle, up->Step());
      if (cycle) {
        return Fail(Error::InvalidArgument(
            "section " + std::to_string(s.id) + " cannot be placed under section " +
                std::to_string(*s.parent_id) + ": that is the section itself or one below it",
            "Không thể đặt chuyên mục vào bên trong chính nó hoặc chuyên mục con của nó."));
      }
    }
  }

  Result<void> written;
  if (s.id == 0) {
    ASSIGN_OR_RETURN(auto insert,
                     db.Prepare("INSERT INTO sections (name, slug, parent_id, position) "
                                "VALUES (?1, ?2, ?3, ?4)"));
    TOASOAN_TRY(insert->BindAll(s.name, s.slug, s.parent_id, s.position));
    written = insert->Run();
    if (written) saved.id = db.LastInsertId();
  } else {
    ASSIGN_OR_RETURN(auto update, db.Prepare("UPDATE sections SET name = ?1, slug = ?2, "
                                             "parent_id = ?3, position = ?4 WHERE id = ?5"));
    TOASOAN_TRY(update->BindAll(s.name, s.slug, s.parent_id, s.position, s.id));
    written = update->Run();
    if (written && db.Changes() == 0) {
      return Fail(Error::NotFound("no section with id " + std::to_string(s.id)));
    }
  }
  if (!written) {
    if (written.error().IsConflict()) {
      return Fail(
          Error::Conflict("section slug \"" + s.slug + "\" is already taken",
                          "Đường dẫn \"" + s.slug + "\" đã được dùng cho một chuyên mục khác."));
    }
    return Fail(written.error());
  }

  const std::string id = std::to_string(saved.id);
  TOASOAN_TRY(RecordChange({"section:" + id, "sections"}));
  TOASOAN_TRY(txn.Commit());
  return saved;
}

// --- Articles ----------------------------------------------------------------------------

Result<Article> SqliteStore::ArticleById(int64_t id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  // The article and its bylines and photos come from one snapshot.
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " ARTICLE_COLUMNS " FROM articles WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  ASSIGN_OR_RETURN(auto articles, ReadArticles(db, *stmt));
  if (articles.empty()) return Fail(Error::NotFound("no article with id " + std::to_string(id)));
  return std::move(articles.front());
}

Result<std::optional<Article>> SqliteStore::ArticleByImportKey(std::string_view import_key) {
  // Articles written here have no import key; "" must not find one of them.
  if (import_key.empty()) return std::optional<Article>();
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT " ARTICLE_COLUMNS " FROM articles WHERE import_key = ?1"));
  TOASOAN_TRY(stmt->BindAll(import_key));
  ASSIGN_OR_RETURN(auto articles, ReadArticles(db, *stmt));
  if (articles.empty()) return std::optional<Article>();
  return std::optional<Article>(std::move(articles.front()));
}

Result<ArticleList> SqliteStore::ListPublished(const PublishedQuery& q) {
  const int per_page = std::clamp(q.per_page, 1, kMaxPerPage);
  ArticleList list;
  list.page = std::max(q.page, 1);

  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  // The count and the page come from one snapshot, so `pages` matches the items.
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  {
    // Two spellings rather than "(?1 IS NULL OR section_id = ?1)", which would keep
    // SQLite from using the per-section index.
    ASSIGN_OR_RETURN(auto count,
                     db.Prepare(q.section_id ? "SELECT COUNT(*) FROM articles "
                                               "WHERE section_id = ?1 AND status = 'published'"
                                             : "SELECT COUNT(*) FROM articles "
                                               "WHERE status = 'published'"));
    if (q.section_id) TOASOAN_TRY(count->BindAll(*q.section_id));
    ASSIGN_OR_RETURN(bool row, count->Step());
    CHECK(row);
    list.total = count->ColumnInt64(0);
  }
  list.pages = static_cast<int>(std::max<int64_t>(1, (list.total + per_page - 1) / per_page));
  if (list.page > list.pages) return list;

  ASSIGN_OR_RETURN(
      auto page,
      db.Prepare(q.section_id ? "SELECT " ARTICLE_COLUMNS " FROM articles "
                                "WHERE section_id = ?1 AND status = 'published' "
                                "ORDER BY published_at DESC, id DESC LIMIT ?2 OFFSET ?3"
                              : "SELECT " ARTICLE_COLUMNS " FROM articles "
                                "WHERE status = 'published' "
                                "ORDER BY published_at DESC, id DESC LIMIT ?2 OFFSET ?3"));
  const int64_t offset = static_cast<int64_t>(list.page - 1) * per_page;
  if (q.section_id) TOASOAN_TRY(page->Bind(1, *q.section_id));
  TOASOAN_TRY(page->Bind(2, per_page));
  TOASOAN_TRY(page->Bind(3, offset));
  ASSIGN_OR_RETURN(list.items, ReadArticles(db, *page));
  return list;
}

Result<Article> SqliteStore::SaveArticle(const Article& a) {
  std::lock_guard lock(write_mu_);
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(*writer_, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(Article saved, SaveArticleInTransaction(a));
  TOASOAN_TRY(txn.Commit());
  return saved;
}

Result<Article> SqliteStore::SaveArticleInTransaction(const Article& a) {
  Article saved = a;
  if (saved.status == ArticleStatus::kPublished && !saved.published_at) {
    saved.published_at = clock_.Now();
  }
  std::optional<int64_t> published_at;
  if (saved.published_at) published_at = ToUnixSeconds(*saved.published_at);
  std::optional<int64_t> scheduled_at;
  if (saved.scheduled_at) scheduled_at = ToUnixSeconds(*saved.scheduled_at);
  std::optional<std::string_view> import_key;
  if (!saved.import_key.empty()) import_key = saved.import_key;
  const std::string title_folded = sqlite::FoldTitle(saved.title);

  Database& db = *writer_;

  // The stored row before this write decides which listings change.
  bool was_published = false;
  int64_t old_section_id = 0;
  std::unordered_set<int64_t> stored_photo_ids;
  if (a.id != 0) {
    {
      ASSIGN_OR_RETURN(auto old,
                       db.Prepare("SELECT status, section_id FROM articles WHERE id = ?1"));
      TOASOAN_TRY(old->BindAll(a.id));
      ASSIGN_OR_RETURN(bool found, old->Step());
      if (!found) return Fail(Error::NotFound("no article with id " + std::to_string(a.id)));
      was_published = old->ColumnText(0) == ArticleStatusName(ArticleStatus::kPublished);
      old_section_id = old->ColumnInt64(1);
    }
    ASSIGN_OR_RETURN(auto photos, db.Prepare("SELECT id FROM photos WHERE article_id = ?1"));
    TOASOAN_TRY(photos->BindAll(a.id));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, photos->Step());
      if (!row) break;
      stored_photo_ids.insert(photos->ColumnInt64(0));
    }
  }
  ASSIGN_OR_RETURN(bool section_exists, SectionExists(db, a.section_id));
  if (!section_exists) {
    return Fail(Error::NotFound("section " + std::to_string(a.section_id) + " does not exist"));
  }

  Result<void> written;
  if (a.id == 0) {
    ASSIGN_OR_RETURN(auto insert,
                     db.Prepare("INSERT INTO articles (section_id, slug, title, lead, body_html, "
                                "status, created_at, updated_at, published_at, import_key, "
                                "author_id, scheduled_at, title_folded) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    TOASOAN_TRY(insert->BindAll(saved.section_id, saved.slug, saved.title, saved.lead,
                                saved.body_html, ArticleStatusName(saved.status),
                                ToUnixSeconds(saved.created_at), ToUnixSeconds(saved.updated_at),
                                published_at, import_key, saved.author_id, scheduled_at,
                                title_folded));
    written = insert->Run();
    if (written) saved.id = db.LastInsertId();
  } else {
    ASSIGN_OR_RETURN(auto update,
                     db.Prepare("UPDATE articles SET section_id = ?1, slug = ?2, title = ?3, "
                                "lead = ?4, body_html = ?5, status = ?6, created_at = ?7, "
                                "updated_at = ?8, published_at = ?9, import_key = ?10, "
                                "author_id = ?11, scheduled_at = ?12, title_folded = ?13 "
                                "WHERE id = ?14"));
    TOASOAN_TRY(update->BindAll(saved.section_id, saved.slug, saved.title, saved.lead,
                                saved.body_html, ArticleStatusName(saved.status),
                                ToUnixSeconds(saved.created_at), ToUnixSeconds(saved.updated_at),
                                published_at, import_key, saved.author_id, scheduled_at,
                                title_folded, saved.id));
    written = update->Run();
  }
  if (!written) {
    if (written.error().IsConflict()) {
      return Fail(Error::Conflict(
          "import key \"" + saved.import_key + "\" already belongs to another article",
          "Bài nguồn \"" + saved.import_key + "\" đã được nhập thành một bài viết khác."));
    }
    return Fail(written.error());
  }
  // In this transaction: a failure below takes the index back with the article.
  TOASOAN_TRY(sqlite::UpdateSearchDocument(db, saved));

  {
    ASSIGN_OR_RETURN(auto clear, db.Prepare("DELETE FROM article_bylines WHERE article_id = ?1"));
    TOASOAN_TRY(clear->BindAll(saved.id));
    TOASOAN_TRY(clear->Run());
  }
  {
    ASSIGN_OR_RETURN(auto insert, db.Prepare("INSERT INTO article_bylines (article_id, position, "
                                             "name) VALUES (?1, ?2, ?3)"));
    for (size_t i = 0; i < saved.bylines.size(); ++i) {
      insert->Reset();
      TOASOAN_TRY(insert->BindAll(saved.id, i, saved.bylines[i]));
      TOASOAN_TRY(insert->Run());
    }
  }

  std::unordered_set<int64_t> kept_photo_ids;
  for (size_t i = 0; i < saved.photos.size(); ++i) {
    Photo& p = saved.photos[i];
    if (p.id != 0) {
      if (!stored_photo_ids.contains(p.id)) {
        return Fail(Error::NotFound("photo " + std::to_string(p.id) +
                                    " is not a photo of article " + std::to_string(saved.id)));
      }
      if (!kept_photo_ids.insert(p.id).second) {
        return Fail(Error::InvalidArgument("photo " + std::to_string(p.id) +
                                           " appears twice in article " +
                                           std::to_string(saved.id)));
      }
      ASSIGN_OR_RETURN(auto update,
                       db.Prepare("UPDATE photos SET ordinal = ?1, position = ?2, file = ?3, "
                                  "caption = ?4, credit = ?5, alt = ?6 WHERE id = ?7"));
      TOASOAN_TRY(update->BindAll(i, p.position, p.file, p.caption, p.credit, p.alt, p.id));
      TOASOAN_TRY(update->Run());
    } else {
      ASSIGN_OR_RETURN(auto insert,
                       db.Prepare("INSERT INTO photos (article_id, ordinal, position, file, "
                                  "caption, credit, alt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
      TOASOAN_TRY(insert->BindAll(saved.id, i, p.position, p.file, p.caption, p.credit, p.alt));
      TOASOAN_TRY(insert->Run());
      p.id = db.LastInsertId();
    }
  }
  for (int64_t id : stored_photo_ids) {
    if (kept_photo_ids.contains(id)) continue;
    ASSIGN_OR_RETURN(auto remove, db.Prepare("DELETE FROM photos WHERE id = ?1"));
    TOASOAN_TRY(remove->BindAll(id));
    TOASOAN_TRY(remove->Run());
  }

  std::vector<std::string> tags = {"article:" + std::to_string(saved.id)};
  if (was_published || IsPublic(saved)) {
    tags.push_back("list:all");
    tags.push_back("list:section:" + std::to_string(saved.section_id));
    if (old_section_id != 0 && old_section_id != saved.section_id) {
      tags.push_back("list:section:" + std::to_string(old_section_id));
    }
  }
  TOASOAN_TRY(RecordChange(tags));
  return saved;
}

// --- Search ------------------------------------------------------------------------------

Result<SearchResults> SqliteStore::Search(const SearchRequest& r) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  // Every tier of the ranking and the hits come from one snapshot.
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  return sqlite::RunSearch(db, r);
}

Result<int64_t> SqliteStore::RebuildSearchIndex(
    const std::function<void(int64_t done, int64_t total)>& progress) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(int64_t indexed, sqlite::RebuildSearchDocuments(db, progress));
  TOASOAN_TRY(txn.Commit());
  // The whole index went through the write-ahead log: give the disk space back. Best
  // effort, as a reader may hold the log (the next checkpoints finish the job).
  (void)db.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
  return indexed;
}

// --- Article audio -----------------------------------------------------------------------

Result<std::optional<ArticleAudio>> SqliteStore::ArticleAudioOf(int64_t article_id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT speech_hash, file, duration_ms, bytes, "
                                                  "created_at FROM article_audio "
                                                  "WHERE article_id = ?1"));
  TOASOAN_TRY(stmt->BindAll(article_id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<ArticleAudio>();
  ArticleAudio audio;
  audio.article_id = article_id;
  audio.speech_hash = stmt->ColumnText(0);
  audio.file = stmt->ColumnText(1);
  audio.duration_ms = stmt->ColumnInt64(2);
  audio.bytes = stmt->ColumnInt64(3);
  audio.created_at = FromUnixSeconds(stmt->ColumnInt64(4));
  return std::optional<ArticleAudio>(std::move(audio));
}

Result<void> SqliteStore::SaveArticleAudio(const ArticleAudio& audio) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  {
    ASSIGN_OR_RETURN(auto exists, db.Prepare("SELECT 1 FROM articles WHERE id = ?1"));
    TOASOAN_TRY(exists->BindAll(audio.article_id));
    ASSIGN_OR_RETURN(bool found, exists->Step());
    if (!found) {
      return Fail(Error::NotFound("no article with id " + std::to_string(audio.article_id)));
    }
  }
  std::vector<std::string> tags = {"article:" + std::to_string(audio.article_id)};
  {
    ASSIGN_OR_RETURN(auto old, db.Prepare("SELECT file FROM article_audio WHERE article_id = ?1"));
    TOASOAN_TRY(old->BindAll(audio.article_id));
    ASSIGN_OR_RETURN(bool found, old->Step());
    if (found && old->ColumnText(0) != audio.file) tags.push_back("media:" + old->ColumnText(0));
  }
  ASSIGN_OR_RETURN(auto upsert,
                   db.Prepare("INSERT INTO article_audio (article_id, speech_hash, file, "
                              "duration_ms, bytes, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                              "ON CONFLICT (article_id) DO UPDATE SET "
                              "speech_hash = excluded.speech_hash, file = excluded.file, "
                              "duration_ms = excluded.duration_ms, bytes = excluded.bytes, "
                              "created_at = excluded.created_at"));
  TOASOAN_TRY(upsert->BindAll(audio.article_id, audio.speech_hash, audio.file, audio.duration_ms,
                              audio.bytes, ToUnixSeconds(audio.created_at)));
  TOASOAN_TRY(upsert->Run());
  TOASOAN_TRY(RecordChange(tags));
  return txn.Commit();
}

Result<void> SqliteStore::DeleteArticleAudio(int64_t article_id) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  std::optional<std::string> file;
  {
    // The lease resets the statement when it goes, which finishes the DELETE.
    ASSIGN_OR_RETURN(auto remove, db.Prepare("DELETE FROM article_audio WHERE article_id = ?1 "
                                             "RETURNING file"));
    TOASOAN_TRY(remove->BindAll(article_id));
    ASSIGN_OR_RETURN(bool found, remove->Step());
    if (found) file = remove->ColumnText(0);
  }
  if (file) TOASOAN_TRY(RecordChange({"article:" + std::to_string(article_id), "media:" + *file}));
  return txn.Commit();
}

// --- Listings by date, view counts -------------------------------------------------------

Result<std::vector<Article>> SqliteStore::ListPublishedBetween(const PublishedRange& r) {
  const int limit = std::clamp(r.limit, 1, kMaxBetween);
  // Open ends as the widest values, so one statement per index serves every range.
  const int64_t from = r.from ? ToUnixSeconds(*r.from) : std::numeric_limits<int64_t>::min();
  const int64_t to = r.to ? ToUnixSeconds(*r.to) : std::numeric_limits<int64_t>::max();
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  // The articles, their bylines and photos come from one snapshot.
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  // The body is the bulk of a row and no caller of this shows it: '' in its place keeps
  // ReadArticles' column order.
  ASSIGN_OR_RETURN(
      auto stmt, db.Prepare(r.section_id ? "SELECT " ARTICLE_COLUMNS_WITHOUT_BODY " FROM articles "
                                           "WHERE section_id = ?4 AND status = 'published' "
                                           "AND published_at >= ?1 AND published_at < ?2 "
                                           "ORDER BY published_at DESC, id DESC LIMIT ?3"
                                         : "SELECT " ARTICLE_COLUMNS_WITHOUT_BODY " FROM articles "
                                           "WHERE status = 'published' "
                                           "AND published_at >= ?1 AND published_at < ?2 "
                                           "ORDER BY published_at DESC, id DESC LIMIT ?3"));
  TOASOAN_TRY(stmt->Bind(1, from));
  TOASOAN_TRY(stmt->Bind(2, to));
  TOASOAN_TRY(stmt->Bind(3, limit));
  if (r.section_id) TOASOAN_TRY(stmt->Bind(4, *r.section_id));
  return ReadArticles(db, *stmt);
}

Result<std::vector<PublishedMonth>> SqliteStore::PublishedMonths(std::chrono::seconds utc_offset) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(
      auto stmt,
      reader.db().Prepare("SELECT CAST(strftime('%Y', published_at + ?1, 'unixepoch') AS INTEGER) "
                          "AS y, CAST(strftime('%m', published_at + ?1, 'unixepoch') AS INTEGER) "
                          "AS m, COUNT(*), MAX(MAX(published_at, updated_at)) "
                          "FROM articles WHERE status = 'published' "
                          "GROUP BY y, m ORDER BY y DESC, m DESC"));
  TOASOAN_TRY(stmt->BindAll(static_cast<int64_t>(utc_offset.count())));
  std::vector<PublishedMonth> months;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    months.push_back({.year = static_cast<int>(stmt->ColumnInt64(0)),
                      .month = static_cast<int>(stmt->ColumnInt64(1)),
                      .count = stmt->ColumnInt64(2),
                      .last_modified = FromUnixSeconds(stmt->ColumnInt64(3))});
  }
  return months;
}

Result<void> SqliteStore::AddViews(const std::vector<ViewCount>& counts, Timestamp at) {
  const int64_t hour = ToUnixSeconds(at) / 3600;
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  {
    // An article deleted since it was viewed has no row to count into: the EXISTS keeps
    // its views from failing the whole batch on the foreign key.
    ASSIGN_OR_RETURN(auto add, db.Prepare("INSERT INTO view_counts (article_id, hour, count) "
                                          "SELECT ?1, ?2, ?3 WHERE EXISTS "
                                          "(SELECT 1 FROM articles WHERE id = ?1) "
                                          "ON CONFLICT (article_id, hour) "
                                          "DO UPDATE SET count = count + excluded.count"));
    for (const ViewCount& c : counts) {
      if (c.views <= 0) continue;
      add->Reset();
      TOASOAN_TRY(add->BindAll(c.article_id, hour, c.views));
      TOASOAN_TRY(add->Run());
    }
  }
  {
    ASSIGN_OR_RETURN(auto prune, db.Prepare("DELETE FROM view_counts WHERE hour < ?1"));
    TOASOAN_TRY(prune->BindAll(hour - kViewRetentionHours));
    TOASOAN_TRY(prune->Run());
  }
  return txn.Commit();
}

Result<std::vector<ViewCount>> SqliteStore::MostViewed(Timestamp since, int limit) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT v.article_id, v.total FROM "
                                       "(SELECT article_id, SUM(count) AS total FROM view_counts "
                                       "WHERE hour >= ?1 GROUP BY article_id) AS v "
                                       "JOIN articles AS a ON a.id = v.article_id "
                                       "WHERE a.status = 'published' "
                                       "ORDER BY v.total DESC, a.published_at DESC, a.id DESC "
                                       "LIMIT ?2"));
  TOASOAN_TRY(stmt->BindAll(ToUnixSeconds(since) / 3600, std::clamp(limit, 1, 100)));
  std::vector<ViewCount> out;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({.article_id = stmt->ColumnInt64(0), .views = stmt->ColumnInt64(1)});
  }
  return out;
}

// --- Settings ----------------------------------------------------------------------------

Result<SiteSettings> SqliteStore::LoadSettings() {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT key, value FROM site_settings"));
  SiteSettings settings;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    const std::string key = stmt->ColumnText(0);
    for (const auto& [name, field] : kSettingsFields) {
      if (name == key) settings.*field = stmt->ColumnText(1);
    }
  }
  return settings;
}

Result<void> SqliteStore::SaveSettings(const SiteSettings& s) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  {
    ASSIGN_OR_RETURN(auto upsert,
                     db.Prepare("INSERT INTO site_settings (key, value) "
                                "VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    for (const auto& [name, field] : kSettingsFields) {
      upsert->Reset();
      TOASOAN_TRY(upsert->BindAll(name, s.*field));
      TOASOAN_TRY(upsert->Run());
    }
  }
  TOASOAN_TRY(RecordChange({"settings"}));
  return txn.Commit();
}

// --- Changes -----------------------------------------------------------------------------

Result<std::vector<Change>> SqliteStore::ChangesSince(int64_t after) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT id, tags FROM changes WHERE id > ?1 ORDER BY id"));
  TOASOAN_TRY(stmt->BindAll(after));
  std::vector<Change> changes;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    changes.push_back(Change{stmt->ColumnInt64(0), SplitTags(stmt->ColumnText(1))});
  }
  return changes;
}

Result<int64_t> SqliteStore::LatestChangeId() {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt, reader.db().Prepare("SELECT COALESCE(MAX(id), 0) FROM changes"));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  CHECK(row);
  return stmt->ColumnInt64(0);
}

}  // namespace toasoan

#undef ARTICLE_COLUMNS
#undef ARTICLE_COLUMNS_WITHOUT_BODY

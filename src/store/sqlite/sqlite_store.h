#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "store/newsroom_store.h"
#include "store/photo_library.h"
#include "store/store.h"

namespace toasoan {

namespace sqlite {
class Database;
}

// The Store on one SQLite file: the default for a portal on one machine.
//
// Durability: the file runs in WAL mode with synchronous=FULL, so once a write method
// returns success the write survives a crash, a kill -9 or a power cut.
//
// Threads and processes: every method may be called from any thread, and several
// processes may open the same file (SQLite's file locks coordinate them). Writes go
// through one connection under a mutex and start with BEGIN IMMEDIATE, which waits up to
// 5 s for another process's write to finish (then fails with kIo). Reads use a pool of
// read-only connections, one per concurrently reading thread, and never wait for
// writers; a read that needs several queries runs them in one read transaction, so it
// sees a single consistent snapshot.
//
// What the Store contract leaves open, here:
// - ListSections orders by position, then id (siblings in their order; the caller builds
//   the tree).
// - SaveSection fails with kNotFound for an unknown id or parent, and with
//   kInvalidArgument when the parent is the section itself or one of its descendants.
// - SaveArticle fails with kNotFound for an unknown article, section or photo id (a
//   photo id must belong to this article), and with kConflict for an import key another
//   article has. A photo passed with its id keeps it; stored photos not passed are
//   deleted. A published article saved without published_at gets the clock's now.
//   created_at and updated_at are stored as given. An empty import_key is stored as
//   none.
// - ListPublished clamps per_page to 1..100 and page to at least 1.
// - Search: SaveArticle updates the search index in its own transaction (see
//   sqlite_search.h); Open builds the index when the file's was built by another
//   version of the search code (a first open after an upgrade takes that long).
//   RebuildSearchIndex holds the write lock throughout, so writers wait for it.
// - View counts are kept eight days (the longest most-read list covers seven); older
//   hours are pruned when views are added.
// - Changes: the tags of a write are those of store.h; a change is kept for a day
//   (pruned on later writes) and change ids have no gaps, so a reader whose
//   ChangesSince(after) starts above after + 1 has missed pruned changes and should drop
//   its whole cache.
// - Newsroom (NewsroomStore): CreateUser fails with kNotFound for an unknown section id;
//   UpdateUser with kNotFound for an unknown user or section, and writes `audit` in its
//   transaction (disabling also deletes the account's sessions there). Sessions, tokens
//   and users are keyed as given; SessionByDigest and UserIdByApiToken answer nullopt
//   for an unknown digest. SaveArticleWithRevision runs SaveArticle's write (change
//   events, search index), then the revision (its article_id set to the saved
//   article's) and the audit entry, in one transaction: all or none are stored.
//   ListNewsroomArticles orders by updated_at, then id, newest first; its items carry
//   bylines and photos but an empty body_html; `text` matches titles whose words start
//   with every word of it, ignoring case and diacritics ("dang bo" finds "Đảng bộ").
//   Paging clamps as ListPublished does. DueScheduled returns at most 100, by
//   scheduled_at then id. ListAudit orders by id, newest first, clamps per_page to
//   1..200; `to` is exclusive. Revisions list oldest first.
// - SaveImport keeps its record in article_imports (schema v8); a forced overwrite is
//   also audited as "article.import_forced" (address "cli").
class SqliteStore : public Store, public NewsroomStore, public PhotoLibrary {
 public:
  // Opens (creating when missing) the database at `db_file` and applies pending
  // migrations. Fails with kInvalidArgument when the file has a newer schema than this
  // binary knows. `clock` stamps change events and defaults published_at; it must
  // outlive the store.
  static Result<std::unique_ptr<SqliteStore>> Open(const std::filesystem::path& db_file,
                                                   const Clock& clock = Clock::System());
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Result<std::vector<Section>> ListSections() override;
  Result<Section> SectionById(int64_t id) override;
  Result<Section> SectionBySlug(std::string_view slug) override;
  Result<Section> SaveSection(const Section& s) override;

  Result<Article> ArticleById(int64_t id) override;
  Result<std::optional<Article>> ArticleByImportKey(std::string_view import_key) override;
  Result<ArticleList> ListPublished(const PublishedQuery& q) override;
  Result<Article> SaveArticle(const Article& a) override;
  Result<ImportSaved> SaveImport(const ImportRequest& r) override;  // sqlite_imports.cc

  Result<SearchResults> Search(const SearchRequest& r) override;
  Result<int64_t> RebuildSearchIndex(
      const std::function<void(int64_t done, int64_t total)>& progress) override;

  Result<std::optional<ArticleAudio>> ArticleAudioOf(int64_t article_id) override;
  Result<void> SaveArticleAudio(const ArticleAudio& audio) override;
  Result<void> DeleteArticleAudio(int64_t article_id) override;

  Result<std::vector<Article>> ListPublishedBetween(const PublishedRange& r) override;
  Result<std::vector<PublishedMonth>> PublishedMonths(std::chrono::seconds utc_offset) override;
  Result<void> AddViews(const std::vector<ViewCount>& counts, Timestamp at) override;
  Result<std::vector<ViewCount>> MostViewed(Timestamp since, int limit) override;

  Result<SiteSettings> LoadSettings() override;
  Result<void> SaveSettings(const SiteSettings& s) override;

  Result<std::vector<Change>> ChangesSince(int64_t after) override;
  Result<int64_t> LatestChangeId() override;

  // NewsroomStore (sqlite_users.cc, sqlite_sessions.cc, sqlite_revisions.cc,
  // sqlite_audit.cc).
  Result<User> CreateUser(const User& u, const std::string& password_hash) override;
  Result<User> UserById(int64_t id) override;
  Result<User> UserByUsername(std::string_view username) override;
  Result<std::vector<User>> ListUsers() override;
  Result<User> UpdateUser(const User& u, const AuditEntry& audit) override;
  Result<std::string> PasswordHashOf(int64_t user_id) override;
  Result<void> SetPasswordHash(int64_t user_id, const std::string& hash) override;

  Result<void> CreateSession(const Session& s) override;
  Result<std::optional<Session>> SessionByDigest(std::string_view token_digest) override;
  Result<void> TouchSession(std::string_view token_digest, Timestamp at) override;
  Result<void> DeleteSession(std::string_view token_digest) override;
  Result<void> DeleteSessionsOf(int64_t user_id) override;

  Result<void> CreateApiToken(int64_t user_id, std::string_view token_digest,
                              std::string_view name) override;
  Result<std::optional<int64_t>> UserIdByApiToken(std::string_view token_digest) override;

  Result<ArticleList> ListNewsroomArticles(const NewsroomQuery& q) override;
  Result<Article> SaveArticleWithRevision(const Article& a, const Revision& r,
                                          const AuditEntry& audit) override;
  Result<std::vector<Revision>> ListRevisions(int64_t article_id) override;
  Result<Revision> RevisionById(int64_t id) override;
  Result<std::vector<Article>> DueScheduled(Timestamp now) override;

  // sqlite_proofread_dismissals.cc
  Result<std::vector<std::string>> DismissedWarnings(int64_t article_id) override;
  Result<void> DismissWarning(int64_t article_id, std::string_view key, int64_t user_id,
                              Timestamp at, const AuditEntry& audit) override;
  Result<void> RestoreWarning(int64_t article_id, std::string_view key,
                              const AuditEntry& audit) override;

  Result<void> AppendAudit(const AuditEntry& e) override;
  Result<AuditPage> ListAudit(const AuditQuery& q) override;

  // PhotoLibrary (sqlite_photo_library.cc).
  Result<Added> AddPhotoAsset(const PhotoAsset& a, const std::optional<AuditEntry>& audit) override;
  Result<PhotoAsset> PhotoAssetById(int64_t id) override;
  Result<std::optional<PhotoAsset>> PhotoAssetByFile(std::string_view file) override;
  Result<std::vector<PhotoAsset>> PhotoAssetsByFiles(
      const std::vector<std::string>& files) override;
  Result<PhotoAssetList> ListPhotoAssets(const PhotoAssetQuery& q) override;
  Result<PhotoAsset> UpdatePhotoAssetText(int64_t id, const std::string& caption,
                                          const std::string& credit, const std::string& alt,
                                          const std::optional<AuditEntry>& audit) override;
  Result<void> SetPhotoAssetVariants(int64_t id,
                                     const std::vector<ImageVariant>& variants) override;
  Result<std::vector<PhotoAsset>> PhotoAssetsAwaitingVariants(int limit) override;

 private:
  class Reader;  // a pooled read connection, returned to the pool when destroyed

  SqliteStore(std::filesystem::path db_file, const Clock& clock,
              std::unique_ptr<sqlite::Database> writer);

  Result<Reader> AcquireReader();
  void ReleaseReader(std::unique_ptr<sqlite::Database> db);

  // Runs inside the caller's write transaction: stores a change carrying `tags` and
  // prunes changes older than a day.
  Result<void> RecordChange(const std::vector<std::string>& tags);
  // SaveArticle's write, inside the caller's write transaction (write_mu_ held).
  Result<Article> SaveArticleInTransaction(const Article& a);
  // Inside the caller's write transaction (write_mu_ held).
  Result<void> AppendAuditInTransaction(const AuditEntry& e);
  Result<void> ReplaceUserSections(int64_t user_id, const std::vector<int64_t>& section_ids);
  // Inside the caller's write transaction: records a change for the asset's file and the
  // articles showing it.
  Result<void> RecordPhotoChange(const std::string& file);

  const std::filesystem::path db_file_;
  const Clock& clock_;

  std::mutex write_mu_;
  std::unique_ptr<sqlite::Database> writer_;  // guarded by write_mu_

  std::mutex pool_mu_;
  std::vector<std::unique_ptr<sqlite::Database>> idle_readers_;  // guarded by pool_mu_
};

}  // namespace toasoan

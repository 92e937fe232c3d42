#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "domain/article_audio.h"
#include "domain/section.h"
#include "domain/site_settings.h"
#include "search/text_run.h"
#include "store/import_plan.h"

namespace toasoan {

// A page of a listing. `pages` is at least 1, even for an empty listing.
struct ArticleList {
  std::vector<Article> items;
  int page = 1;
  int pages = 1;
  int64_t total = 0;
};

struct PublishedQuery {
  std::optional<int64_t> section_id;  // only this section (not its children)
  int page = 1;                       // 1-based
  int per_page = 20;
};

// A search of the published articles (see search/query.h for what the text may hold).
struct SearchRequest {
  std::string text;                   // what the reader typed: any bytes
  std::optional<int64_t> section_id;  // only this section (not its children)
  std::optional<Timestamp> from;      // published at or after
  std::optional<Timestamp> to;        // published at or before
  int page = 1;                       // 1-based
  int per_page = 10;
};

struct SearchHit {
  // The fields a listing shows: id, section_id, slug, title, lead, status, published_at
  // (body, photos and bylines are left empty).
  Article article;
  search::TextRuns title;    // the title with the matched words marked
  search::TextRuns snippet;  // a passage of the text with the matched words marked
};

struct SearchResults {
  std::string query;         // the reader's query as searched (NFC, bounded)
  std::string searched_for;  // `query`, or its Telex/VNI decoding when that was searched
  bool decoded = false;      // searched_for is a decoding of query
  bool truncated = false;    // the input was cut to the bounds of search/query.h
  std::vector<SearchHit> hits;
  int page = 1;
  int per_page = 10;
  bool has_more = false;  // a next page has hits
};

// Search pages beyond this are not served: readers refine the query long before, and
// each page deeper costs more.
inline constexpr int kMaxSearchPage = 50;

// A window of published articles (Store::ListPublishedBetween).
struct PublishedRange {
  std::optional<int64_t> section_id;  // only this section (not its children)
  std::optional<Timestamp> from;      // published at or after
  std::optional<Timestamp> to;        // published before
  int limit = 50;
};

// A calendar month with published articles (Store::PublishedMonths).
struct PublishedMonth {
  int year = 0;
  int month = 0;  // 1..12
  int64_t count = 0;
  Timestamp last_modified{};  // the latest published_at or updated_at of its articles
};

// Views of one article (Store::AddViews, Store::MostViewed).
struct ViewCount {
  int64_t article_id = 0;
  int64_t views = 0;
};

// A change that public pages may depend on. Tags name what changed: "article:12",
// "section:3", "list:all", "list:section:3", "settings". Pages record the tags they
// show, and the page cache drops exactly the pages carrying a changed tag.
struct Change {
  int64_t id = 0;  // increasing
  std::vector<std::string> tags;
};

// One export to import (importer/article_import.h): the article as the export makes it
// (status published, import_key set, photos without ids) and whether to overwrite what
// the newsroom changed since the last import.
struct ImportRequest {
  Article article;
  bool force = false;
};

struct ImportSaved {
  Article article;  // as stored now (for kSkipped and kUnchanged: as it was)
  ImportAction action = ImportAction::kCreated;
};

// The storage of a portal. Implementations (SQLite now, PostgreSQL later) are
// thread-safe: every method may be called from any thread. Every write runs in one
// transaction and records a Change in the same transaction, so readers in this or any
// other process see the data and its change event together or not at all.
class Store {
 public:
  virtual ~Store() = default;

  // Sections
  virtual Result<std::vector<Section>> ListSections() = 0;
  virtual Result<Section> SectionById(int64_t id) = 0;
  virtual Result<Section> SectionBySlug(std::string_view slug) = 0;
  // Inserts when `s.id == 0`, else updates. Fails with kConflict on a taken slug.
  virtual Result<Section> SaveSection(const Section& s) = 0;

  // Articles
  virtual Result<Article> ArticleById(int64_t id) = 0;
  // The article imported from `import_key`, or nullopt.
  virtual Result<std::optional<Article>> ArticleByImportKey(std::string_view import_key) = 0;
  // Published articles, newest first (published_at, then id).
  virtual Result<ArticleList> ListPublished(const PublishedQuery& q) = 0;
  // Inserts when `a.id == 0`, else replaces the stored article and its photos. Returns
  // the stored article with ids filled in.
  virtual Result<Article> SaveArticle(const Article& a) = 0;
  // An import of `r.article`, decided by PlanImport (store/import_plan.h) against the
  // stored article with its import key, the fingerprint its last import recorded and
  // whether it has revisions, and written (SaveArticle's write, then the new import
  // record) in the same transaction as that reading, so a newsroom save cannot slip in
  // between. kOverwritten also keeps two revisions by the importer (user 0): the text
  // the newsroom left, then the imported text.
  virtual Result<ImportSaved> SaveImport(const ImportRequest& r) = 0;

  // Search over the published articles, ranked as search/match_plan.h describes (best
  // match first, newest first among equals). per_page is clamped to 1..50 and page to
  // 1..kMaxSearchPage; a page past the last has no hits. An ASCII query that finds
  // nothing is retried as Telex, then VNI (search/ranker.h). Published articles are
  // searchable as soon as the write that published them returns.
  // Stores without search (test fakes) fail with kInternal.
  virtual Result<SearchResults> Search(const SearchRequest& r);
  // Rebuilds the search index from the stored articles in one write transaction
  // (searches meanwhile see the old index), calling `progress(done, total)` along the
  // way. Returns the number of articles indexed.
  virtual Result<int64_t> RebuildSearchIndex(
      const std::function<void(int64_t done, int64_t total)>& progress);

  // Listen-to-article audio (app/audio_generator.h makes the files). The audio recorded
  // for an article, or nullopt when it has none. Stores without audio (test fakes) have
  // none and fail the writes with kInternal.
  virtual Result<std::optional<ArticleAudio>> ArticleAudioOf(int64_t article_id);
  // Records an article's audio, replacing what was recorded. Its change carries
  // "article:ID", so the article page is rendered again with the player, and
  // "media:FILE" for a replaced file, so cached copies of it go. Fails with kNotFound for
  // an unknown article.
  virtual Result<void> SaveArticleAudio(const ArticleAudio& audio);
  // Forgets an article's audio; records a change ("article:ID", "media:FILE") only when
  // there was one.
  virtual Result<void> DeleteArticleAudio(int64_t article_id);

  // Feeds, sitemaps, related articles. Published articles with from <= published_at <
  // to, newest first (published_at, then id), at most `limit` (clamped to 1..50000),
  // WITHOUT body_html (bylines and photos are filled). Stores without it (test fakes)
  // fail with kInternal.
  virtual Result<std::vector<Article>> ListPublishedBetween(const PublishedRange& r);
  // The months that have published articles, as calendars at UTC+`utc_offset` count
  // them, newest first.
  virtual Result<std::vector<PublishedMonth>> PublishedMonths(std::chrono::seconds utc_offset);

  // Most-read counts. Adds `counts` to the hour (UTC) that holds `at`; views of an article
  // that no longer exists are dropped. Records no change: views alone change no page (the
  // most-read lists are refreshed on their own schedule, see site/most_read_board.h).
  virtual Result<void> AddViews(const std::vector<ViewCount>& counts, Timestamp at);
  // The published articles viewed most in the hours from the one holding `since` on, most
  // views first (then newest), at most `limit` (clamped to 1..100).
  virtual Result<std::vector<ViewCount>> MostViewed(Timestamp since, int limit);

  // Site settings
  virtual Result<SiteSettings> LoadSettings() = 0;
  virtual Result<void> SaveSettings(const SiteSettings& s) = 0;

  // Changes with id > `after`, oldest first. Used by every server process to keep its
  // page cache in step with writes made by any process.
  virtual Result<std::vector<Change>> ChangesSince(int64_t after) = 0;
  virtual Result<int64_t> LatestChangeId() = 0;
};

inline Result<SearchResults> Store::Search(const SearchRequest&) {
  return Fail(Error::Internal("this store has no search index"));
}

inline Result<int64_t> Store::RebuildSearchIndex(const std::function<void(int64_t, int64_t)>&) {
  return Fail(Error::Internal("this store has no search index"));
}

inline Result<std::optional<ArticleAudio>> Store::ArticleAudioOf(int64_t) {
  return std::optional<ArticleAudio>();
}

inline Result<void> Store::SaveArticleAudio(const ArticleAudio&) {
  return Fail(Error::Internal("this store keeps no audio"));
}

inline Result<void> Store::DeleteArticleAudio(int64_t) {
  return Fail(Error::Internal("this store keeps no audio"));
}

inline Result<std::vector<Article>> Store::ListPublishedBetween(const PublishedRange&) {
  return Fail(Error::Internal("this store cannot list by date"));
}

inline Result<std::vector<PublishedMonth>> Store::PublishedMonths(std::chrono::seconds) {
  return Fail(Error::Internal("this store cannot list by date"));
}

inline Result<void> Store::AddViews(const std::vector<ViewCount>&, Timestamp) {
  return Fail(Error::Internal("this store keeps no view counts"));
}

inline Result<std::vector<ViewCount>> Store::MostViewed(Timestamp, int) {
  return Fail(Error::Internal("this store keeps no view counts"));
}

}  // namespace toasoan

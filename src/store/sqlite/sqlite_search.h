#pragma once

#include <cstdint>
#include <functional>

#include "base/result.h"
#include "domain/article.h"
#include "store/sqlite/sqlite_db.h"
#include "store/store.h"

namespace toasoan::sqlite {

// Search on SQLite: the search_docs and search_fts tables of schema version 2 (see
// migrations.cc), ranked by the backend-neutral search::RankPage, which this file feeds
// with FTS5 queries. Every function runs inside the caller's transaction on `db` and is
// as thread-safe as `db` (see sqlite_db.h).

// The version of what the index holds (terms, document text). A change to either bumps
// it, and SqliteStore rebuilds an index built by another version when it opens the file.
inline constexpr int64_t kSearchIndexVersion = 3;

// In a write transaction: removes the article's document, then indexes it again when it
// is public, so the index follows publishing, edits and unpublishing in the same
// transaction as the article.
Result<void> UpdateSearchDocument(Database& db, const Article& a);

// Whether the index was built by kSearchIndexVersion.
Result<bool> SearchIndexIsCurrent(Database& db);

// In a write transaction: rebuilds every document from the published articles and
// records kSearchIndexVersion, calling `progress(done, total)` after each article.
// Returns the number of articles indexed.
Result<int64_t> RebuildSearchDocuments(
    Database& db, const std::function<void(int64_t done, int64_t total)>& progress);

// In a read transaction: the search `r` describes (Store::Search's contract).
Result<SearchResults> RunSearch(Database& db, const SearchRequest& r);

}  // namespace toasoan::sqlite

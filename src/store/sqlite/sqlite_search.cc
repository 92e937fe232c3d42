#include "store/sqlite/sqlite_search.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include "search/document_text.h"
#include "search/ranker.h"
#include "search/snippet.h"

namespace toasoan::sqlite {
namespace {

// Documents are ordered by their id, the order key: publish time in seconds shifted
// left, with the low bits of the article id below it. Descending ids are then the public
// listings' order (published_at, then id) for up to 2^20 articles a second, and a date
// range is an id range.
constexpr int64_t kOrderLow = int64_t{1} << 20;
constexpr int64_t kMaxOrderSeconds = int64_t{1} << 42;  // year 139 000: no overflow

int64_t OrderKey(int64_t seconds, int64_t low) {
  seconds = std::clamp(seconds, -kMaxOrderSeconds, kMaxOrderSeconds);
  return seconds * kOrderLow + (low & (kOrderLow - 1));
}

// FTS5 query syntax for a match: every term inside a string, so no term is read as an
// operator, a column filter or a prefix.
void AppendFts5(const search::Match& m, std::string* out) {
  using Kind = search::Match::Kind;
  switch (m.kind) {
    case Kind::kPhrase:
      out->push_back('"');
      for (std::size_t i = 0; i < m.terms.size(); ++i) {
        if (i > 0) out->push_back(' ');
        for (char c : m.terms[i]) {
          if (c == '"') out->push_back('"');
          out->push_back(c);
        }
      }
      out->push_back('"');
      return;
    case Kind::kAnd:
    case Kind::kOr:
      out->push_back('(');
      for (std::size_t i = 0; i < m.children.size(); ++i) {
        if (i > 0) *out += m.kind == Kind::kAnd ? " AND " : " OR ";
        AppendFts5(m.children[i], out);
      }
      out->push_back(')');
      return;
    case Kind::kNear:
      *out += "NEAR(";
      for (std::size_t i = 0; i < m.children.size(); ++i) {
        if (i > 0) out->push_back(' ');
        AppendFts5(m.children[i], out);
      }
      *out += ", " + std::to_string(m.distance) + ")";
      return;
  }
}

// The index as the ranker sees it: FTS5 queries, newest first. FTS5 walks its doclists
// in descending rowid order itself, so a scan that stops early reads little.
class Fts5TermIndex : public search::TermIndex {
 public:
  explicit Fts5TermIndex(Database& db) : db_(db) {}

  Result<void> Scan(const search::Match& m, const search::Filter& filter,
                    const std::function<bool(int64_t)>& visit) override {
    std::string query;
    AppendFts5(m, &query);
    const int64_t low = filter.from ? OrderKey(ToUnixSeconds(*filter.from), 0)
                                    : std::numeric_limits<int64_t>::min();
    const int64_t high = filter.to ? OrderKey(ToUnixSeconds(*filter.to), kOrderLow - 1)
                                   : std::numeric_limits<int64_t>::max();
    // CROSS JOIN keeps the index scan outside, so the order and the early stop hold.
    auto stmt = db_.Prepare(filter.section_id
                                ? "SELECT f.rowid FROM search_fts AS f CROSS JOIN search_docs AS d "
                                  "ON d.id = f.rowid WHERE f.search_fts MATCH ?1 "
                                  "AND f.rowid BETWEEN ?2 AND ?3 AND d.section_id = ?4 "
                                  "ORDER BY f.rowid DESC"
                                : "SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 "
                                  "AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid DESC");
    if (!stmt) return Fail(stmt.error());
    if (filter.section_id) {
      TOASOAN_TRY((*stmt)->BindAll(query, low, high, *filter.section_id));
    } else {
      TOASOAN_TRY((*stmt)->BindAll(query, low, high));
    }
    for (;;) {
      auto row = (*stmt)->Step();
      if (!row) return Fail(row.error());
      if (!*row || !visit((*stmt)->ColumnInt64(0))) return {};
    }
  }

 private:
  Database& db_;
};

Result<bool> Exists(Database& db, int64_t id) {
  auto stmt = db.Prepare("SELECT 1 FROM search_docs WHERE id = ?1");
  if (!stmt) return Fail(stmt.error());
  TOASOAN_TRY((*stmt)->BindAll(id));
  return (*stmt)->Step();
}

Result<void> InsertDocument(Database& db, const Article& a) {
  const search::DocumentText text = search::ArticleDocumentText(a);
  const int64_t seconds = a.published_at ? ToUnixSeconds(*a.published_at) : 0;
  int64_t id = OrderKey(seconds, a.id);
  for (;;) {
    auto taken = Exists(db, id);
    if (!taken) return Fail(taken.error());
    if (!*taken) break;
    ++id;  // a rare clash of low bits within one second
  }
  {
    auto insert = db.Prepare(
        "INSERT INTO search_docs (id, article_id, section_id, title, body) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert) return Fail(insert.error());
    TOASOAN_TRY((*insert)->BindAll(id, a.id, a.section_id, text.title, text.body));
    TOASOAN_TRY((*insert)->Run());
  }
  auto index = db.Prepare("INSERT INTO search_fts (rowid, title, body) VALUES (?1, ?2, ?3)");
  if (!index) return Fail(index.error());
  TOASOAN_TRY((*index)->BindAll(id, text.title, text.body));
  return (*index)->Run();
}

Result<void> SetIndexVersion(Database& db) {
  auto stmt = db.Prepare(
      "INSERT INTO search_state (key, value) VALUES ('index_version', ?1) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  if (!stmt) return Fail(stmt.error());
  TOASOAN_TRY((*stmt)->BindAll(kSearchIndexVersion));
  return (*stmt)->Run();
}

}  // namespace

Result<void> UpdateSearchDocument(Database& db, const Article& a) {
  std::optional<int64_t> old_id;
  std::string old_title;
  std::string old_body;
  {
    auto old = db.Prepare("SELECT id, title, body FROM search_docs WHERE article_id = ?1");
    if (!old) return Fail(old.error());
    TOASOAN_TRY((*old)->BindAll(a.id));
    auto row = (*old)->Step();
    if (!row) return Fail(row.error());
    if (*row) {
      old_id = (*old)->ColumnInt64(0);
      old_title = (*old)->ColumnText(1);
      old_body = (*old)->ColumnText(2);
    }
  }
  if (old_id) {
    // An external content table forgets a document only when told its old text.
    auto forget = db.Prepare(
        "INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', ?1, ?2, ?3)");
    if (!forget) return Fail(forget.error());
    TOASOAN_TRY((*forget)->BindAll(*old_id, old_title, old_body));
    TOASOAN_TRY((*forget)->Run());
    auto remove = db.Prepare("DELETE FROM search_docs WHERE id = ?1");
    if (!remove) return Fail(remove.error());
    TOASOAN_TRY((*remove)->BindAll(*old_id));
    TOASOAN_TRY((*remove)->Run());
  }
  if (!IsPublic(a)) return {};
  return InsertDocument(db, a);
}

Result<bool> SearchIndexIsCurrent(Database& db) {
  auto stmt = db.Prepare("SELECT value FROM search_state WHERE key = 'index_version'");
  if (!stmt) return Fail(stmt.error());
  auto row = (*stmt)->Step();
  if (!row) return Fail(row.error());
  return *row && (*stmt)->ColumnInt64(0) == kSearchIndexVersion;
}

namespace {

Result<int64_t> RebuildAll(Database& db,
                           const std::function<void(int64_t done, int64_t total)>& progress) {
  // Segments are merged once, at the end ('optimize'), rather than all along: a sixth
  // less work for a full rebuild. FTS5's default settings come back afterwards.
  TOASOAN_TRY(
      db.Exec("DELETE FROM search_docs; "
              "INSERT INTO search_fts (search_fts) VALUES ('delete-all'); "
              "INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0); "
              "INSERT INTO search_fts (search_fts, rank) VALUES ('crisismerge', 64);"));
  int64_t total = 0;
  {
    auto count = db.Prepare("SELECT COUNT(*) FROM articles WHERE status = 'published'");
    if (!count) return Fail(count.error());
    auto row = (*count)->Step();
    if (!row) return Fail(row.error());
    total = (*count)->ColumnInt64(0);
  }
  if (progress) progress(0, total);
  auto articles = db.Prepare(
      "SELECT id, section_id, title, lead, body_html, published_at FROM articles "
      "WHERE status = 'published' ORDER BY id");
  if (!articles) return Fail(articles.error());
  int64_t done = 0;
  for (;;) {
    auto row = (*articles)->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    Article a;
    a.status = ArticleStatus::kPublished;
    a.id = (*articles)->ColumnInt64(0);
    a.section_id = (*articles)->ColumnInt64(1);
    a.title = (*articles)->ColumnText(2);
    a.lead = (*articles)->ColumnText(3);
    a.body_html = (*articles)->ColumnText(4);
    if (auto at = (*articles)->ColumnOptionalInt64(5)) a.published_at = FromUnixSeconds(*at);
    {
      auto photos =
          db.Prepare("SELECT caption, credit FROM photos WHERE article_id = ?1 ORDER BY ordinal");
      if (!photos) return Fail(photos.error());
      TOASOAN_TRY((*photos)->BindAll(a.id));
      for (;;) {
        auto p = (*photos)->Step();
        if (!p) return Fail(p.error());
        if (!*p) break;
        Photo photo;
        photo.caption = (*photos)->ColumnText(0);
        photo.credit = (*photos)->ColumnText(1);
        a.photos.push_back(std::move(photo));
      }
    }
    {
      auto bylines =
          db.Prepare("SELECT name FROM article_bylines WHERE article_id = ?1 ORDER BY position");
      if (!bylines) return Fail(bylines.error());
      TOASOAN_TRY((*bylines)->BindAll(a.id));
      for (;;) {
        auto b = (*bylines)->Step();
        if (!b) return Fail(b.error());
        if (!*b) break;
        a.bylines.push_back((*bylines)->ColumnText(0));
      }
    }
    TOASOAN_TRY(InsertDocument(db, a));
    ++done;
    if (progress) progress(done, total);
  }
  // One segment answers queries fastest; a rebuild is the time to merge.
  TOASOAN_TRY(
      db.Exec("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 4); "
              "INSERT INTO search_fts (search_fts, rank) VALUES ('crisismerge', 16); "
              "INSERT INTO search_fts (search_fts) VALUES ('optimize');"));
  TOASOAN_TRY(SetIndexVersion(db));
  return done;
}

}  // namespace

Result<int64_t> RebuildSearchDocuments(
    Database& db, const std::function<void(int64_t done, int64_t total)>& progress) {
  // The whole index changes in one transaction: with SQLite's default 2 MB page cache,
  // FTS5's segment merges would spill pages and read them back all along.
  int64_t cache_size = 0;
  {
    auto get = db.Prepare("PRAGMA cache_size");
    if (!get) return Fail(get.error());
    auto row = (*get)->Step();
    if (!row) return Fail(row.error());
    cache_size = (*get)->ColumnInt64(0);
  }
  TOASOAN_TRY(db.Exec("PRAGMA cache_size = -262144"));  // 256 MiB while it lasts
  auto rebuilt = RebuildAll(db, progress);
  TOASOAN_TRY(db.Exec("PRAGMA cache_size = " + std::to_string(cache_size)));
  return rebuilt;
}

Result<SearchResults> RunSearch(Database& db, const SearchRequest& r) {
  SearchResults results;
  results.per_page = std::clamp(r.per_page, 1, 50);
  results.page = std::max(r.page, 1);
  search::Filter filter;
  filter.section_id = r.section_id;
  filter.from = r.from;
  filter.to = r.to;
  // Past the last page served nothing is searched, but the query still shows parsed.
  const int page = std::min(results.page, kMaxSearchPage + 1);
  const int64_t limit = page > kMaxSearchPage ? 0 : results.per_page;
  Fts5TermIndex index(db);
  auto outcome = search::Search(index, r.text, filter, int64_t{page - 1} * results.per_page, limit);
  if (!outcome) return Fail(outcome.error());
  results.query = outcome->typed.text;
  results.searched_for = outcome->searched.text;
  results.decoded = outcome->decoded;
  results.truncated = outcome->typed.truncated;
  results.has_more = outcome->page.has_more && page < kMaxSearchPage;

  auto stmt = db.Prepare(
      "SELECT d.body, a.id, a.section_id, a.slug, a.title, a.lead, a.published_at "
      "FROM search_docs AS d JOIN articles AS a ON a.id = d.article_id "
      "WHERE d.id = ?1 AND a.status = 'published'");
  if (!stmt) return Fail(stmt.error());
  for (int64_t doc : outcome->page.docs) {
    (*stmt)->Reset();
    TOASOAN_TRY((*stmt)->BindAll(doc));
    auto row = (*stmt)->Step();
    if (!row) return Fail(row.error());
    if (!*row) continue;  // only an article unpublished behind the index's back
    SearchHit hit;
    Article& a = hit.article;
    a.status = ArticleStatus::kPublished;
    a.id = (*stmt)->ColumnInt64(1);
    a.section_id = (*stmt)->ColumnInt64(2);
    a.slug = (*stmt)->ColumnText(3);
    a.title = (*stmt)->ColumnText(4);
    a.lead = (*stmt)->ColumnText(5);
    if (auto at = (*stmt)->ColumnOptionalInt64(6)) a.published_at = FromUnixSeconds(*at);
    hit.title = search::Highlight(a.title, outcome->searched);
    hit.snippet = search::Snippet((*stmt)->ColumnText(0), outcome->searched);
    results.hits.push_back(std::move(hit));
  }
  return results;
}

}  // namespace toasoan::sqlite

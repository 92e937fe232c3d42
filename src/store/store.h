#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/site_settings.h"

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

// A change that public pages may depend on. Tags name what changed: "article:12",
// "section:3", "list:all", "list:section:3", "settings". Pages record the tags they
// show, and the page cache drops exactly the pages carrying a changed tag.
struct Change {
  int64_t id = 0;  // increasing
  std::vector<std::string> tags;
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

  // Site settings
  virtual Result<SiteSettings> LoadSettings() = 0;
  virtual Result<void> SaveSettings(const SiteSettings& s) = 0;

  // Changes with id > `after`, oldest first. Used by every server process to keep its
  // page cache in step with writes made by any process.
  virtual Result<std::vector<Change>> ChangesSince(int64_t after) = 0;
  virtual Result<int64_t> LatestChangeId() = 0;
};

}  // namespace toasoan

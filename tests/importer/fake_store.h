#pragma once

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/store.h"

namespace toasoan {

// An in-memory Store for unit tests: same contract as the real ones (ids from 1, slug
// conflicts, photos replaced with their article, a Change per write), plus fault
// injection: FailNext("SaveSection", error) makes the next call of that method fail.
class FakeStore : public Store {
 public:
  void FailNext(std::string method, Error error) {
    std::lock_guard lock(mu_);
    faults_.emplace(std::move(method), std::move(error));
  }

  std::vector<Article> Articles() const {
    std::lock_guard lock(mu_);
    return articles_;
  }

  Result<std::vector<Section>> ListSections() override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("ListSections"));
    return sections_;
  }

  Result<Section> SectionById(int64_t id) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("SectionById"));
    for (const Section& s : sections_) {
      if (s.id == id) return s;
    }
    return Fail(Error::NotFound("no section " + std::to_string(id)));
  }

  Result<Section> SectionBySlug(std::string_view slug) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("SectionBySlug"));
    for (const Section& s : sections_) {
      if (s.slug == slug) return s;
    }
    return Fail(Error::NotFound("no section " + std::string(slug)));
  }

  Result<Section> SaveSection(const Section& s) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("SaveSection"));
    for (const Section& other : sections_) {
      if (other.slug == s.slug && other.id != s.id) {
        return Fail(Error::Conflict("section slug taken: " + s.slug));
      }
    }
    if (s.id == 0) {
      Section copy = s;
      copy.id = ++last_section_id_;
      sections_.push_back(copy);
      Record({"section:" + std::to_string(copy.id), "list:all"});
      return copy;
    }
    for (Section& other : sections_) {
      if (other.id == s.id) {
        other = s;
        Record({"section:" + std::to_string(s.id), "list:all"});
        return s;
      }
    }
    return Fail(Error::NotFound("no section " + std::to_string(s.id)));
  }

  Result<Article> ArticleById(int64_t id) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("ArticleById"));
    for (const Article& a : articles_) {
      if (a.id == id) return a;
    }
    return Fail(Error::NotFound("no article " + std::to_string(id)));
  }

  Result<std::optional<Article>> ArticleByImportKey(std::string_view import_key) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("ArticleByImportKey"));
    for (const Article& a : articles_) {
      if (!a.import_key.empty() && a.import_key == import_key) return a;
    }
    return std::optional<Article>();
  }

  Result<ArticleList> ListPublished(const PublishedQuery& q) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("ListPublished"));
    std::vector<Article> matching;
    for (const Article& a : articles_) {
      if (IsPublic(a) && (!q.section_id || a.section_id == *q.section_id)) {
        matching.push_back(a);
      }
    }
    std::sort(matching.begin(), matching.end(), [](const Article& x, const Article& y) {
      const auto px = x.published_at.value_or(Timestamp{});
      const auto py = y.published_at.value_or(Timestamp{});
      return px != py ? px > py : x.id > y.id;
    });
    ArticleList list;
    list.total = static_cast<int64_t>(matching.size());
    const int per_page = std::max(1, q.per_page);
    list.pages = std::max<int>(1, static_cast<int>((matching.size() + per_page - 1) / per_page));
    list.page = std::max(1, q.page);
    const std::size_t first = static_cast<std::size_t>(list.page - 1) * per_page;
    for (std::size_t i = first; i < matching.size() && i < first + per_page; ++i) {
      list.items.push_back(matching[i]);
    }
    return list;
  }

  Result<Article> SaveArticle(const Article& a) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("SaveArticle"));
    Article copy = a;
    for (Photo& p : copy.photos) {
      if (p.id == 0) p.id = ++last_photo_id_;
    }
    if (copy.id == 0) {
      copy.id = ++last_article_id_;
      articles_.push_back(copy);
    } else {
      auto it = std::find_if(articles_.begin(), articles_.end(),
                             [&](const Article& x) { return x.id == copy.id; });
      if (it == articles_.end()) return Fail(Error::NotFound("no article " + std::to_string(a.id)));
      *it = copy;
    }
    Record({"article:" + std::to_string(copy.id), "list:all",
            "list:section:" + std::to_string(copy.section_id)});
    return copy;
  }

  // PlanImport's decision over ArticleByImportKey and SaveArticle (so their faults
  // apply), with the import records and revisions kept in memory. Not atomic: a fake.
  Result<ImportSaved> SaveImport(const ImportRequest& r) override {
    {
      std::lock_guard lock(mu_);
      TOASOAN_TRY(Fault("SaveImport"));
    }
    auto current = ArticleByImportKey(r.article.import_key);
    if (!current) return Fail(current.error());
    std::optional<std::string> recorded;
    bool revised = false;
    if (*current) {
      std::lock_guard lock(mu_);
      if (auto it = records_.find((*current)->id); it != records_.end()) recorded = it->second;
      revised = revised_.contains((*current)->id);
    }
    ImportPlan plan = PlanImport(r.article, *current, recorded, revised, r.force);
    ImportSaved out{plan.next, plan.action};
    if (plan.action == ImportAction::kCreated || plan.action == ImportAction::kUpdated ||
        plan.action == ImportAction::kOverwritten) {
      auto saved = SaveArticle(plan.next);
      if (!saved) return Fail(saved.error());
      out.article = *saved;
      if (plan.action == ImportAction::kOverwritten) {
        std::lock_guard lock(mu_);
        importer_revisions_.push_back(**current);
        importer_revisions_.push_back(*saved);
      }
    }
    if (plan.record) {
      std::lock_guard lock(mu_);
      records_[out.article.id] = ImportFingerprint(out.article);
    }
    return out;
  }

  // As if the newsroom had kept a revision of the article (for articles with no import
  // record).
  void MarkRevised(int64_t article_id) {
    std::lock_guard lock(mu_);
    revised_.insert(article_id);
  }
  void ForgetImportRecords() {
    std::lock_guard lock(mu_);
    records_.clear();
  }
  // The articles' texts SaveImport kept as revisions (kOverwritten: before, after).
  std::vector<Article> ImporterRevisions() const {
    std::lock_guard lock(mu_);
    return importer_revisions_;
  }

  Result<SiteSettings> LoadSettings() override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("LoadSettings"));
    return settings_;
  }

  Result<void> SaveSettings(const SiteSettings& s) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("SaveSettings"));
    settings_ = s;
    Record({"settings"});
    return {};
  }

  Result<std::vector<Change>> ChangesSince(int64_t after) override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("ChangesSince"));
    std::vector<Change> out;
    for (const Change& c : changes_) {
      if (c.id > after) out.push_back(c);
    }
    return out;
  }

  Result<int64_t> LatestChangeId() override {
    std::lock_guard lock(mu_);
    TOASOAN_TRY(Fault("LatestChangeId"));
    return changes_.empty() ? int64_t{0} : changes_.back().id;
  }

 private:
  Result<void> Fault(const std::string& method) {
    // Faults of one method fire in the order they were added.
    auto it = faults_.lower_bound(method);
    if (it == faults_.end() || it->first != method) return {};
    Error e = std::move(it->second);
    faults_.erase(it);
    return Fail(std::move(e));
  }

  void Record(std::vector<std::string> tags) {
    changes_.push_back({static_cast<int64_t>(changes_.size()) + 1, std::move(tags)});
  }

  mutable std::mutex mu_;
  std::multimap<std::string, Error> faults_;
  std::vector<Section> sections_;
  std::vector<Article> articles_;
  SiteSettings settings_;
  std::vector<Change> changes_;
  std::map<int64_t, std::string> records_;  // article id → recorded import fingerprint
  std::set<int64_t> revised_;
  std::vector<Article> importer_revisions_;
  int64_t last_section_id_ = 0;
  int64_t last_article_id_ = 0;
  int64_t last_photo_id_ = 0;
};

}  // namespace toasoan

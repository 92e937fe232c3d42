#include "site/most_read_board.h"

#include <chrono>
#include <string>
#include <unordered_map>

namespace toasoan {
namespace {

using std::chrono::hours;

constexpr hours kDay{24};
constexpr hours kWeek{7 * 24};

std::vector<int64_t> Ids(const std::vector<ViewCount>& counts) {
  std::vector<int64_t> ids;
  ids.reserve(counts.size());
  for (const ViewCount& c : counts) ids.push_back(c.article_id);
  return ids;
}

}  // namespace

Result<bool> MostReadBoard::Refresh(Store& store, Timestamp now) {
  auto day = store.MostViewed(now - kDay, per_list_);
  if (!day) return Fail(day.error());
  auto week = store.MostViewed(now - kWeek, per_list_);
  if (!week) return Fail(week.error());
  auto fresh = std::make_shared<const Lists>(Lists{Ids(*day), Ids(*week)});
  std::lock_guard lock(mu_);
  if (*fresh == *lists_) return false;
  lists_ = std::move(fresh);
  return true;
}

std::shared_ptr<const MostReadBoard::Lists> MostReadBoard::Get() const {
  std::lock_guard lock(mu_);
  return lists_;
}

Result<MostReadLists> LoadMostRead(Store& store, const MostReadBoard::Lists& lists,
                                   const std::vector<Section>& sections,
                                   std::vector<std::string>* tags) {
  // The two lists mostly share their articles: each is loaded once.
  std::unordered_map<int64_t, std::optional<ArticleLink>> loaded;
  auto link = [&](int64_t id) -> Result<const std::optional<ArticleLink>*> {
    auto it = loaded.find(id);
    if (it != loaded.end()) return &it->second;
    std::optional<ArticleLink> found;
    auto article = store.ArticleById(id);
    if (!article && !article.error().IsNotFound()) return Fail(article.error());
    if (article && IsPublic(*article)) {
      for (const Section& s : sections) {
        if (s.id != article->section_id) continue;
        article->body_html.clear();  // not shown
        found = ArticleLink{s, std::move(*article)};
        tags->push_back("article:" + std::to_string(id));
        break;
      }
    }
    return &loaded.emplace(id, std::move(found)).first->second;
  };
  MostReadLists out;
  for (const auto& [ids, list] :
       {std::pair{&lists.day, &out.day}, std::pair{&lists.week, &out.week}}) {
    for (int64_t id : *ids) {
      auto l = link(id);
      if (!l) return Fail(l.error());
      if (**l) list->push_back(***l);
    }
  }
  return out;
}

}  // namespace toasoan

#include "site/page_extras.h"

#include <spdlog/spdlog.h>

#include <array>
#include <string>

#include "domain/related.h"

namespace toasoan {
namespace {

constexpr size_t kRelated = 5;
constexpr int kRelatedFromSite = 100;
constexpr int kRelatedFromSection = 30;

// Whether `needle` (lower case ASCII) occurs in `hay`, ignoring ASCII case.
bool ContainsLowerAscii(std::string_view hay, std::string_view needle) {
  if (needle.size() > hay.size()) return false;
  for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    while (j < needle.size()) {
      char c = hay[i + j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[j]) break;
      ++j;
    }
    if (j == needle.size()) return true;
  }
  return false;
}

const Section* FindSection(const std::vector<Section>& sections, int64_t id) {
  for (const Section& s : sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

void AddToday(const PageSources& sources, PageFrame* f, http::Response* r) {
  if (sources.clock == nullptr) return;
  f->today = sources.clock->Now();
  r->tags.emplace_back(kDateTag);
}

void AddMostRead(Store& store, const PageSources& sources, PageFrame* f, http::Response* r) {
  if (sources.most_read == nullptr) return;
  r->tags.emplace_back(kMostReadTag);
  auto lists = LoadMostRead(store, *sources.most_read->Get(), f->sections, &r->tags);
  if (!lists) {
    spdlog::warn("most-read lists left out: {}", lists.error().message());
    r->cacheable = false;
    return;
  }
  f->most_read = std::move(*lists);
}

void AddRelated(Store& store, const Article& a, const std::vector<Section>& sections,
                ArticleExtras* extras, http::Response* r) {
  PublishedRange site;
  site.limit = kRelatedFromSite;
  auto candidates = store.ListPublishedBetween(site);
  PublishedRange own;
  own.section_id = a.section_id;
  own.limit = kRelatedFromSection;
  auto same_section = store.ListPublishedBetween(own);
  if (!candidates || !same_section) {
    spdlog::warn("related articles of {} left out: {}", a.id,
                 (!candidates ? candidates : same_section).error().message());
    r->cacheable = false;
    return;
  }
  candidates->insert(candidates->end(), std::make_move_iterator(same_section->begin()),
                     std::make_move_iterator(same_section->end()));
  for (const RelatedMatch& m : RankRelated(a, *candidates, kRelated)) {
    for (const Article& c : *candidates) {
      if (c.id != m.article_id) continue;
      if (const Section* s = FindSection(sections, c.section_id)) {
        extras->related.push_back({*s, c});
        r->tags.push_back("article:" + std::to_string(c.id));
      }
      break;
    }
  }
}

void CountViews(const PageSources& sources, int64_t article_id, http::Response* r) {
  ViewCounter* views = sources.views;
  if (views == nullptr) return;
  r->on_serve = [views, article_id](const http::Request& req) {
    if (LooksLikeReader(req)) views->Add(article_id);
  };
}

bool LooksLikeReader(const http::Request& req) {
  static constexpr std::array<std::string_view, 6> kCrawlerWords = {
      "bot", "spider", "crawl", "slurp", "facebookexternalhit", "preview"};
  const std::string_view ua = req.Header("user-agent");
  for (std::string_view w : kCrawlerWords) {
    if (ContainsLowerAscii(ua, w)) return false;
  }
  for (std::string_view name : {"sec-purpose", "purpose"}) {
    if (ContainsLowerAscii(req.Header(name), "prefetch")) return false;
  }
  return true;
}

}  // namespace toasoan

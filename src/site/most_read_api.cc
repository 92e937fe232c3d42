#include "site/most_read_api.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

#include "base/clock.h"
#include "render/absolute_url.h"
#include "render/urls.h"
#include "site/most_read_board.h"

namespace toasoan {
namespace {

using std::chrono::hours;

http::Response Failure(const Error& e) {
  spdlog::error("most-read api failed: {}", e.message());
  http::Response r = http::Response::Json(
      500, R"({"error":{"code":"internal","message":"Lỗi máy chủ. Xin vui lòng thử lại sau."}})");
  r.cache_control = "no-store";
  return r;
}

}  // namespace

void MostReadApi::AddRoutes(http::Router& router) const {
  router.Add(http::Method::kGet, "/api/v1/most-read",
             [this](const http::Request&, const http::PathParams&) { return MostRead(); });
}

http::Response MostReadApi::MostRead() const {
  auto site = store_.LoadSettings();
  if (!site) return Failure(site.error());
  if (!base_url_override_.empty()) site->base_url = base_url_override_;
  auto sections = store_.ListSections();
  if (!sections) return Failure(sections.error());

  std::vector<std::string> tags = {kMostReadTag, kViewCountsTag, "sections", "settings"};
  const Timestamp now = Clock::System().Now();
  nlohmann::json body = nlohmann::json::object();
  std::unordered_map<int64_t, std::optional<Article>> articles;
  for (const auto& [name, window] : {std::pair{"day", hours(24)}, std::pair{"week", hours(168)}}) {
    auto counts = store_.MostViewed(now - window, kPerList);
    if (!counts) return Failure(counts.error());
    nlohmann::json items = nlohmann::json::array();
    for (const ViewCount& c : *counts) {
      auto it = articles.find(c.article_id);
      if (it == articles.end()) {
        auto a = store_.ArticleById(c.article_id);
        if (!a && !a.error().IsNotFound()) return Failure(a.error());
        it =
            articles.emplace(c.article_id, a ? std::optional<Article>(std::move(*a)) : std::nullopt)
                .first;
        tags.push_back("article:" + std::to_string(c.article_id));
      }
      if (!it->second || !IsPublic(*it->second)) continue;
      const Article& a = *it->second;
      for (const Section& s : *sections) {
        if (s.id != a.section_id) continue;
        items.push_back({{"id", a.id},
                         {"title", a.title},
                         {"url", AbsoluteUrl(*site, ArticlePath(s, a))},
                         {"views", c.views}});
        break;
      }
    }
    body[name] = std::move(items);
  }
  http::Response r = http::Response::Json(
      200, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  r.cacheable = true;
  r.tags = std::move(tags);
  return r;
}

}  // namespace toasoan

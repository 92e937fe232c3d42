#include "site/content_api.h"

#include <charconv>
#include <map>

#include <spdlog/spdlog.h>

#include "render/article_json.h"

namespace toasoan {
namespace {

constexpr int kPerPage = 20;

http::Response JsonAnswer(int status, const nlohmann::json& j) {
  return http::Response::Json(status,
                              j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

http::Response JsonError(int status, std::string_view code, std::string_view message) {
  http::Response r = JsonAnswer(status, ErrorJson(code, message));
  r.cache_control = "no-store";
  return r;
}

http::Response StoreFailure(const Error& e) {
  if (e.IsNotFound()) return JsonError(404, "not_found", "Không tìm thấy.");
  spdlog::error("content api failed: {}", e.message());
  return JsonError(500, "internal", "Lỗi máy chủ. Xin vui lòng thử lại sau.");
}

std::optional<int64_t> ParseId(std::string_view s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || v < 1) return std::nullopt;
  return v;
}

}  // namespace

std::string ContentApi::BaseUrl() const {
  if (!base_url_override_.empty()) return base_url_override_;
  auto s = store_.LoadSettings();
  return s ? s->base_url : std::string();
}

void ContentApi::AddRoutes(http::Router& router) const {
  using http::Method;
  router.Add(Method::kGet, "/api/v1/sections",
             [this](const http::Request&, const http::PathParams&) { return Sections(); });
  router.Add(Method::kGet, "/api/v1/articles",
             [this](const http::Request& req, const http::PathParams&) { return Articles(req); },
             {.cache_query = {"section", "page"}});
  router.Add(
      Method::kGet, "/api/v1/articles/{id}",
      [this](const http::Request&, const http::PathParams& p) { return ArticleById(p.Get("id")); });
}

http::Response ContentApi::Sections() const {
  auto sections = store_.ListSections();
  if (!sections) return StoreFailure(sections.error());
  std::string base = BaseUrl();
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : *sections) items.push_back(SectionJson(s, base));
  http::Response r = JsonAnswer(200, {{"items", items}, {"page", 1}, {"pages", 1}});
  r.cacheable = true;
  r.tags = {"sections", "settings"};
  return r;
}

http::Response ContentApi::Articles(const http::Request& req) const {
  PublishedQuery q;
  q.per_page = kPerPage;
  if (auto page = req.QueryParam("page")) {
    auto n = ParseId(*page);
    if (!n || *n > 1'000'000) {
      return JsonError(400, "invalid_argument", "Tham số page phải là số nguyên dương.");
    }
    q.page = static_cast<int>(*n);
  }
  std::optional<Section> filter;
  if (auto section = req.QueryParam("section"); section && !section->empty()) {
    auto id = ParseId(*section);
    auto s = id ? store_.SectionById(*id) : store_.SectionBySlug(*section);
    if (!s) {
      if (s.error().IsNotFound()) return JsonError(404, "not_found", "Không có chuyên mục này.");
      return StoreFailure(s.error());
    }
    filter = *s;
    q.section_id = s->id;
  }
  auto list = store_.ListPublished(q);
  if (!list) return StoreFailure(list.error());
  auto sections = store_.ListSections();
  if (!sections) return StoreFailure(sections.error());
  std::map<int64_t, const Section*> by_id;
  for (const auto& s : *sections) by_id[s.id] = &s;
  std::string base = BaseUrl();
  http::Response r;
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : list->items) {
    auto it = by_id.find(a.section_id);
    if (it == by_id.end()) continue;
    items.push_back(ArticleJson(a, *it->second, base));
    r.tags.push_back("article:" + std::to_string(a.id));
  }
  nlohmann::json body = {{"items", items}, {"page", list->page}, {"pages", list->pages}};
  r.status = 200;
  r.content_type = "application/json; charset=utf-8";
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.cacheable = true;
  r.tags.insert(r.tags.end(), {"sections", "settings"});
  r.tags.push_back(filter ? "list:section:" + std::to_string(filter->id) : "list:all");
  return r;
}

http::Response ContentApi::ArticleById(std::string_view id_text) const {
  auto id = ParseId(id_text);
  if (!id) return JsonError(404, "not_found", "Không tìm thấy bài viết.");
  auto a = store_.ArticleById(*id);
  if (!a) return StoreFailure(a.error());
  if (a->status == ArticleStatus::kUnpublished) {
    return JsonError(410, "gone", "Bài viết đã được gỡ.");
  }
  if (!IsPublic(*a)) return JsonError(404, "not_found", "Không tìm thấy bài viết.");
  auto s = store_.SectionById(a->section_id);
  if (!s) return StoreFailure(s.error());
  http::Response r = JsonAnswer(200, ArticleJson(*a, *s, BaseUrl()));
  r.cacheable = true;
  r.tags = {"article:" + std::to_string(a->id), "section:" + std::to_string(s->id), "settings"};
  return r;
}

}  // namespace toasoan

#include "site/search_api.h"

#include <map>

#include <spdlog/spdlog.h>

#include "render/article_json.h"
#include "render/search_json.h"
#include "search/query.h"
#include "site/search_params.h"

namespace toasoan {
namespace {

http::Response Json(int status, const nlohmann::json& j) {
  http::Response r = http::Response::Json(
      status, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  r.cacheable = false;
  r.cache_control = status == 200 ? "private, no-cache" : "no-store";
  return r;
}

http::Response JsonError(int status, std::string_view code, std::string_view message) {
  return Json(status, ErrorJson(code, message));
}

http::Response StoreFailure(const Error& e) {
  spdlog::error("search api failed: {}", e.message());
  return JsonError(500, "internal", "Lỗi máy chủ. Xin vui lòng thử lại sau.");
}

}  // namespace

void SearchApi::AddRoutes(http::Router& router) const {
  router.Add(http::Method::kGet, "/api/v1/search",
             [this](const http::Request& req, const http::PathParams&) { return Search(req); });
}

http::Response SearchApi::Search(const http::Request& req) const {
  auto sections = store_.ListSections();
  if (!sections) return StoreFailure(sections.error());
  const SearchParams params = ParseSearchParams(req, *sections);
  if (search::ParseQuery(params.request.text).empty()) {
    return JsonError(400, "invalid_argument", "Thiếu từ khóa tìm kiếm (tham số q).");
  }
  if (params.bad_page) {
    return JsonError(400, "invalid_argument", "Tham số page phải là số nguyên dương.");
  }
  if (params.bad_date) {
    return JsonError(400, "invalid_argument",
                     "Tham số from và to phải là ngày dạng YYYY-MM-DD, ví dụ 2020-10-16.");
  }
  if (params.unknown_section) return JsonError(404, "not_found", "Không có chuyên mục này.");

  auto results = store_.Search(params.request);
  if (!results) return StoreFailure(results.error());
  std::string base = base_url_override_;
  if (base.empty()) {
    auto settings = store_.LoadSettings();
    if (settings) base = settings->base_url;
  }
  std::map<int64_t, const Section*> by_id;
  for (const Section& s : *sections) by_id[s.id] = &s;
  nlohmann::json items = nlohmann::json::array();
  for (const SearchHit& hit : results->hits) {
    auto it = by_id.find(hit.article.section_id);
    if (it != by_id.end()) items.push_back(SearchHitJson(hit, *it->second, base));
  }
  nlohmann::json body = {{"query", results->query},       {"searched_for", results->searched_for},
                         {"decoded", results->decoded},   {"truncated", results->truncated},
                         {"page", results->page},         {"per_page", results->per_page},
                         {"has_more", results->has_more}, {"items", std::move(items)}};
  if (results->hits.empty()) {
    body["message"] = results->page == 1
                          ? "Không tìm thấy bài viết nào cho “" + results->searched_for +
                                "”. Hãy kiểm tra chính tả, gõ không dấu hoặc dùng ít từ hơn."
                          : "Không còn kết quả nào ở trang này.";
  }
  return Json(200, body);
}

}  // namespace toasoan

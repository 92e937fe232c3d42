#include "site/search_page.h"

#include <spdlog/spdlog.h>

#include "site/search_params.h"

namespace toasoan {
namespace {

http::Response ServerError(const Error& e) {
  spdlog::error("search page failed: {}", e.message());
  http::Response r;
  r.status = 500;
  r.body =
      "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi máy chủ</title>"
      "<p>Đã có lỗi xảy ra. Xin vui lòng thử lại sau.</p></html>";
  r.cache_control = "no-store";
  return r;
}

}  // namespace

void SearchPage::AddRoutes(http::Router& router) const {
  router.Add(http::Method::kGet, "/tim-kiem",
             [this](const http::Request& req, const http::PathParams&) { return Page(req); });
}

http::Response SearchPage::Page(const http::Request& req) const {
  PageFrame frame;
  auto settings = store_.LoadSettings();
  if (!settings) return ServerError(settings.error());
  frame.site = std::move(*settings);
  if (!base_url_override_.empty()) frame.site.base_url = base_url_override_;
  auto sections = store_.ListSections();
  if (!sections) return ServerError(sections.error());
  frame.sections = std::move(*sections);
  // The header's date line; the page is not cached, so it needs no "date" tag.
  frame.today = Clock::System().Now();

  const SearchParams params = ParseSearchParams(req, frame.sections);
  auto results = store_.Search(params.request);
  if (!results) return ServerError(results.error());

  SearchPageView v;
  v.query = results->query;
  v.searched_for = results->searched_for;
  v.decoded = results->decoded;
  v.truncated = results->truncated;
  v.section_slug = params.section_slug;
  v.from = params.from;
  v.to = params.to;
  v.bad_date = params.bad_date;
  v.page = results->page;
  v.hits = std::move(results->hits);
  const bool filtered = params.request.section_id || params.request.from || params.request.to;
  if (!v.query.empty()) {
    const std::string base = "/tim-kiem";
    if (v.page > 1) v.prev_url = base + SearchQueryString(params, v.query, v.page - 1, true);
    if (results->has_more) {
      v.next_url = base + SearchQueryString(params, v.query, v.page + 1, true);
    }
    if (filtered) v.unfiltered_url = base + SearchQueryString(params, v.query, 1, false);
  }

  http::Response r;
  r.body = renderer_.SearchPage(frame, v);
  r.cacheable = false;
  r.cache_control = "private, no-cache";
  return r;
}

}  // namespace toasoan

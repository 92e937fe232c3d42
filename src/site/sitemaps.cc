#include "site/sitemaps.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <vector>

#include "render/absolute_url.h"
#include "render/sitemaps.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using namespace std::chrono;

constexpr char kXmlType[] = "application/xml; charset=utf-8";
constexpr hours kNewsWindow{48};

http::Response Failure(const Error& e) {
  spdlog::error("sitemap failed: {}", e.message());
  http::Response r = http::Response::Text(500, "Lỗi máy chủ. Xin vui lòng thử lại sau.\n");
  r.cache_control = "no-store";
  return r;
}

http::Response Xml(std::string body, std::vector<std::string> tags) {
  http::Response r;
  r.content_type = kXmlType;
  r.body = std::move(body);
  r.cacheable = true;
  r.tags = std::move(tags);
  return r;
}

std::string MonthName(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string MonthPath(int year, int month) { return "/sitemap-" + MonthName(year, month) + ".xml"; }

// "2020-10" → the first day of that month; nullopt for any other spelling, so each month
// has one URL.
std::optional<year_month> ParseMonth(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  int y = 0;
  int m = 0;
  for (size_t i = 0; i < 7; ++i) {
    if (i == 4) continue;
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    (i < 4 ? y : m) = (i < 4 ? y : m) * 10 + (s[i] - '0');
  }
  if (m < 1 || m > 12 || y < 1900) return std::nullopt;
  return year{y} / month{static_cast<unsigned>(m)};
}

Timestamp Newest(const Article& a) {
  return std::max(a.updated_at, a.published_at.value_or(a.updated_at));
}

const Section* FindSection(const std::vector<Section>& sections, int64_t id) {
  for (const Section& s : sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

void Sitemaps::AddRoutes(http::Router& router, http::Handler not_found) const {
  using http::Method;
  using http::PathParams;
  using http::Request;
  router.Add(Method::kGet, "/sitemap.xml",
             [this](const Request&, const PathParams&) { return Index(); });
  router.Add(Method::kGet, "/sitemap-pages.xml",
             [this](const Request&, const PathParams&) { return Pages(); });
  router.Add(Method::kGet, "/sitemap-news.xml",
             [this](const Request&, const PathParams&) { return News(); });
  router.Add(Method::kGet, "/sitemap-{month}.xml",
             [this, not_found](const Request&, const PathParams& p) {
               return Month(p.Get("month"), not_found);
             });
  router.Add(Method::kGet, "/robots.txt",
             [this](const Request&, const PathParams&) { return Robots(); });
}

Result<SiteSettings> Sitemaps::Site() const {
  auto site = store_.LoadSettings();
  if (!site) return Fail(site.error());
  if (!base_url_override_.empty()) site->base_url = base_url_override_;
  return site;
}

http::Response Sitemaps::Index() const {
  auto site = Site();
  if (!site) return Failure(site.error());
  auto months = store_.PublishedMonths(kVietnamOffset);
  if (!months) return Failure(months.error());
  std::vector<SitemapEntry> entries;
  entries.push_back(
      {AbsoluteUrl(*site, "/sitemap-pages.xml"),
       months->empty() ? std::nullopt : std::optional<Timestamp>(months->front().last_modified)});
  for (const PublishedMonth& m : *months) {
    entries.push_back({AbsoluteUrl(*site, MonthPath(m.year, m.month)), m.last_modified});
  }
  return Xml(SitemapIndexXml(entries), {"settings", "list:all"});
}

http::Response Sitemaps::Pages() const {
  auto site = Site();
  if (!site) return Failure(site.error());
  auto sections = store_.ListSections();
  if (!sections) return Failure(sections.error());
  auto months = store_.PublishedMonths(kVietnamOffset);
  if (!months) return Failure(months.error());
  std::vector<SitemapEntry> entries;
  entries.push_back(
      {AbsoluteUrl(*site, "/"),
       months->empty() ? std::nullopt : std::optional<Timestamp>(months->front().last_modified)});
  for (const Section& s : *sections) entries.push_back({AbsoluteUrl(*site, SectionPath(s)), {}});
  return Xml(SitemapXml(entries), {"settings", "sections", "list:all"});
}

http::Response Sitemaps::Month(std::string_view month, const http::Handler& not_found) const {
  const std::optional<year_month> ym = ParseMonth(month);
  if (!ym) return not_found({}, {});
  auto site = Site();
  if (!site) return Failure(site.error());
  auto sections = store_.ListSections();
  if (!sections) return Failure(sections.error());
  // The month as Vietnam counts it: from its first midnight in UTC+7.
  PublishedRange range;
  range.from = Timestamp{sys_days{*ym / 1}} - kVietnamOffset;
  range.to = Timestamp{sys_days{(*ym + months{1}) / 1}} - kVietnamOffset;
  range.limit = 50000;
  auto articles = store_.ListPublishedBetween(range);
  if (!articles) return Failure(articles.error());
  if (articles->empty()) return not_found({}, {});
  std::vector<SitemapEntry> entries;
  entries.reserve(articles->size());
  for (const Article& a : *articles) {
    const Section* s = FindSection(*sections, a.section_id);
    if (s == nullptr) continue;
    entries.push_back({AbsoluteUrl(*site, ArticlePath(*s, a)), Newest(a)});
  }
  return Xml(SitemapXml(entries), {"settings", "sections", "list:all"});
}

http::Response Sitemaps::News() const {
  auto site = Site();
  if (!site) return Failure(site.error());
  auto sections = store_.ListSections();
  if (!sections) return Failure(sections.error());
  PublishedRange range;
  range.from = clock_.Now() - kNewsWindow;
  range.limit = kNewsItems;
  auto articles = store_.ListPublishedBetween(range);
  if (!articles) return Failure(articles.error());
  std::vector<NewsSitemapEntry> entries;
  for (const Article& a : *articles) {
    const Section* s = FindSection(*sections, a.section_id);
    if (s == nullptr) continue;
    entries.push_back(
        {AbsoluteUrl(*site, ArticlePath(*s, a)), a.title, a.published_at.value_or(a.updated_at)});
  }
  // Not cached: an article leaves it two days after publication, with no write to tell.
  http::Response r;
  r.content_type = kXmlType;
  r.body = NewsSitemapXml(site->name, entries);
  return r;
}

http::Response Sitemaps::Robots() const {
  auto site = Site();
  if (!site) return Failure(site.error());
  http::Response r = http::Response::Text(
      200,
      RobotsTxt({AbsoluteUrl(*site, "/sitemap.xml"), AbsoluteUrl(*site, "/sitemap-news.xml")}));
  r.cacheable = true;
  r.tags = {"settings"};
  return r;
}

}  // namespace toasoan

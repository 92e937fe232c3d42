#include "site/feeds.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <system_error>
#include <utility>
#include <vector>

#include "render/absolute_url.h"
#include "render/urls.h"

namespace toasoan {
namespace {

constexpr char kRssType[] = "application/rss+xml; charset=utf-8";
constexpr char kAtomType[] = "application/atom+xml; charset=utf-8";

Timestamp Newest(const Article& a) {
  return std::max(a.updated_at, a.published_at.value_or(a.updated_at));
}

// A photo's file as a path under the media folder: relative, without "." or "..".
std::optional<std::filesystem::path> SafeMediaPath(const std::string& file) {
  if (file.empty() || file.front() == '/') return std::nullopt;
  std::filesystem::path p(file);
  for (const auto& part : p) {
    if (part == "." || part == ".." || part.empty()) return std::nullopt;
  }
  return p;
}

}  // namespace

std::string ImageMediaType(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".png") return "image/png";
  if (ext == ".webp") return "image/webp";
  if (ext == ".gif") return "image/gif";
  if (ext == ".avif") return "image/avif";
  if (ext == ".svg") return "image/svg+xml";
  return {};
}

void Feeds::AddRoutes(http::Router& router, http::Handler not_found) const {
  using http::Method;
  router.Add(Method::kGet, kRssPath,
             [this, not_found](const http::Request&, const http::PathParams&) {
               return Feed(std::nullopt, Format::kRss, not_found);
             });
  router.Add(Method::kGet, kAtomPath,
             [this, not_found](const http::Request&, const http::PathParams&) {
               return Feed(std::nullopt, Format::kAtom, not_found);
             });
  router.Add(Method::kGet, std::string("/{section}") + kRssPath,
             [this, not_found](const http::Request&, const http::PathParams& p) {
               return Feed(p.Get("section"), Format::kRss, not_found);
             });
  router.Add(Method::kGet, std::string("/{section}") + kAtomPath,
             [this, not_found](const http::Request&, const http::PathParams& p) {
               return Feed(p.Get("section"), Format::kAtom, not_found);
             });
}

std::optional<FeedEnclosure> Feeds::Enclosure(const SiteSettings& site, const Article& a) const {
  for (const Photo& p : a.photos) {
    auto rel = SafeMediaPath(p.file);
    if (!rel) continue;
    const std::string type = ImageMediaType(*rel);
    if (type.empty()) continue;
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(media_dir_ / *rel, ec);
    // A photo whose file is missing (awaiting its upload, or lost) is skipped: an
    // enclosure must give the true length of a file that can be fetched.
    if (ec) continue;
    return FeedEnclosure{AbsoluteUrl(site, MediaPath(p)), type, static_cast<uint64_t>(size)};
  }
  return std::nullopt;
}

http::Response Feeds::Feed(std::optional<std::string_view> section_slug, Format format,
                           const http::Handler& not_found) const {
  auto fail = [](const Error& e) {
    spdlog::error("feed failed: {}", e.message());
    http::Response r = http::Response::Text(500, "Lỗi máy chủ. Xin vui lòng thử lại sau.\n");
    r.cache_control = "no-store";
    return r;
  };
  std::optional<Section> section;
  if (section_slug) {
    auto s = store_.SectionBySlug(*section_slug);
    if (!s) return s.error().IsNotFound() ? not_found({}, {}) : fail(s.error());
    section = std::move(*s);
  }
  auto settings = store_.LoadSettings();
  if (!settings) return fail(settings.error());
  SiteSettings& site = *settings;
  if (!base_url_override_.empty()) site.base_url = base_url_override_;
  auto sections = store_.ListSections();
  if (!sections) return fail(sections.error());
  PublishedRange range;
  if (section) range.section_id = section->id;
  range.limit = kItems;
  auto articles = store_.ListPublishedBetween(range);
  if (!articles) return fail(articles.error());

  http::Response r;
  r.cacheable = true;
  r.tags = {"settings", "sections"};
  if (section) {
    r.tags.push_back("section:" + std::to_string(section->id));
    r.tags.push_back("list:section:" + std::to_string(section->id));
  } else {
    r.tags.emplace_back("list:all");
  }

  std::vector<FeedItem> items;
  items.reserve(articles->size());
  FeedChannel channel;
  channel.updated = articles->empty() ? clock_.Now() : Timestamp{};
  for (Article& a : *articles) {
    auto s = std::find_if(sections->begin(), sections->end(),
                          [&](const Section& x) { return x.id == a.section_id; });
    if (s == sections->end()) continue;  // cannot happen: articles reference sections
    r.tags.push_back("article:" + std::to_string(a.id));
    channel.updated = std::max(channel.updated, Newest(a));
    std::optional<FeedEnclosure> enclosure = Enclosure(site, a);
    items.push_back({std::move(a), *s, std::move(enclosure)});
  }

  const char* path = format == Format::kRss ? kRssPath : kAtomPath;
  channel.title = section ? section->name + " - " + site.name : site.name;
  channel.description = site.description;
  channel.page_url = AbsoluteUrl(site, section ? SectionPath(*section) : "/");
  channel.self_url = AbsoluteUrl(site, section ? SectionPath(*section) + path : path);
  if (format == Format::kRss) {
    r.content_type = kRssType;
    r.body = RssFeed(site, channel, items);
  } else {
    r.content_type = kAtomType;
    r.body = AtomFeed(site, channel, items);
  }
  return r;
}

}  // namespace toasoan

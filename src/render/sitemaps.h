#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"

namespace toasoan {

// A URL of a sitemap (a page) or of a sitemap index (a sitemap), absolute, with the time
// it last changed when known.
struct SitemapEntry {
  std::string loc;
  std::optional<Timestamp> lastmod;
};

// A page of the Google News sitemap.
struct NewsSitemapEntry {
  std::string loc;
  std::string title;
  Timestamp published{};
};

// XML documents of the sitemaps protocol (sitemaps.org, schema 0.9) and of Google News'
// extension (sitemap-news 0.9). Times are W3C datetimes with the Vietnam offset; every
// value is escaped. Pure and thread-safe.
//
// The schema asks for at least one <sitemap> in an index and one <url> in a urlset;
// these functions write what they are given, and the callers keep them from being
// empty where they can (the news sitemap of a site that published nothing in two days
// has no page to list, and says so with an empty urlset, as crawlers accept).

// <sitemapindex> of `sitemaps`.
std::string SitemapIndexXml(const std::vector<SitemapEntry>& sitemaps);
// <urlset> of `pages`.
std::string SitemapXml(const std::vector<SitemapEntry>& pages);
// <urlset> with news:news for each article: the publication's name, language "vi", the
// publication date and the title.
std::string NewsSitemapXml(const std::string& publication_name,
                           const std::vector<NewsSitemapEntry>& articles);
// robots.txt: every crawler may read the public pages but not the API, and these are the
// sitemaps (absolute URLs).
std::string RobotsTxt(const std::vector<std::string>& sitemap_urls);

}  // namespace toasoan

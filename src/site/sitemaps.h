#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"
#include "http/router.h"
#include "store/store.h"

namespace toasoan {

// Sitemaps and robots.txt, for search engines:
// - /sitemap.xml: a sitemap index of /sitemap-pages.xml and one sitemap per month with
//   published articles (/sitemap-2020-10.xml, months as Vietnam counts them, newest
//   first), each with the time its newest article changed as lastmod;
// - /sitemap-pages.xml: the home page and every section's listing;
// - /sitemap-YYYY-MM.xml: the articles published that month (a month without any: 404);
// - /sitemap-news.xml: the Google News sitemap of the articles published in the last two
//   days (at most 1000), with the publication's name, language "vi", publication date
//   and title;
// - /robots.txt: crawling allowed but for /api/, and the two sitemaps to read.
// All are cacheable and tagged with what they show but the news sitemap, which changes
// with the passing of time and is cheap to answer. The sitemaps sit at the root because a
// sitemap may only list URLs below its own folder. Thread-safe.
class Sitemaps {
 public:
  static constexpr int kNewsItems = 1000;  // Google News reads no more

  Sitemaps(Store& store, std::string base_url_override, const Clock& clock = Clock::System())
      : store_(store), base_url_override_(std::move(base_url_override)), clock_(clock) {}

  // `not_found` answers a month that has no sitemap.
  void AddRoutes(http::Router& router, http::Handler not_found) const;

 private:
  http::Response Index() const;
  http::Response Pages() const;
  http::Response Month(std::string_view month, const http::Handler& not_found) const;
  http::Response News() const;
  http::Response Robots() const;
  Result<SiteSettings> Site() const;

  Store& store_;
  std::string base_url_override_;
  const Clock& clock_;
};

}  // namespace toasoan

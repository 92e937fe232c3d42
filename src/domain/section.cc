#include "domain/section.h"

#include <array>

namespace toasoan {
namespace {

constexpr std::array<std::string_view, 14> kReservedSlugs = {
    "api",      "static",    "media", "in",   "tim-kiem",    "admin",      "newsroom",
    "toa-soan", "dang-nhap", "rss",   "feed", "sitemap.xml", "robots.txt", "favicon.ico",
};

// The feeds and sitemaps (site/feeds.h, site/sitemaps.h); the monthly sitemaps are
// "sitemap-YYYY-MM.xml".
constexpr std::array<std::string_view, 4> kFeedSlugs = {"rss.xml", "atom.xml", "sitemap-news.xml",
                                                        "sitemap-pages.xml"};

}  // namespace

bool IsReservedSectionSlug(std::string_view slug) {
  for (std::string_view r : kReservedSlugs) {
    if (slug == r) return true;
  }
  for (std::string_view r : kFeedSlugs) {
    if (slug == r) return true;
  }
  return slug.starts_with("sitemap-") && slug.ends_with(".xml");
}

}  // namespace toasoan

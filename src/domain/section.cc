#include "domain/section.h"

#include <array>

namespace toasoan {
namespace {

constexpr std::array<std::string_view, 14> kReservedSlugs = {
    "api",      "static",    "media", "in",   "tim-kiem",    "admin",      "newsroom",
    "toa-soan", "dang-nhap", "rss",   "feed", "sitemap.xml", "robots.txt", "favicon.ico",
};

}  // namespace

bool IsReservedSectionSlug(std::string_view slug) {
  for (std::string_view r : kReservedSlugs) {
    if (slug == r) return true;
  }
  return false;
}

}  // namespace toasoan

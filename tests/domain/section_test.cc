#include "domain/section.h"

#include <gtest/gtest.h>

#include <set>
#include <string_view>
#include <utility>

#include "domain/article.h"
#include "text/nfc.h"

namespace toasoan {
namespace {

TEST(SectionTest, ReservedSlugs) {
  for (const char* s :
       {"api", "static", "media", "in", "tim-kiem", "admin", "newsroom", "toa-soan", "dang-nhap",
        "rss", "feed", "sitemap.xml", "robots.txt", "favicon.ico", "rss.xml", "atom.xml",
        "sitemap-news.xml", "sitemap-pages.xml", "sitemap-2020-10.xml"}) {
    EXPECT_TRUE(IsReservedSectionSlug(s)) << s;
  }
  for (const char* s :
       {"quan-uy-huyen-uy", "", "API", "tin", "static2", "media-x", "sitemap", "rss-xml"}) {
    EXPECT_FALSE(IsReservedSectionSlug(s)) << s;
  }
}

TEST(ArticleStatusTest, NamesRoundTrip) {
  for (auto s :
       {ArticleStatus::kDraft, ArticleStatus::kSubmitted, ArticleStatus::kReturned,
        ArticleStatus::kScheduled, ArticleStatus::kPublished, ArticleStatus::kUnpublished}) {
    auto parsed = ParseArticleStatus(ArticleStatusName(s));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, s);
  }
  EXPECT_FALSE(ParseArticleStatus("Published").has_value());
  EXPECT_FALSE(ParseArticleStatus("").has_value());
}

TEST(ArticleStatusTest, EveryStatusHasItsVietnameseLabel) {
  const std::pair<ArticleStatus, std::string_view> expected[] = {
      {ArticleStatus::kDraft, "Nháp"},          {ArticleStatus::kSubmitted, "Chờ duyệt"},
      {ArticleStatus::kReturned, "Bị trả lại"}, {ArticleStatus::kScheduled, "Hẹn giờ đăng"},
      {ArticleStatus::kPublished, "Đã đăng"},   {ArticleStatus::kUnpublished, "Đã gỡ"},
  };
  std::set<std::string_view> seen;
  for (const auto& [status, label] : expected) {
    EXPECT_EQ(ArticleStatusLabel(status), label) << ArticleStatusName(status);
    EXPECT_TRUE(IsNfc(ArticleStatusLabel(status))) << ArticleStatusName(status);
    seen.insert(ArticleStatusLabel(status));
  }
  EXPECT_EQ(seen.size(), std::size(expected));  // no two statuses read alike
}

TEST(ArticleTest, OnlyPublishedArticlesArePublic) {
  Article a;
  for (auto s : {ArticleStatus::kDraft, ArticleStatus::kSubmitted, ArticleStatus::kReturned,
                 ArticleStatus::kScheduled, ArticleStatus::kUnpublished}) {
    a.status = s;
    EXPECT_FALSE(IsPublic(a));
  }
  a.status = ArticleStatus::kPublished;
  EXPECT_TRUE(IsPublic(a));
}

}  // namespace
}  // namespace toasoan

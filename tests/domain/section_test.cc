#include "domain/section.h"

#include <gtest/gtest.h>

#include "domain/article.h"

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

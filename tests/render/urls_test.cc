#include "render/urls.h"

#include <gtest/gtest.h>

namespace toasoan {
namespace {

Section QuanUy() {
  Section s;
  s.id = 3;
  s.name = "QUẬN ỦY, HUYỆN ỦY";
  s.slug = "quan-uy-huyen-uy";
  return s;
}

TEST(UrlsTest, SectionPath) { EXPECT_EQ(SectionPath(QuanUy()), "/quan-uy-huyen-uy"); }

TEST(UrlsTest, ArticlePathIsSlugDashId) {
  Article a;
  a.id = 1;
  a.slug = "o-mon-thoi-lai-hop-mat";
  EXPECT_EQ(ArticlePath(QuanUy(), a), "/quan-uy-huyen-uy/o-mon-thoi-lai-hop-mat-1");
  EXPECT_EQ(PrintPath(QuanUy(), a), "/quan-uy-huyen-uy/o-mon-thoi-lai-hop-mat-1/in");
}

TEST(UrlsTest, ArticlePathWithoutSlugIsTheId) {
  Article a;
  a.id = 42;
  EXPECT_EQ(ArticlePath(QuanUy(), a), "/quan-uy-huyen-uy/42");
  EXPECT_EQ(PrintPath(QuanUy(), a), "/quan-uy-huyen-uy/42/in");
}

TEST(UrlsTest, MediaPath) {
  Photo p;
  EXPECT_EQ(MediaPath(p), "");
  p.file = "2020/10/a.jpg";
  EXPECT_EQ(MediaPath(p), "/media/2020/10/a.jpg");
}

TEST(UrlsTest, IdFromSegment) {
  EXPECT_EQ(ArticleIdFromSegment("o-mon-thoi-lai-1"), 1);
  EXPECT_EQ(ArticleIdFromSegment("nam-2020-hop-mat-1234"), 1234);
  EXPECT_EQ(ArticleIdFromSegment("42"), 42);
  EXPECT_EQ(ArticleIdFromSegment("a-9223372036854775807"), INT64_MAX);
}

TEST(UrlsTest, IdFromSegmentRejectsWhatIsNotAnId) {
  for (const char* s :
       {"", "-", "abc", "abc-", "-12", "abc-12x", "abc-+12", "abc- 12", "abc-0", "abc-007", "007",
        "0", "a-9223372036854775808", "a-99999999999999999999", "12.5", "abc-1/in"}) {
    EXPECT_EQ(ArticleIdFromSegment(s), std::nullopt) << s;
  }
}

}  // namespace
}  // namespace toasoan

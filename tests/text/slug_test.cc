#include "text/slug.h"

#include <gtest/gtest.h>

#include <string>

#include "text/nfc.h"

namespace toasoan {
namespace {

constexpr std::string_view kSeedTitle =
    "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng";
constexpr std::string_view kSeedSlug =
    "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang";

TEST(SlugifyTest, SeedTitle) {
  EXPECT_EQ(Slugify(kSeedTitle), kSeedSlug);
  EXPECT_EQ(Slugify(ToNfd(kSeedTitle)), kSeedSlug);
}

TEST(SlugifyTest, VietnameseLetters) {
  EXPECT_EQ(Slugify("Đảng"), "dang");
  EXPECT_EQ(Slugify("ĐẢNG"), "dang");
  EXPECT_EQ(Slugify("QUẬN ỦY, HUYỆN ỦY"), "quan-uy-huyen-uy");
  EXPECT_EQ(Slugify("Ô Môn, Thới Lai: Họp mặt"), "o-mon-thoi-lai-hop-mat");
  EXPECT_EQ(Slugify("hoà"), Slugify("hòa"));
}

TEST(SlugifyTest, PunctuationRunsBecomeOneDash) {
  EXPECT_EQ(Slugify("  --Kinh tế - xã hội!!  "), "kinh-te-xa-hoi");
  EXPECT_EQ(Slugify("“Dân vận khéo” 5 năm (2016-2020)"), "dan-van-kheo-5-nam-2016-2020");
  EXPECT_EQ(Slugify("a\xC2\xA0\xC2\xA0"
                    "b"),
            "a-b");  // NBSP
  EXPECT_EQ(Slugify("Hà Nội 北京 2020"), "ha-noi-2020");
}

TEST(SlugifyTest, EmptyWhenNothingFolds) {
  EXPECT_EQ(Slugify(""), "");
  EXPECT_EQ(Slugify(" ,.;!? "), "");
  EXPECT_EQ(Slugify("北京"), "");
  EXPECT_EQ(Slugify("\xFF\xFE"), "");
}

TEST(SlugifyTest, LongTitleCutAtWordBoundary) {
  EXPECT_EQ(Slugify(kSeedTitle, 80),
            "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua");
  EXPECT_EQ(Slugify(kSeedTitle, 20), "o-mon-thoi-lai-hop");      // 18 bytes: "mat" would not fit
  EXPECT_EQ(Slugify(kSeedTitle, 22), "o-mon-thoi-lai-hop-mat");  // exactly 22
  EXPECT_EQ(Slugify(kSeedTitle, 23), "o-mon-thoi-lai-hop-mat");  // no trailing '-'
  for (std::size_t max = 1; max <= kSeedSlug.size() + 1; ++max) {
    const std::string s = Slugify(kSeedTitle, max);
    EXPECT_LE(s.size(), max);
    EXPECT_FALSE(s.empty());
    EXPECT_NE(s.back(), '-');
    EXPECT_EQ(kSeedSlug.substr(0, s.size()), s);
    // The first word is one letter, so every cut falls between words.
    if (s.size() < kSeedSlug.size()) {
      EXPECT_EQ(kSeedSlug[s.size()], '-') << max;
    }
  }
}

TEST(SlugifyTest, FirstWordLongerThanLimitIsCutInside) {
  EXPECT_EQ(Slugify("Nghiêngnghiêngnghiêng ngả", 5), "nghie");
  EXPECT_EQ(Slugify("abc", 0), "");
}

}  // namespace
}  // namespace toasoan

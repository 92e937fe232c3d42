#include "search/ranker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fake_term_index.h"

namespace toasoan::search {
namespace {

std::vector<int64_t> Docs(TermIndex& index, std::string_view query, int64_t offset = 0,
                          int64_t limit = 10, const Filter& filter = {}) {
  auto outcome = Search(index, query, filter, offset, limit);
  EXPECT_TRUE(outcome.has_value());
  return outcome ? outcome->page.docs : std::vector<int64_t>{};
}

// Documents are added oldest first: a larger id is newer, so a tier's order is by id.
TEST(RankerTest, ExactSpellingRanksFirstWordByWord) {
  FakeTermIndex index;
  index.Add(1, 1, {"Chợ phiên", "Người dân bán hàng ở chợ phiên."});
  index.Add(2, 2, {"Bạn đọc viết", "Ý kiến bạn đọc về chợ."});
  index.Add(3, 3, {"Ban chấp hành họp", "Ban chấp hành Đảng bộ họp phiên thường kỳ."});
  // The oldest article is the only one with "bán": first, then the rest newest first.
  EXPECT_EQ(Docs(index, "bán"), (std::vector<int64_t>{1, 3, 2}));
  // Without diacritics every spelling matches with no penalty: newest first.
  EXPECT_EQ(Docs(index, "ban"), (std::vector<int64_t>{3, 2, 1}));
}

TEST(RankerTest, ASpellingTheArticleMostlyUsesRanksAboveAStrayOne) {
  FakeTermIndex index;
  // Like the seed: about Ô Môn, with one "Ơ Môn" typo; and the newest.
  index.Add(7, 9,
            {"Ô Môn, Thới Lai: họp mặt",
             "Quận ủy Ô Môn họp mặt. Bí thư Quận ủy Ơ Môn phát biểu. Quận Ô Môn."});
  index.Add(5, 5, {"Tiếng “Ơ” trong phương ngữ", "Người Ơ Môn xưa nói “ơ” khi gọi nhau."});
  index.Add(4, 4, {"Sân vận động Ô Môn", "Khánh thành sân vận động ở quận Ô Môn."});
  EXPECT_EQ(Docs(index, "Ơ Môn"), (std::vector<int64_t>{5, 7, 4}));
  EXPECT_EQ(Docs(index, "Ô Môn"), (std::vector<int64_t>{7, 4, 5}));
  EXPECT_EQ(Docs(index, "Ô MÔN"), (std::vector<int64_t>{7, 4, 5}));
  EXPECT_EQ(Docs(index, "o mon"), (std::vector<int64_t>{7, 5, 4}));
}

TEST(RankerTest, AdjacentWordsRankAboveScatteredOnes) {
  FakeTermIndex index;
  index.Add(1, 1, {"Huyện Thới Lai ra quân", "Thanh niên huyện Thới Lai ra quân."});
  index.Add(2, 2, {"Trả lại tiền", "Trong thời gian qua, nhiều người đã trả lại tài sản."});
  EXPECT_EQ(Docs(index, "thoi lai"), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(Docs(index, "lai thoi"), (std::vector<int64_t>{2, 1}));  // newest; none adjacent
}

TEST(RankerTest, NearWordsRankAboveFarOnes) {
  FakeTermIndex index;
  index.Add(1, 1, {"Tin một", "Dân vận trong thời kỳ mới rất khéo."});
  index.Add(2, 2, {"Tin hai", "Dân một hai ba bốn năm sáu bảy tám chín mười mười một vận khéo."});
  index.Add(3, 3, {"Tin ba", "Vận động. Một hai ba bốn năm sáu bảy tám chín mười dân khéo."});
  EXPECT_EQ(Docs(index, "dân vận khéo"), (std::vector<int64_t>{1, 3, 2}));
}

TEST(RankerTest, AQuotedPhraseMustStandTogether) {
  FakeTermIndex index;
  index.Add(1, 1, {"Công tác dân vận", "Làm tốt công tác dân vận."});
  index.Add(2, 2, {"Công tác", "Công tác tổ chức; dân vận khéo."});
  EXPECT_EQ(Docs(index, "\"công tác dân vận\""), (std::vector<int64_t>{1}));
  EXPECT_EQ(Docs(index, "công tác dân vận"), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(Docs(index, "“cong tac” dan van"), (std::vector<int64_t>{1, 2}));
}

TEST(RankerTest, APhraseDoesNotRunAcrossAFullStop) {
  FakeTermIndex index;
  index.Add(1, 1, {"Tin", "Nông dân thu hoạch lúa. Giá cả ổn định."});
  index.Add(2, 2, {"Tin", "Hôm nay lúa giá cao."});
  EXPECT_EQ(Docs(index, "\"lúa giá\""), (std::vector<int64_t>{2}));
  EXPECT_EQ(Docs(index, "lúa giá"), (std::vector<int64_t>{2, 1}));
}

TEST(RankerTest, MixedQueryIsJudgedWordByWord) {
  FakeTermIndex index;
  index.Add(1, 1, {"Dân vận khéo", "Phong trào dân vận khéo."});
  index.Add(2, 2, {"Dẫn văn khéo", "Bài dẫn văn khéo léo."});
  EXPECT_EQ(Docs(index, "dân van kheo"), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(Docs(index, "dẫn van kheo"), (std::vector<int64_t>{2, 1}));
  EXPECT_EQ(Docs(index, "dan van kheo"), (std::vector<int64_t>{2, 1}));
}

TEST(RankerTest, EveryWordIsRequired) {
  FakeTermIndex index;
  index.Add(1, 1, {"Ô Môn", "Quận Ô Môn."});
  EXPECT_TRUE(Docs(index, "Ô Môn Cần Thơ").empty());
  EXPECT_TRUE(Docs(index, "").empty());
}

TEST(RankerTest, AsciiQueryThatFindsNothingIsRetriedAsTelexThenVni) {
  FakeTermIndex index;
  index.Add(1, 1, {"Dân vận khéo", "Phong trào thi đua Dân vận khéo."});
  auto telex = Search(index, "daan vaanj kheos", {}, 0, 10);
  ASSERT_TRUE(telex);
  EXPECT_TRUE(telex->decoded);
  EXPECT_EQ(telex->typed.text, "daan vaanj kheos");
  EXPECT_EQ(telex->searched.text, "dân vận khéo");
  EXPECT_EQ(telex->page.docs, (std::vector<int64_t>{1}));

  auto vni = Search(index, "da6n va6n5 khe1o", {}, 0, 10);
  ASSERT_TRUE(vni);
  EXPECT_TRUE(vni->decoded);
  EXPECT_EQ(vni->searched.text, "dân vận khéo");
  EXPECT_EQ(vni->page.docs, (std::vector<int64_t>{1}));

  // A query that finds something is not decoded, nor one that was typed with marks.
  auto plain = Search(index, "dan van kheo", {}, 0, 10);
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->decoded);
  auto marked = Search(index, "dâan", {}, 0, 10);
  ASSERT_TRUE(marked);
  EXPECT_FALSE(marked->decoded);
  EXPECT_TRUE(marked->page.docs.empty());
  // Nothing either way: the typed query stands.
  auto nothing = Search(index, "xaan", {}, 0, 10);
  ASSERT_TRUE(nothing);
  EXPECT_FALSE(nothing->decoded);
  EXPECT_EQ(nothing->searched.text, "xaan");
}

TEST(RankerTest, PagesFollowEachOtherWithoutGapsOrRepeats) {
  FakeTermIndex index;
  for (int i = 1; i <= 25; ++i) {
    index.Add(i, i, {"Tin " + std::to_string(i), i % 2 ? "Người dân bán hàng." : "Bạn đọc."});
  }
  std::vector<int64_t> all;
  for (int page = 0; page < 3; ++page) {
    auto outcome = Search(index, "bán", {}, page * 10, 10);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->page.has_more, page < 2);
    all.insert(all.end(), outcome->page.docs.begin(), outcome->page.docs.end());
  }
  ASSERT_EQ(all.size(), 25u);
  // The 13 with "bán" newest first, then the 12 with "bạn" newest first.
  EXPECT_EQ(all[0], 25);
  EXPECT_EQ(all[12], 1);
  EXPECT_EQ(all[13], 24);
  EXPECT_EQ(all[24], 2);
  EXPECT_TRUE(Docs(index, "bán", 30, 10).empty());
}

TEST(RankerTest, APageNearTheTopStopsAtTheFirstTierThatFillsIt) {
  FakeTermIndex index;
  for (int i = 1; i <= 50; ++i) index.Add(i, i, {"Tin", "Người dân bán hàng."});
  ASSERT_TRUE(Search(index, "bán", {}, 0, 10));
  EXPECT_EQ(index.scans(), 1);
}

TEST(RankerTest, FiltersApply) {
  FakeTermIndex index;
  index.Add(1, 1, {"Tin", "Dân vận."}, /*section_id=*/1);
  index.Add(2, 2, {"Tin", "Dân vận."}, /*section_id=*/2);
  Filter f;
  f.section_id = 1;
  EXPECT_EQ(Docs(index, "dân vận", 0, 10, f), (std::vector<int64_t>{1}));
}

}  // namespace
}  // namespace toasoan::search

#include "search/index_terms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace toasoan::search {
namespace {

// Terms as "term" or "+term" for a colocated one.
std::vector<std::string> Terms(std::string_view text) {
  std::vector<std::string> out;
  ForEachIndexTerm(text, [&](const IndexTerm& t) {
    out.push_back((t.colocated ? "+" : "") + std::string(t.text));
    return true;
  });
  return out;
}

TEST(IndexTermsTest, LooseKeyThenColocatedExactKeyDominantTermAndPair) {
  EXPECT_EQ(Terms("Ô Môn"),
            (std::vector<std::string>{"o", "+ô", "+^ô", "mon", "+môn", "+^môn", "+o+mon"}));
}

TEST(IndexTermsTest, WordsWithoutDiacriticsHaveOneTermBesidesThePair) {
  EXPECT_EQ(Terms("Ban 2020"), (std::vector<std::string>{"ban", "2020", "+ban+2020"}));
  EXPECT_EQ(Terms("Ban"), (std::vector<std::string>{"ban"}));
}

TEST(IndexTermsTest, OnlyTheMostFrequentSpellingIsDominantOnceEach) {
  // Ô three times, Ơ once (the seed's typo): only ô is dominant, marked at its first word.
  EXPECT_EQ(Terms("Ô Ơ Ô Ô"), (std::vector<std::string>{"o", "+ô", "+^ô", "o", "+ơ", "+o+o", "o",
                                                        "+ô", "+o+o", "o", "+ô", "+o+o"}));
  // A tie makes both dominant.
  EXPECT_EQ(Terms("bán bạn"),
            (std::vector<std::string>{"ban", "+bán", "+^bán", "ban", "+bạn", "+^bạn", "+ban+ban"}));
  // Spelt without marks most often: no marked spelling is dominant.
  EXPECT_EQ(Terms("ban ban bán"),
            (std::vector<std::string>{"ban", "ban", "+ban+ban", "ban", "+bán", "+ban+ban"}));
}

TEST(IndexTermsTest, NoPairAcrossTheEndOfASentenceOrClause) {
  EXPECT_EQ(Terms("lúa. Giá"),
            (std::vector<std::string>{"lua", "+lúa", "+^lúa", "gia", "+giá", "+^giá"}));
  EXPECT_EQ(Terms("xã,\nphường"),
            (std::vector<std::string>{"xa", "+xã", "+^xã", "phuong", "+phường", "+^phường"}));
  // Joiners and dashes keep words together ("3,5" is one word to begin with).
  for (std::string_view joined : {"15/10", "Covid-19", "tế - xã", "tế – xã"}) {
    std::vector<std::string> terms = Terms(joined);
    EXPECT_NE(terms.back().find('+', 1), std::string::npos) << joined;
  }
}

TEST(IndexTermsTest, VariantSpellingsIndexAlike) {
  EXPECT_EQ(Terms("hoà thuỷ"), Terms("hòa thủy"));
  EXPECT_EQ(Terms("kỉ"), Terms("kỷ"));
}

TEST(IndexTermsTest, OffsetsLocateTheWord) {
  std::vector<std::string> words;
  const std::string text = "Quận ủy Ô Môn";
  ForEachIndexTerm(text, [&](const IndexTerm& t) {
    if (!t.colocated) words.push_back(text.substr(t.begin, t.end - t.begin));
    return true;
  });
  EXPECT_EQ(words, (std::vector<std::string>{"Quận", "ủy", "Ô", "Môn"}));
}

TEST(IndexTermsTest, StopsWhenAsked) {
  int n = 0;
  ForEachIndexTerm("một hai ba", [&](const IndexTerm&) { return ++n < 2; });
  EXPECT_EQ(n, 2);
}

}  // namespace
}  // namespace toasoan::search

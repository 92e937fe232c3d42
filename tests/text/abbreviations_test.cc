#include "text/abbreviations.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace toasoan {
namespace {

Abbreviations Sample() {
  return Abbreviations::Parse(
      "# comment\n"
      "UBND\tỦy ban nhân dân\n"
      "HĐND\tHội đồng nhân dân\n"
      "MTTQ\tMặt trận Tổ quốc\n"
      "\n"
      "TP.\tthành phố\n"
      "TP.HCM\tThành phố Hồ Chí Minh\n"
      "GD&ĐT\tGiáo dục và Đào tạo\n");
}

TEST(AbbreviationsTest, ExpandsWholeWords) {
  const Abbreviations a = Sample();
  EXPECT_EQ(a.size(), 6u);
  EXPECT_EQ(a.Expand("Chủ tịch UBND thành phố"), "Chủ tịch Ủy ban nhân dân thành phố");
  EXPECT_EQ(a.Expand("HĐND, UBND và MTTQ."),
            "Hội đồng nhân dân, Ủy ban nhân dân và Mặt trận Tổ quốc.");
  EXPECT_EQ(a.Expand("(UBND)"), "(Ủy ban nhân dân)");
  // Not inside a longer word, and case matters.
  EXPECT_EQ(a.Expand("XUBND UBNDX ubnd"), "XUBND UBNDX ubnd");
  EXPECT_EQ(a.Expand("Sở GD&ĐT tỉnh"), "Sở Giáo dục và Đào tạo tỉnh");
}

TEST(AbbreviationsTest, LongestMatchAndTrailingPunctuation) {
  const Abbreviations a = Sample();
  EXPECT_EQ(a.Expand("TP.HCM"), "Thành phố Hồ Chí Minh");
  EXPECT_EQ(a.Expand("TP. Cần Thơ"), "thành phố Cần Thơ");
  // A space goes between an expansion and the letter that followed the abbreviation.
  EXPECT_EQ(a.Expand("TP.Cần Thơ"), "thành phố Cần Thơ");
  EXPECT_EQ(a.Expand("ATP. Tour"), "ATP. Tour");
}

TEST(AbbreviationsTest, MatchAtReportsLength) {
  const Abbreviations a = Sample();
  const std::string_view text = "ở TP.HCM";
  auto m = a.MatchAt(text, text.find("TP"));
  ASSERT_TRUE(m);
  EXPECT_EQ(m->expansion, "Thành phố Hồ Chí Minh");
  EXPECT_EQ(m->length, 6u);
  EXPECT_FALSE(a.MatchAt(text, 0));
  EXPECT_FALSE(a.MatchAt(text, text.find("HCM")));
}

TEST(AbbreviationsTest, ParseReportsBadLinesAndKeepsTheRest) {
  std::vector<std::string> problems;
  const Abbreviations a = Abbreviations::Parse(
      "\xEF\xBB\xBFUBND\tỦy ban nhân dân\r\n"
      "no tab here\r\n"
      "\tempty abbreviation\n"
      "  CLB \t  câu lạc bộ  \n"
      "UBND\tUỷ ban Nhân dân\n",
      &problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "line 2: no tab between the abbreviation and its expansion");
  EXPECT_EQ(problems[1], "line 3: the abbreviation or its expansion is empty");
  EXPECT_EQ(a.size(), 2u);
  EXPECT_EQ(a.Expand("CLB"), "câu lạc bộ");
  // The later line wins.
  EXPECT_EQ(a.Expand("UBND"), "Uỷ ban Nhân dân");
}

TEST(AbbreviationsTest, NormalisesToNfc) {
  // "HĐND" and the expansion written decomposed (NFD) still match NFC text.
  const Abbreviations a = Abbreviations::Parse("UBND\tU\xCC\x89y ban\n");
  EXPECT_EQ(a.Expand("UBND"), "Ủy ban");
}

TEST(AbbreviationsTest, ShippedListParsesCleanly) {
  std::ifstream in(std::string(TOASOAN_SOURCE_DIR) + "/config/abbreviations.tsv");
  ASSERT_TRUE(in) << "config/abbreviations.tsv is missing";
  std::stringstream text;
  text << in.rdbuf();
  std::vector<std::string> problems;
  const Abbreviations a = Abbreviations::Parse(text.str(), &problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_GE(a.size(), 40u);
  EXPECT_EQ(a.Expand("UBND"), "Ủy ban nhân dân");
  EXPECT_EQ(a.Expand("HĐND"), "Hội đồng nhân dân");
  EXPECT_EQ(a.Expand("MTTQ"), "Mặt trận Tổ quốc");
  EXPECT_EQ(a.Expand("TP. Cần Thơ"), "thành phố Cần Thơ");
  EXPECT_EQ(a.Expand("TP.HCM"), "Thành phố Hồ Chí Minh");
}

}  // namespace
}  // namespace toasoan

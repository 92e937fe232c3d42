#include "search/query.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/nfc.h"

namespace toasoan::search {
namespace {

std::vector<std::string> Loose(const Query& q) {
  std::vector<std::string> out;
  for (const QueryWord& w : q.words) out.push_back(w.keys.loose);
  return out;
}

TEST(ParseQueryTest, WordsWithBothKeysAndWhetherTypedWithDiacritics) {
  Query q = ParseQuery("  Ô MÔN   dan ");
  EXPECT_EQ(q.text, "Ô MÔN dan");
  ASSERT_EQ(q.words.size(), 3u);
  EXPECT_EQ(q.words[0].text, "Ô");
  EXPECT_EQ(q.words[0].keys.exact, "ô");
  EXPECT_EQ(q.words[0].keys.loose, "o");
  EXPECT_TRUE(q.words[0].marked());
  EXPECT_TRUE(q.words[1].marked());
  EXPECT_FALSE(q.words[2].marked());
  EXPECT_FALSE(q.ascii);
  EXPECT_TRUE(q.phrases.empty());
  EXPECT_FALSE(q.truncated);
}

TEST(ParseQueryTest, NfdInputIsTheSameQuery) {
  Query nfd = ParseQuery(ToNfd("thuý loan"));
  Query nfc = ParseQuery("thuý loan");
  EXPECT_EQ(nfd.text, nfc.text);
  ASSERT_EQ(nfd.words.size(), 2u);
  EXPECT_EQ(nfd.words[0].keys.exact, nfc.words[0].keys.exact);
  EXPECT_EQ(nfd.words[0].keys.exact, "thúy");
}

TEST(ParseQueryTest, QuotesMakePhrases) {
  Query q = ParseQuery("\"công tác dân vận\" Đảng");
  EXPECT_EQ(Loose(q), (std::vector<std::string>{"cong", "tac", "dan", "van", "dang"}));
  EXPECT_EQ(q.phrases, (std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}}));

  Query curly = ParseQuery("Đảng “dân vận khéo”");
  EXPECT_EQ(curly.phrases, (std::vector<std::pair<std::size_t, std::size_t>>{{1, 4}}));

  Query unclosed = ParseQuery("ô \"môn thới lai");
  EXPECT_EQ(unclosed.phrases, (std::vector<std::pair<std::size_t, std::size_t>>{{1, 4}}));

  // One quoted word is just a word; quotes are no words.
  Query one = ParseQuery("\"dân\" \"\"");
  EXPECT_EQ(Loose(one), (std::vector<std::string>{"dan"}));
  EXPECT_TRUE(one.phrases.empty());
}

TEST(ParseQueryTest, OperatorsOfSearchEnginesAreJustText) {
  Query q = ParseQuery("dân OR vận* -khéo NEAR(a b) col:x");
  EXPECT_EQ(Loose(q),
            (std::vector<std::string>{"dan", "or", "van", "kheo", "near", "a", "b", "col", "x"}));
}

TEST(ParseQueryTest, LengthIsBounded) {
  std::string long_input;
  for (std::size_t i = 0; i < kMaxQueryChars; ++i) long_input += "ả";
  Query q = ParseQuery(long_input + " và");
  EXPECT_TRUE(q.truncated);
  EXPECT_EQ(q.text, long_input);
  EXPECT_EQ(q.words.size(), 1u);

  std::string many;
  for (int i = 0; i < 500; ++i) many += "ô ";
  Query cut = ParseQuery(many);
  EXPECT_TRUE(cut.truncated);
  EXPECT_EQ(cut.words.size(), kMaxQueryWords);
  EXPECT_EQ(cut.text, "ô ô ô ô ô ô ô ô ô ô");
}

TEST(ParseQueryTest, WordCountIsBoundedAndACutPhraseIsClosed) {
  Query q = ParseQuery("a b c d e f g h \"i j k l\"");
  EXPECT_TRUE(q.truncated);
  EXPECT_EQ(q.words.size(), kMaxQueryWords);
  EXPECT_EQ(q.text, "a b c d e f g h \"i j\"");
  EXPECT_EQ(q.phrases, (std::vector<std::pair<std::size_t, std::size_t>>{{8, 10}}));
}

TEST(ParseQueryTest, AnyBytesParse) {
  Query q = ParseQuery(std::string("\xFF\xC0\x80\0dân\xE2\x80", 9));
  EXPECT_TRUE(IsValidUtf8(q.text));
  EXPECT_EQ(Loose(q), (std::vector<std::string>{"dan"}));
  EXPECT_TRUE(ParseQuery("").empty());
  EXPECT_TRUE(ParseQuery("  ?!… ").empty());
}

TEST(ParseQueryTest, AsciiIsNoticed) {
  EXPECT_TRUE(ParseQuery("daan vaanj kheos").ascii);
  EXPECT_FALSE(ParseQuery("dân vận").ascii);
}

}  // namespace
}  // namespace toasoan::search

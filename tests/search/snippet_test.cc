#include "search/snippet.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan::search {
namespace {

// Marked runs as [text].
std::string Show(const TextRuns& runs) {
  std::string out;
  for (const TextRun& r : runs) out += r.mark ? "[" + r.text + "]" : r.text;
  return out;
}

TEST(HighlightTest, MarksLooseMatchesInTheTextsOwnSpelling) {
  EXPECT_EQ(Show(Highlight("Bí thư Quận ủy Ô Môn", ParseQuery("o mon"))),
            "Bí thư Quận ủy [Ô] [Môn]");
  EXPECT_EQ(Show(Highlight("Bí thư Quận ủy Ô Môn", ParseQuery("Ơ Môn"))),
            "Bí thư Quận ủy [Ô] [Môn]");
  EXPECT_EQ(Show(Highlight("Dân vận  khéo\n", ParseQuery("dan van kheo"))), "[Dân] [vận] [khéo]");
  EXPECT_EQ(Show(Highlight("Không có gì", ParseQuery("ban"))), "Không có gì");
}

TEST(HighlightTest, RunsAlternate) {
  TextRuns runs = Highlight("Ảnh: Thúy Loan, Truyền Thanh", ParseQuery("thuý loan"));
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_EQ(runs[0], (TextRun{"Ảnh: ", false}));
  EXPECT_EQ(runs[1], (TextRun{"Thúy", true}));
  EXPECT_EQ(runs[2], (TextRun{" ", false}));
  EXPECT_EQ(runs[3], (TextRun{"Loan", true}));
  EXPECT_EQ(runs[4], (TextRun{", Truyền Thanh", false}));
}

TEST(SnippetTest, ShowsThePassageWithTheMostQueryWords) {
  std::string text = "Mở đầu bài viết về chuyện khác. ";
  for (int i = 0; i < 20; ++i) text += "Câu chuyện không liên quan số " + std::to_string(i) + ". ";
  text += "Tại buổi họp mặt ở huyện Thới Lai các đại biểu ôn lại truyền thống. ";
  for (int i = 0; i < 20; ++i) text += "Đoạn kết thứ " + std::to_string(i) + ". ";
  const std::string s = Show(Snippet(text, ParseQuery("thoi lai"), 12));
  EXPECT_EQ(s, "… mặt ở huyện [Thới] [Lai] các đại biểu ôn [lại] truyền thống …");
}

TEST(SnippetTest, PrefersExactAndAdjacentMatches) {
  const std::string text =
      "Anh bạn ghé chợ một buổi sáng rồi về nhà ngủ trưa thật lâu. Chị ấy bán hàng ở chợ.";
  EXPECT_EQ(Show(Snippet(text, ParseQuery("bán"), 5)), "… lâu. Chị ấy [bán] hàng …");
}

TEST(SnippetTest, StartOfTextWithoutAnyMatch) {
  EXPECT_EQ(Show(Snippet("Một hai ba bốn năm sáu", ParseQuery("xyz"), 3)), "Một hai ba …");
  EXPECT_EQ(Show(Snippet("", ParseQuery("xyz"))), "");
  EXPECT_EQ(Show(Snippet("Một hai", ParseQuery("hai"))), "Một [hai]");
}

}  // namespace
}  // namespace toasoan::search

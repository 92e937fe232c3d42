#include "render/body_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace toasoan {
namespace {

std::vector<std::string> Split(std::string_view html) {
  std::vector<std::string> out;
  std::string joined;
  for (std::string_view b : SplitTopLevelBlocks(html)) {
    out.emplace_back(b);
    joined += b;
  }
  EXPECT_EQ(joined, html);  // nothing lost, nothing added
  return out;
}

TEST(BodyBlocksTest, ParagraphsAreBlocks) {
  EXPECT_EQ(
      Split("<p>a</p><p class=\"sub-story\">* b</p>\n<p>c</p>\n"),
      (std::vector<std::string>{"<p>a</p>", "<p class=\"sub-story\">* b</p>", "\n<p>c</p>\n"}));
}

TEST(BodyBlocksTest, NestedElementsStayInTheirBlock) {
  EXPECT_EQ(Split("<blockquote><p>a</p><p>b</p></blockquote><ul><li>x</li></ul><p>c<br>d</p>"),
            (std::vector<std::string>{"<blockquote><p>a</p><p>b</p></blockquote>",
                                      "<ul><li>x</li></ul>", "<p>c<br>d</p>"}));
}

TEST(BodyBlocksTest, VoidElementsAndCommentsAtTopLevel) {
  EXPECT_EQ(Split("<p>a</p><hr><!-- x </p> --><p>b</p><img src=\"a.jpg\" alt=\"a > b\"/>"),
            (std::vector<std::string>{"<p>a</p>", "<hr>", "<!-- x </p> --><p>b</p>",
                                      "<img src=\"a.jpg\" alt=\"a > b\"/>"}));
}

TEST(BodyBlocksTest, UnbalancedMarkupIsOneBlock) {
  EXPECT_EQ(Split("<p>a</p></div><p>b</p>"), (std::vector<std::string>{"<p>a</p></div><p>b</p>"}));
  EXPECT_EQ(Split("<p>a<p>b"), (std::vector<std::string>{"<p>a<p>b"}));
  EXPECT_EQ(Split("<p>a</p><p"), (std::vector<std::string>{"<p>a</p><p"}));
}

TEST(BodyBlocksTest, TextOnlyAndEmpty) {
  EXPECT_EQ(Split("plain text"), (std::vector<std::string>{"plain text"}));
  EXPECT_TRUE(SplitTopLevelBlocks("").empty());
}

}  // namespace
}  // namespace toasoan

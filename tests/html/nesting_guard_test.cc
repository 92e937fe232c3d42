#include "html/nesting_guard.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "html/html_document.h"

namespace toasoan {
namespace {

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

constexpr int kNoLimit = 1 << 20;

// The real depth of the parser's tree, for inputs within the parser's limits.
int RealDepth(const std::string& html) {
  Result<HtmlDocument> d = HtmlDocument::Parse(html);
  EXPECT_TRUE(d) << d.error().message();
  return d ? d->depth() : -1;
}

TEST(EstimateHtmlNestingTest, FollowsThePageStructure) {
  EXPECT_EQ(EstimateHtmlNesting("", kNoLimit), 0);
  EXPECT_EQ(EstimateHtmlNesting("chữ", kNoLimit), 0);
  EXPECT_EQ(EstimateHtmlNesting("<p>a</p><p>b</p>", kNoLimit), 1);
  EXPECT_EQ(EstimateHtmlNesting("<ul><li><b>a</b></li></ul>", kNoLimit), 3);
  EXPECT_EQ(EstimateHtmlNesting("<table><tr><td>x</td></tr></table>", kNoLimit), 4);
  EXPECT_EQ(EstimateHtmlNesting("<br><img src=x><hr><input>", kNoLimit), 1);
}

TEST(EstimateHtmlNestingTest, AppliesImpliedEndTags) {
  // Unclosed paragraphs, items and cells of legacy pages do not nest.
  EXPECT_EQ(EstimateHtmlNesting(Repeat("<p>a", 1000), kNoLimit), 1);
  EXPECT_EQ(EstimateHtmlNesting("<ul>" + Repeat("<li>a", 1000), kNoLimit), 2);
  EXPECT_EQ(EstimateHtmlNesting("<table>" + Repeat("<tr><td>1<td>2", 1000), kNoLimit), 4);
  EXPECT_EQ(EstimateHtmlNesting(Repeat("<table><tr><td>1</tr>", 100), kNoLimit), 4);
  EXPECT_EQ(EstimateHtmlNesting(Repeat("<a href=1>x", 100), kNoLimit), 1);
  EXPECT_EQ(EstimateHtmlNesting(Repeat("<p><b><i>x</b></i></p>", 100), kNoLimit), 3);
}

TEST(EstimateHtmlNestingTest, ReadsTagsAsTheTokenizerDoes) {
  // Markup inside comments, quoted attributes and raw text does not count.
  EXPECT_EQ(EstimateHtmlNesting("<!--" + Repeat("<div>", 50) + "-->", kNoLimit), 0);
  EXPECT_EQ(EstimateHtmlNesting("<p title='" + Repeat("<div>", 50) + "'>", kNoLimit), 1);
  EXPECT_EQ(EstimateHtmlNesting("<textarea>" + Repeat("<div>", 50) + "</textarea>", kNoLimit), 1);
  EXPECT_EQ(EstimateHtmlNesting("<script>" + Repeat("<div>", 50) + "</script>", kNoLimit), 1);
  // ... but the markup after an abrupt comment end or a double-escaped script does.
  EXPECT_EQ(EstimateHtmlNesting("<!-->" + Repeat("<div>", 50), kNoLimit), 50);
  EXPECT_EQ(EstimateHtmlNesting("<script><!--<script></script>" + Repeat("<div>", 5) + "</script>" +
                                    Repeat("<div>", 50),
                                kNoLimit),
            50);
}

// Patterns where a naive tag counter sees nothing while the parser's tree grows; the
// guard must see at least what the parser builds.
TEST(EstimateHtmlNestingTest, DoesNotUnderEstimateTrickyPatterns) {
  for (std::string_view unit : {
           "<div>",
           "<span>",
           "<b>",
           "<span><div></span>",
           "<b><div></b>",
           "<b id=1><p><b id=2></p></b>",
           "<form><div></form>",
           "<div><script></div></script>",
           "<div><script><!--<script></script></div></script>",
           "<table><td>",
           "<ul><li>",
           "<svg><foreignObject><div></svg></div></foreignObject><input>",
           "<select><iframe></select><div>",
           "<object><div></object>",
           "<a><div><a>",
           "<p><b id=X>x</p>",
           "<svg><![CDATA[</svg><div>]]>",
           "<dl><dd><div>",
       }) {
    const std::string html = Repeat(unit, 30);
    EXPECT_GE(EstimateHtmlNesting(html, kNoLimit) + 1, RealDepth(html)) << unit;
  }
}

// Repeated units in which gumbo's tree grows by a level or more each time, found by
// fuzzing the guard against gumbo; the guard's estimate must grow with them.
TEST(EstimateHtmlNestingTest, FollowsPatternsThatGrowTheTree) {
  for (std::string_view unit : {
           "<dt><p><t><noscript>",               // li/dd/dt closing before <p>
           "</noscript><noscript><b id=2><hr>",  // <noscript> reconstructs
           "<button><u>",                        // <button> closes and reconstructs
           "</td><ruby><p/><rt>",                // ruby parts' implied end tags
           "<t><b id=2></form></c><rb></b>",     // ruby parts do not reconstruct
           "</marquee><select></iframe><iframe><select><applet>",  // <iframe> in <select>
           "<select><svg><xmp></xmp><tbody>",                      // a closed select
       }) {
    const std::string html = "x" + Repeat(unit, 40);
    const int estimate = EstimateHtmlNesting(html, kNoLimit);
    const int real = RealDepth(html);
    EXPECT_GE(2 * estimate + 8, real) << unit;
    EXPECT_GE(real, 20) << unit;  // the pattern does grow the tree
  }
}

TEST(EstimateHtmlNestingTest, StopsEarlyOnceOverTheLimit) {
  const std::string deep = Repeat("<div>", 200000);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_GT(EstimateHtmlNesting(deep, 512), 512);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

}  // namespace
}  // namespace toasoan

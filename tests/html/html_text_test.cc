#include "html/html_text.h"

#include <gtest/gtest.h>

#include <string>

#include "text/nfc.h"

namespace toasoan {
namespace {

std::string Text(std::string_view html) {
  Result<std::string> text = HtmlToText(html);
  EXPECT_TRUE(text) << text.error().message();
  return text ? *text : std::string("<error>");
}

TEST(HtmlToTextTest, OneLinePerBlockAndBreak) {
  EXPECT_EQ(Text("<p>Xin <b>chào</b></p><p>dòng<br>hai</p>"), "Xin chào\ndòng\nhai");
  EXPECT_EQ(Text("<h2>Tiêu đề</h2><ul><li>một</li><li>hai</li></ul><blockquote>trích</blockquote>"),
            "Tiêu đề\nmột\nhai\ntrích");
  EXPECT_EQ(Text("<table><caption>Bảng</caption><tr><th>A</th><td>1</td></tr><tr><td>2</td>"
                 "</tr></table>"),
            "Bảng\nA 1\n2");
  EXPECT_EQ(Text("<figure><img src=\"/media/a.jpg\" alt=\"ảnh\"><figcaption>Chú thích"
                 "</figcaption></figure>"),
            "Chú thích");
}

TEST(HtmlToTextTest, LeavesOutWhatTheSanitizerDrops) {
  EXPECT_EQ(Text("<p>a</p><script>alert('x')</script><style>p{}</style><p>b<!-- c --></p>"
                 "<template>t</template><svg><text>s</text></svg><noscript>n</noscript>"),
            "a\nb");
}

TEST(HtmlToTextTest, DecodesCollapsesAndNormalises) {
  EXPECT_EQ(Text("<p>  a &amp;  b&nbsp;c\n\n d &lt;e&gt; </p><p> </p><p>&nbsp;</p>"),
            "a & b c d <e>");
  EXPECT_EQ(Text(ToNfd("<p>Hòa bình</p>")), "Hòa bình");
  EXPECT_EQ(Text("Chữ rời <div>khối</div> tiếp"), "Chữ rời\nkhối\ntiếp");
  EXPECT_EQ(Text(""), "");
}

TEST(HtmlToTextTest, SharesTheSanitizerLimits) {
  std::string deep;
  for (int i = 0; i < 2000; ++i) deep += "<div>";
  Result<std::string> text = HtmlToText(deep);
  ASSERT_FALSE(text);
  EXPECT_TRUE(text.error().IsInvalidArgument());
}

}  // namespace
}  // namespace toasoan

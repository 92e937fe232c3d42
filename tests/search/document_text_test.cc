#include "search/document_text.h"

#include <gtest/gtest.h>

namespace toasoan::search {
namespace {

TEST(HtmlToTextTest, DropsTagsKeepsBlocksApartAndDecodesReferences) {
  EXPECT_EQ(HtmlToText("<p>Một <strong>hai</strong></p><p>ba&nbsp;&amp; bốn<br>năm</p>"),
            "Một hai\nba & bốn\nnăm");
  EXPECT_EQ(HtmlToText("<p>&lt;b&gt; &#273;&#x1EA3;ng &quot;x&quot; &bogus; &#0; 1 < 2</p>"),
            "<b> đảng \"x\" &bogus; &#0; 1 < 2");
  EXPECT_EQ(HtmlToText(""), "");
  EXPECT_EQ(HtmlToText("<p>  \n </p><p>x</p>"), "x");
}

TEST(ArticleDocumentTextTest, TitleAndEverythingAReaderReads) {
  Article a;
  a.title = "Ô Môn,  Thới Lai";
  a.lead = "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt.";
  a.body_html = "<p>Đoạn một.</p><p>Đoạn hai.</p>";
  Photo p;
  p.caption = "Trao giấy khen.";
  p.credit = "Thúy Loan, Truyền Thanh";
  a.photos = {p};
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  const DocumentText d = ArticleDocumentText(a);
  EXPECT_EQ(d.title, "Ô Môn, Thới Lai");
  EXPECT_EQ(d.body,
            "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt.\nĐoạn một.\nĐoạn hai.\nTrao giấy "
            "khen.\nThúy Loan, Truyền Thanh\nHoàng Dung, Cẩm Tú");
}

}  // namespace
}  // namespace toasoan::search

#include "html/sanitizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "html/html_document.h"
#include "text/nfc.h"

namespace toasoan {
namespace {

SanitizeOptions Site() {
  SanitizeOptions o;
  o.base_url = "https://phusa.gov.vn";
  return o;
}

std::string Body(std::string_view html) {
  Result<std::string> out = SanitizeBodyHtml(html, Site());
  EXPECT_TRUE(out) << out.error().message();
  return out ? *out : std::string("<error>");
}

std::string Inline(std::string_view html) {
  Result<std::string> out = SanitizeInlineHtml(html, Site());
  EXPECT_TRUE(out) << out.error().message();
  return out ? *out : std::string("<error>");
}

// Lower-case copy, to look for markup in any case.
std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// --- The list: nothing that can run survives. ---

TEST(SanitizeBodyHtmlTest, RemovesScriptWithItsContent) {
  EXPECT_EQ(Body("<p>Tin tức</p><script>alert(document.cookie)</script><p>tiếp</p>"),
            "<p>Tin tức</p>\n<p>tiếp</p>");
  EXPECT_EQ(Body("<SCRIPT/XSS SRC=\"http://x.example/xss.js\"></SCRIPT>a"), "<p>a</p>");
  EXPECT_EQ(Body("<p>a<script\n>alert(1)</script\n>b</p>"), "<p>ab</p>");
}

TEST(SanitizeBodyHtmlTest, RemovesEventHandlers) {
  EXPECT_EQ(Body("<img src=x onerror=alert(1)>"), "");
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" onerror=\"alert(1)\" onload=alert(2)>"),
            "<p><img src=\"/media/a.jpg\"></p>");
  EXPECT_EQ(Body("<p onclick=\"alert(1)\" ONMOUSEOVER=x>a</p>"), "<p>a</p>");
  EXPECT_EQ(Body("<body onload=alert(1)><p>a</p>"), "<p>a</p>");
}

TEST(SanitizeBodyHtmlTest, RemovesJavascriptLinksInEveryDisguise) {
  const std::vector<std::string> hrefs = {
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "\tjavascript:alert(1)",
      "java&#x09;script:alert(1)",
      "java&#10;script:alert(1)",
      "java\nscript:alert(1)",
      "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
      "&#x6A;avascript:alert(1)",
      "javascript&colon;alert(1)",
      "&#14;javascript:alert(1)",
      "\x01javascript:alert(1)",
      "jav\x00ascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  };
  for (const std::string& href : hrefs) {
    const std::string html = "<p><a href=\"" + href + "\">bấm</a></p>";
    const std::string out = Body(html);
    EXPECT_EQ(out, "<p>bấm</p>") << href;
    EXPECT_EQ(Lower(out).find("script"), std::string::npos) << href;
  }
  // Unquoted and single-quoted values read the same.
  EXPECT_EQ(Body("<a href=javascript:alert(1)>x</a>"), "<p>x</p>");
  EXPECT_EQ(Body("<a href='JAVASCRIPT:alert(1)'>x</a>"), "<p>x</p>");
}

TEST(SanitizeBodyHtmlTest, RemovesIframeSvgStyleMathFormBaseMeta) {
  EXPECT_EQ(Body("<p>Video:</p><iframe src=\"https://www.youtube.com/embed/x\">fallback "
                 "<b>x</b></iframe><p>hết</p>"),
            "<p>Video:</p>\n<p>hết</p>");
  EXPECT_EQ(Body("<svg onload=alert(1)><circle r=10 /><script>alert(1)</script></svg>sau"),
            "<p>sau</p>");
  EXPECT_EQ(Body("<style>body{background:url(javascript:alert(1))}</style><p>a</p>"), "<p>a</p>");
  EXPECT_EQ(Body("<math><mi>x</mi><mtext>y</mtext></math><p>a</p>"), "<p>a</p>");
  EXPECT_EQ(Body("<form action=\"https://evil.example/\"><p>Họ tên <input name=a value=x "
                 "autofocus onfocus=alert(1)></p><textarea>t</textarea><select><option>1"
                 "</select><button>Gửi</button></form>"),
            "<p>Họ tên</p>");
  EXPECT_EQ(Body("<base href=\"https://evil.example/\"><link rel=stylesheet href=x>"
                 "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
                 "<title>t</title><p>nội dung</p>"),
            "<p>nội dung</p>");
  EXPECT_EQ(Body("<object data=x.swf><param name=a value=b>thay thế</object><embed src=x.swf>"
                 "<applet code=x>y</applet><noscript>n</noscript><template><p>t</p></template>"
                 "<p>a</p>"),
            "<p>a</p>");
}

TEST(SanitizeBodyHtmlTest, MutationXssVectorsComeOutInert) {
  for (std::string_view html : {
           "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
           "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
           "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
           "<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg>",
           "<textarea><img src=x onerror=alert(1)></textarea>",
           "<!--<img src=x onerror=alert(1)>-->",
       }) {
    const std::string out = Lower(Body(html));
    EXPECT_EQ(out.find("onerror"), std::string::npos) << html;
    EXPECT_EQ(out.find("<img"), std::string::npos) << html;
    EXPECT_EQ(out.find("<style"), std::string::npos) << html;
  }
}

TEST(SanitizeBodyHtmlTest, AttributeInjectionThroughQuotesStaysInsideTheValue) {
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" alt=\"x&quot; onerror=&quot;alert(1)\">"),
            "<p><img src=\"/media/a.jpg\" alt=\"x&quot; onerror=&quot;alert(1)\"></p>");
  EXPECT_EQ(Body("<a href=\"/a\" title='\"><script>alert(1)</script>'>t</a>"),
            "<p><a href=\"/a\" title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">t</a>"
            "</p>");
  EXPECT_EQ(Body("<p title='x\" onmouseover=\"alert(1)'>a</p>"), "<p>a</p>");
  // Text with every special character comes out escaped.
  EXPECT_EQ(Body("<p>a\"b'c&lt;d&amp;e&gt;</p>"), "<p>a&quot;b&#39;c&lt;d&amp;e&gt;</p>");
}

// --- Links and images ---

TEST(SanitizeBodyHtmlTest, ExternalLinksGetRelAndOwnLinksBecomeSiteRelative) {
  EXPECT_EQ(Body("<a href=\"https://baochinhphu.vn/a?b=1#c\">x</a>"),
            "<p><a href=\"https://baochinhphu.vn/a?b=1#c\" rel=\"noopener noreferrer\">x</a></p>");
  EXPECT_EQ(Body("<a href=\"https://phusa.gov.vn/quan-uy/bai-1\">x</a>"),
            "<p><a href=\"/quan-uy/bai-1\">x</a></p>");
  EXPECT_EQ(Body("<a href=\"mailto:toasoan@phusa.gov.vn\">x</a>"),
            "<p><a href=\"mailto:toasoan@phusa.gov.vn\">x</a></p>");
  EXPECT_EQ(Body("<a href=\"#muc-2\" target=\"_top\">x</a>"), "<p><a href=\"#muc-2\">x</a></p>");
  EXPECT_EQ(Body("<a href=\"/a\" target=\"_BLANK\">x</a>"),
            "<p><a href=\"/a\" target=\"_blank\" rel=\"noopener noreferrer\">x</a></p>");
  EXPECT_EQ(Body("<a href=\"//evil.example/\">x</a><a href=\"/\\evil.example\">y</a>"),
            "<p>xy</p>");
  EXPECT_EQ(Body("<a name=\"top\">neo</a>"), "<p>neo</p>");
}

TEST(SanitizeBodyHtmlTest, KeepsImagesOnlyFromThePhotoLibrary) {
  EXPECT_EQ(Body("<img src=\"https://evil.example/a.jpg\"><img src=\"/uploads/a.jpg\">"
                 "<img src=\"data:image/png;base64,AAAA\"><img src=\"/media/../admin\">"),
            "");
  EXPECT_EQ(Body("<img src=\"https://phusa.gov.vn/media/2020/a.jpg\" alt=\"  Ảnh   đẹp \">"),
            "<p><img src=\"/media/2020/a.jpg\" alt=\"Ảnh đẹp\"></p>");
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" width=\"300\" height=\"100%\">"),
            "<p><img src=\"/media/a.jpg\" width=\"300\"></p>");
  // srcset and sizes go together, and only when every candidate is the site's.
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" srcset=\"/media/a-480.jpg 480w,/media/a-960.jpg "
                 "960w\" sizes=\"(max-width: 600px) 100vw, 600px\">"),
            "<p><img src=\"/media/a.jpg\" srcset=\"/media/a-480.jpg 480w, /media/a-960.jpg "
            "960w\" sizes=\"(max-width: 600px) 100vw, 600px\"></p>");
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" srcset=\"/media/a.jpg 1x, "
                 "https://evil.example/b.jpg 2x\" sizes=\"100vw\">"),
            "<p><img src=\"/media/a.jpg\"></p>");
}

TEST(SanitizeBodyHtmlTest, MediaPrefixAndBaseUrlComeFromTheOptions) {
  SanitizeOptions o;
  o.base_url = "http://127.0.0.1:8080/";
  o.media_prefix = "/anh";
  Result<std::string> out = SanitizeBodyHtml(
      "<img src=\"http://127.0.0.1:8080/anh/a.jpg\"><img src=\"/media/b.jpg\">"
      "<a href=\"http://127.0.0.1:8080\">home</a>",
      o);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "<p><img src=\"/anh/a.jpg\"><a href=\"/\">home</a></p>");
}

// --- Structure ---

TEST(SanitizeBodyHtmlTest, KeepsWhatAnArticleNeeds) {
  const std::string html =
      "<h2>Hai</h2>\n<h3>Ba</h3>\n<h4>Bốn</h4>\n"
      "<p><strong>a</strong> <b>b</b> <em>c</em> <i>d</i> <u>e</u> <s>f</s> H<sub>2</sub>O "
      "m<sup>2</sup><br>dòng</p>\n"
      "<ul><li>một</li><li>hai<ol start=\"3\" type=\"a\"><li>ba</li></ol></li></ul>\n"
      "<blockquote><p>trích</p></blockquote>\n<hr>\n"
      "<table><caption>Kết quả</caption><thead><tr><th colspan=\"2\" scope=\"col\">A</th></tr>"
      "</thead><tbody><tr><td rowspan=\"2\">1</td><td>2</td></tr></tbody><tfoot><tr><td>3</td>"
      "</tr></tfoot></table>\n"
      "<figure><img src=\"/media/a.jpg\" alt=\"a\"><figcaption>Chú thích. Ảnh: <i>X</i>"
      "</figcaption></figure>\n"
      "<p class=\"sub-story\">* Tin thứ hai</p>";
  EXPECT_EQ(Body(html), html);
}

TEST(SanitizeBodyHtmlTest, MapsHeadingsUnderTheTitle) {
  EXPECT_EQ(Body("<h1>Một</h1><h5>Năm</h5><h6>Sáu</h6>"),
            "<h2>Một</h2>\n<h4>Năm</h4>\n<h4>Sáu</h4>");
}

TEST(SanitizeBodyHtmlTest, DropsStyleClassIdAndUnknownAttributes) {
  EXPECT_EQ(Body("<p style=\"color:red\" class=\"MsoNormal\" id=\"x\" align=center lang=vi "
                 "data-x=1>a</p><table border=1 style=x><tr><td width=3 bgcolor=red>1</td></tr>"
                 "</table>"),
            "<p>a</p>\n<table><tbody><tr><td>1</td></tr></tbody></table>");
  // The one class the templates style survives, alone.
  EXPECT_EQ(Body("<p class=\"x sub-story y\">* a</p><div class=\"sub-story\">b</div>"),
            "<p class=\"sub-story\">* a</p>\n<p>b</p>");
}

TEST(SanitizeBodyHtmlTest, WordPasteKeepsStructureAndDropsStyles) {
  const std::string word =
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta name=Generator "
      "content=\"Microsoft Word 15\"><style><!-- p.MsoNormal {margin:0cm;} --></style>"
      "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>"
      "<body lang=VI><div class=WordSection1>"
      "<p class=MsoNormal align=center style='text-align:center'><b><span "
      "style='font-size:14.0pt;mso-fareast-font-family:\"Times New Roman\"'>THÔNG BÁO<o:p>"
      "</o:p></span></b></p>"
      "<p class=MsoNormal style='text-indent:36.0pt'><span style='font-size:13.0pt'>Quận ủy "
      "<i style='mso-bidi-font-style:normal'>Ô Môn</i> họp mặt<o:p></o:p></span></p>"
      "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
      "<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr "
      "style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt'><p "
      "class=MsoNormal><span style='font-size:13.0pt'>Ô Môn<o:p></o:p></span></p></td></tr>"
      "</table>"
      "<p class=MsoNormal><font face=\"Times New Roman\" color=red><span lang=EN-US>Hết."
      "</span></font></p></div></body></html>";
  EXPECT_EQ(Body(word),
            "<p><b>THÔNG BÁO</b></p>\n"
            "<p>Quận ủy <i>Ô Môn</i> họp mặt</p>\n"
            "<table><tbody><tr><td><p>Ô Môn</p></td></tr></tbody></table>\n"
            "<p>Hết.</p>");
}

TEST(SanitizeBodyHtmlTest, NestedTablesStayTables) {
  EXPECT_EQ(Body("<table><tr><td>Ô Môn<td><table><tr><td>1<td>2</table></table>"),
            "<table><tbody><tr><td>Ô Môn</td><td><table><tbody><tr><td>1</td><td>2</td></tr>"
            "</tbody></table></td></tr></tbody></table>");
  EXPECT_EQ(Body("<table><tr><td colspan=9999 rowspan=\"2x\">x</td></tr></table>"),
            "<table><tbody><tr><td>x</td></tr></tbody></table>");
  // Nothing in a table but its parts: stray content is moved out by the parser, and a
  // table with no rows is dropped.
  EXPECT_EQ(Body("<table><div>lạc</div><tr><td>1</td></tr></table><table></table>"),
            "<p>lạc</p>\n<table><tbody><tr><td>1</td></tr></tbody></table>");
}

TEST(SanitizeBodyHtmlTest, UnwrapsContainersAndKeepsTheirParagraphs) {
  EXPECT_EQ(Body("<div>a<div>b</div>c</div><section><article>d</article></section>"),
            "<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>d</p>");
  EXPECT_EQ(Body("<span style=\"x\">a <font color=red>b</font></span> <custom-el>c</custom-el>"),
            "<p>a b c</p>");
  EXPECT_EQ(Body("<o:p>word</o:p>"), "<p>word</p>");
  // A text-level element around blocks gives way to the blocks.
  EXPECT_EQ(Body("<b><p>một</p><p>hai</p></b>"), "<p>một</p>\n<p>hai</p>");
  EXPECT_EQ(Body("<a href=\"/a\"><div>khối</div></a>"), "<p>khối</p>");
}

TEST(SanitizeBodyHtmlTest, KeepsTheContentModelValid) {
  // A list item outside a list, stray text in a list, a caption outside a figure.
  EXPECT_EQ(Body("<li>lạc</li><ul>chữ<li>đúng</li></ul><figcaption>c</figcaption>"),
            "<p>lạc</p>\n<ul><li>chữ</li><li>đúng</li></ul>\n<p>c</p>");
  // No link inside a link.
  EXPECT_EQ(Body("<a href=\"/a\">1<object><a href=\"/b\">2</a></object></a>"),
            "<p><a href=\"/a\">1</a></p>");
  // Blocks inside a paragraph (possible behind a <button>) are unwrapped into it.
  EXPECT_EQ(Body("<p>a<button><ul><li>b</li></ul></button>c</p>"), "<p>ac</p>");
  EXPECT_EQ(Body("<p>a<marquee><ul><li>b</li><li>c</li></ul></marquee>d</p>"),
            "<p>a<br>b<br>c<br>d</p>");
}

TEST(SanitizeBodyHtmlTest, DropsEmptyParagraphsAndComments) {
  EXPECT_EQ(Body("<p>&nbsp;</p><p> <br> </p><p><b>&nbsp;</b></p><p>\u200b</p><h2></h2>"
                 "<ul><li> </li></ul><blockquote> </blockquote><p>a<!-- chú thích -->b</p>"),
            "<p>ab</p>");
  EXPECT_EQ(Body("<!-- x --><p>a<!-->b<!--->c<!-- --!>d</p>"), "<p>abcd</p>");
  EXPECT_EQ(Body(""), "");
  EXPECT_EQ(Body("   \n "), "");
}

TEST(SanitizeBodyHtmlTest, WrapsLooseTextInParagraphs) {
  EXPECT_EQ(Body("Chỉ có chữ & không gì khác > <"),
            "<p>Chỉ có chữ &amp; không gì khác &gt; &lt;</p>");
  EXPECT_EQ(Body("a<br>b<p>c</p>d"), "<p>a<br>b</p>\n<p>c</p>\n<p>d</p>");
  EXPECT_EQ(Body("<blockquote>a<p>b</p></blockquote>"),
            "<blockquote><p>a</p><p>b</p></blockquote>");
}

// --- Text ---

TEST(SanitizeBodyHtmlTest, NormalisesTextToNfc) {
  const std::string nfd = ToNfd("Hòa bình, Thủ Đức, Ô Môn");
  ASSERT_NE(nfd, "Hòa bình, Thủ Đức, Ô Môn");
  EXPECT_EQ(Body("<p>" + nfd + "</p>"), "<p>Hòa bình, Thủ Đức, Ô Môn</p>");
  EXPECT_EQ(Body("<img src=\"/media/a.jpg\" alt=\"" + ToNfd("Ảnh đẹp") + "\">"),
            "<p><img src=\"/media/a.jpg\" alt=\"Ảnh đẹp\"></p>");
  // A tone mark split from its letter by an element that goes composes again.
  EXPECT_EQ(Body("<p>Hoa<span>\xCC\x80</span> bình</p>"), "<p>Hoà bình</p>");
}

TEST(SanitizeBodyHtmlTest, CollapsesWhiteSpace) {
  EXPECT_EQ(Body("<p>  nhiều    khoảng\t\ttrắng \n\n và\r\ndòng  </p>"),
            "<p>nhiều khoảng trắng và dòng</p>");
  EXPECT_EQ(Body("<p> a <b> b </b> c <i>d </i>e<br> f </p>"),
            "<p>a <b>b</b> c <i>d</i> e<br>f</p>");
  // NBSP is a character the writer chose: kept.
  EXPECT_EQ(Body("<p>Có&nbsp;chữ</p>"), "<p>Có\u00a0chữ</p>");
}

TEST(SanitizeBodyHtmlTest, RemovesControlCharactersAndRepairsUtf8) {
  EXPECT_EQ(Body("<p>a\x01"
                 "b\x7f"
                 "c\xc2\x85"
                 "d</p>"),
            "<p>abcd</p>");
  const std::string out = Body("<p>ok \xff bad</p>");
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_EQ(out, "<p>ok \xEF\xBF\xBD bad</p>");
}

TEST(SanitizeBodyHtmlTest, DecodesReferencesOnceAndEscapesOnOutput) {
  EXPECT_EQ(Body("<p>&amp;lt;script&amp;gt; &lt;b&gt; &copy; &notin;</p>"),
            "<p>&amp;lt;script&amp;gt; &lt;b&gt; © ∉</p>");
}

// --- Idempotence ---

TEST(SanitizeBodyHtmlTest, IsIdempotentOverACorpus) {
  const std::vector<std::string> corpus = {
      "<p>Xin <b>chào</b> <script>x</script>thế giới</p>",
      "<b>1<p>2</b>3</p><a href=\"/x\"><b>a</a>b</b>",
      "<p><b>đậm <i>cả hai</b> nghiêng</i> thường</p>",
      "<ul><li>một<li>hai<ul><li>hai.một</ul><li>ba</ul><ul>lạc<li>x<div>y</div></ul>",
      "<table><tr><td>1<td>2<tr><td>3</table><table><td>a<table><td>b</table>",
      "<p>a<marquee><ul><li>b</li></ul></marquee>c</p>",
      "x <a href=\"/a\"> <img src=\"/media/a.jpg\"> </a> y",
      "<p>Hoa<span>\xCC\x80</span> <b>o</b>\xCC\x82 a\xCC\x81</p>",
      "<p>a <b> </b> b<i> c</i>d <img src=\"/media/a.jpg\"> e</p>",
      "<div>a<div>b</div>c</div><blockquote>q<p>r</p>s</blockquote>",
      "<p><b>&nbsp;</b></p><p>&nbsp;x</p>",
      "<figure><div><figcaption>c</figcaption></div><img src=\"/media/a.jpg\"></figure>",
      "<p>a<table><tr><td>x</td></tr></table>b</p>",
      "<a href=\"/a\">1<a href=\"/b\">2</a></a>",
      "<h1>a<h2>b</h2></h1><p><h3>c</h3></p>",
      "<li>a</li><li>b</li><dl><dt>c<dd>d</dl>",
      std::string(100, '<') + "p" + std::string(50, '>'),
      "<p>" + std::string(3000, '\'') + "</p>",
  };
  for (const std::string& html : corpus) {
    const std::string once = Body(html);
    EXPECT_EQ(Body(once), once) << html;
    const std::string inline_once = Inline(html);
    EXPECT_EQ(Inline(inline_once), inline_once) << html;
  }
}

// --- Limits ---

TEST(SanitizeBodyHtmlTest, RefusesInputOverTheSizeLimitWithAVietnameseMessage) {
  const std::string big = "<p>" + std::string(kMaxHtmlBytes, 'a') + "</p>";
  Result<std::string> out = SanitizeBodyHtml(big, Site());
  ASSERT_FALSE(out);
  EXPECT_TRUE(out.error().IsInvalidArgument());
  EXPECT_NE(out.error().user_message().find("quá dài"), std::string::npos);
  // Just under the limit is fine.
  const std::string fits(kMaxHtmlBytes - 10, 'a');
  EXPECT_TRUE(SanitizeBodyHtml(fits, Site()));
}

TEST(SanitizeBodyHtmlTest, RefusesDeepNestingQuickly) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  Result<std::string> out = SanitizeBodyHtml(deep, Site());
  ASSERT_FALSE(out);
  EXPECT_NE(out.error().user_message().find("lồng nhau quá sâu"), std::string::npos);

  std::string bold;
  for (int i = 0; i < kMaxHtmlNesting + 10; ++i) bold += "<b>";
  EXPECT_FALSE(SanitizeBodyHtml(bold + "x", Site()));

  std::string open;
  std::string close;
  for (int i = 0; i < 20; ++i) {
    open += "<blockquote>";
    close += "</blockquote>";
  }
  EXPECT_EQ(Body(open + "sâu"), open + "<p>sâu</p>" + close);
}

TEST(SanitizeBodyHtmlTest, RefusesOutputThatWouldOutgrowTheLimit) {
  // Each "'" becomes "&#39;": five times the input.
  const std::string quotes(kMaxHtmlBytes / 2, '\'');
  Result<std::string> out = SanitizeBodyHtml(quotes, Site());
  ASSERT_FALSE(out);
  EXPECT_TRUE(out.error().IsInvalidArgument());
  EXPECT_FALSE(out.error().user_message().empty());
}

// --- Leads and captions ---

TEST(SanitizeInlineHtmlTest, KeepsTextLevelElementsOnly) {
  EXPECT_EQ(Inline("Ngày 15/10, <b>Quận ủy Ô Môn</b> tổ chức <a href=\"/a\">họp mặt</a>."),
            "Ngày 15/10, <b>Quận ủy Ô Môn</b> tổ chức <a href=\"/a\">họp mặt</a>.");
  EXPECT_EQ(Inline("<p>Đoạn một</p><p>Đoạn <i>hai</i></p><ul><li>x</li></ul>"),
            "Đoạn một<br>Đoạn <i>hai</i><br>x");
  EXPECT_EQ(Inline("Ảnh <img src=\"/media/a.jpg\"> <h2>tiêu đề</h2><hr>hết"),
            "Ảnh<br>tiêu đề<br>hết");
  EXPECT_EQ(Inline("<a href=\"javascript:alert(1)\">xấu</a><script>alert(1)</script>"
                   "<span onclick=x>s</span>"),
            "xấus");
  EXPECT_EQ(Inline("  " + ToNfd("Thủy") + "  "), "Thủy");
}

}  // namespace
}  // namespace toasoan

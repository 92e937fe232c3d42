#include "html/escape.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan {
namespace {

TEST(EscapeHtmlTest, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(EscapeHtml("&"), "&amp;");
  EXPECT_EQ(EscapeHtml("<"), "&lt;");
  EXPECT_EQ(EscapeHtml(">"), "&gt;");
  EXPECT_EQ(EscapeHtml("\""), "&quot;");
  EXPECT_EQ(EscapeHtml("'"), "&#39;");
  EXPECT_EQ(EscapeHtml("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
}

TEST(EscapeHtmlTest, LeavesOtherTextAlone) {
  EXPECT_EQ(EscapeHtml(""), "");
  EXPECT_EQ(EscapeHtml("Ô Môn, Thới Lai: “Dân vận khéo” (2016-2020)."),
            "Ô Môn, Thới Lai: “Dân vận khéo” (2016-2020).");
  EXPECT_EQ(EscapeHtml("a\xC2\xA0"
                       "b"),
            "a\xC2\xA0"
            "b");
  EXPECT_EQ(EscapeHtml(std::string_view("a\0b", 3)), std::string("a\0b", 3));
}

TEST(EscapeHtmlTest, EntitiesAreEscapedAgainNotDecoded) {
  EXPECT_EQ(EscapeHtml("&amp;"), "&amp;amp;");
  EXPECT_EQ(EscapeHtml("&#39;"), "&amp;#39;");
}

TEST(EscapeHtmlTest, SpecialsAtBothEndsAndInRuns) {
  EXPECT_EQ(EscapeHtml("<<a>>"), "&lt;&lt;a&gt;&gt;");
  EXPECT_EQ(EscapeHtml("''"), "&#39;&#39;");
}

TEST(EscapeHtmlTest, AppendKeepsWhatIsThere) {
  std::string out = "<p>";
  AppendEscapedHtml("Tin & ảnh", &out);
  out += "</p>";
  EXPECT_EQ(out, "<p>Tin &amp; ảnh</p>");
}

TEST(EscapeHtmlTest, OutputHasNoRawSpecials) {
  std::string all;
  for (int c = 1; c < 128; ++c) all.push_back(static_cast<char>(c));
  const std::string out = EscapeHtml(all);
  EXPECT_EQ(out.find_first_of("<>\"'"), std::string::npos);
  // Every '&' left starts one of the five entities.
  const std::string_view view = out;
  for (std::size_t i = view.find('&'); i != std::string::npos; i = view.find('&', i + 1)) {
    const std::string_view rest = view.substr(i);
    EXPECT_TRUE(rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;") ||
                rest.starts_with("&quot;") || rest.starts_with("&#39;"))
        << rest.substr(0, 8);
  }
}

}  // namespace
}  // namespace toasoan

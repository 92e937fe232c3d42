#include "html/html_document.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan {
namespace {

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HtmlDocumentTest, ParsesAsTheBodyOfAStandardsModeDocument) {
  Result<HtmlDocument> d = HtmlDocument::Parse("<p>a<table><tr><td>x</td></tr></table>");
  ASSERT_TRUE(d);
  ASSERT_NE(d->body(), nullptr);
  // In standards mode the table closes the paragraph: two children, not one.
  EXPECT_EQ(d->body()->v.element.children.length, 2u);
  EXPECT_EQ(d->depth(), 4);
}

TEST(HtmlDocumentTest, MeasuresTheDepthBelowBody) {
  EXPECT_EQ(HtmlDocument::Parse("text")->depth(), 0);
  EXPECT_EQ(HtmlDocument::Parse("<p>a</p>")->depth(), 1);
  EXPECT_EQ(HtmlDocument::Parse(Repeat("<span>", kMaxHtmlNesting))->depth(), kMaxHtmlNesting);
}

TEST(HtmlDocumentTest, RefusesTooDeepTreesWithAVietnameseMessage) {
  for (const std::string& html : {Repeat("<span>", kMaxHtmlNesting + 1),  // after parsing
                                  Repeat("<div>", 100000)}) {             // before
    Result<HtmlDocument> d = HtmlDocument::Parse(html);
    ASSERT_FALSE(d);
    EXPECT_TRUE(d.error().IsInvalidArgument());
    EXPECT_EQ(d.error().user_message(), "Nội dung HTML lồng nhau quá sâu: tối đa 256 cấp.");
  }
}

TEST(HtmlDocumentTest, RefusesTooLongInput) {
  Result<HtmlDocument> d = HtmlDocument::Parse(std::string(kMaxHtmlBytes + 1, 'a'));
  ASSERT_FALSE(d);
  EXPECT_EQ(d.error().user_message(), "Nội dung HTML quá dài: tối đa 1024 KB.");
  EXPECT_TRUE(HtmlDocument::Parse(std::string(kMaxHtmlBytes, 'a')));
}

TEST(HtmlDocumentTest, ParsesDeepButAllowedTreesWithoutRecursingInGumbo) {
  // gumbo_destroy_output recurses per level; the document frees gumbo's blocks itself,
  // which ASan checks for leaks here.
  Result<HtmlDocument> d = HtmlDocument::Parse(Repeat("<b>", kMaxHtmlNesting));
  ASSERT_TRUE(d);
  HtmlDocument moved = std::move(*d);
  EXPECT_EQ(moved.depth(), kMaxHtmlNesting);
}

TEST(HtmlDocumentTest, AGumboAssertionIsAnErrorNotACrash) {
  // Debian's gumbo 0.10.1 fails an assert() on this; without the handler in
  // html_document.cc the process would abort.
  Result<HtmlDocument> d = HtmlDocument::Parse("<table><svg><select><desc><select><td>");
  ASSERT_FALSE(d);
  EXPECT_TRUE(d.error().IsInvalidArgument());
  EXPECT_NE(d.error().user_message().find("Không đọc được"), std::string::npos);
  // The thread parses normally afterwards.
  Result<HtmlDocument> next = HtmlDocument::Parse("<p>a</p>");
  ASSERT_TRUE(next);
  EXPECT_EQ(next->depth(), 1);
}

TEST(HtmlDocumentTest, RemovesControlCharactersFirst) {
  EXPECT_EQ(WithoutControlCharacters("a\x01"
                                     "b\x7f"
                                     "c\xc2\x85"
                                     "d\t\n\r\f\xc3\xa0"),
            "abcd\t\n\r\f\xc3\xa0");
  EXPECT_EQ(WithoutControlCharacters(std::string("a\0b", 3)), "ab");
}

}  // namespace
}  // namespace toasoan

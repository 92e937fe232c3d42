#include "http/request.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace toasoan::http {
namespace {

Request WithTarget(std::string target) {
  Request r;
  r.target = std::move(target);
  return r;
}

TEST(RequestHeaderTest, NamesAreStoredLowerCaseAndLookedUpByLowerName) {
  Request r;
  r.AddHeader("Content-Type", "text/html");
  r.AddHeader("ACCEPT-ENCODING", "gzip, br");
  r.AddHeader("x-Forwarded-For", "203.0.113.7");
  EXPECT_EQ(r.header_count, 3u);
  EXPECT_EQ(r.headers[0].first, "content-type");
  EXPECT_EQ(r.Header("content-type"), "text/html");
  EXPECT_EQ(r.Header("accept-encoding"), "gzip, br");
  EXPECT_EQ(r.Header("x-forwarded-for"), "203.0.113.7");
}

TEST(RequestHeaderTest, ValuesKeepTheirCase) {
  Request r;
  r.AddHeader("Cookie", "SID=AbC");
  EXPECT_EQ(r.Header("cookie"), "SID=AbC");
}

TEST(RequestHeaderTest, FirstOfRepeatedFieldsWins) {
  Request r;
  r.AddHeader("Host", "toasoan.vn");
  r.AddHeader("host", "evil.example");
  EXPECT_EQ(r.Header("host"), "toasoan.vn");
}

TEST(RequestHeaderTest, MissingFieldIsEmpty) {
  Request r;
  r.AddHeader("Host", "toasoan.vn");
  EXPECT_TRUE(r.Header("if-none-match").empty());
  EXPECT_TRUE(r.Header("hos").empty());
}

TEST(RequestTargetTest, PathAndQuerySplitAtFirstQuestionMark) {
  Request r = WithTarget("/tin-tuc/quan-uy?page=2&q=a?b");
  EXPECT_EQ(r.Path(), "/tin-tuc/quan-uy");
  EXPECT_EQ(r.Query(), "page=2&q=a?b");
}

TEST(RequestTargetTest, NoQuestionMarkMeansEmptyQuery) {
  Request r = WithTarget("/tin-tuc");
  EXPECT_EQ(r.Path(), "/tin-tuc");
  EXPECT_TRUE(r.Query().empty());
  EXPECT_FALSE(r.QueryParam("page").has_value());
}

TEST(RequestTargetTest, TrailingQuestionMarkGivesEmptyQuery) {
  Request r = WithTarget("/?");
  EXPECT_EQ(r.Path(), "/");
  EXPECT_TRUE(r.Query().empty());
}

TEST(RequestQueryParamTest, DecodesPlusAndPercentEscapes) {
  Request r = WithTarget("/tim-kiem?q=%C4%90%C3%A0+N%E1%BA%B5ng&page=2");
  EXPECT_EQ(r.QueryParam("q"), std::optional<std::string>("Đà Nẵng"));
  EXPECT_EQ(r.QueryParam("page"), std::optional<std::string>("2"));
}

TEST(RequestQueryParamTest, EncodedPlusStaysPlus) {
  Request r = WithTarget("/tim-kiem?q=C%2B%2B+20");
  EXPECT_EQ(r.QueryParam("q"), std::optional<std::string>("C++ 20"));
}

TEST(RequestQueryParamTest, MissingIsNulloptButEmptyValueIsPresent) {
  Request r = WithTarget("/tim-kiem?empty=&flag&q=x");
  EXPECT_FALSE(r.QueryParam("missing").has_value());
  ASSERT_TRUE(r.QueryParam("empty").has_value());
  EXPECT_EQ(*r.QueryParam("empty"), "");
  ASSERT_TRUE(r.QueryParam("flag").has_value());
  EXPECT_EQ(*r.QueryParam("flag"), "");
  EXPECT_EQ(r.QueryParam("q"), std::optional<std::string>("x"));
}

TEST(RequestQueryParamTest, NamesMatchWholeAndDecoded) {
  Request r = WithTarget("/?pages=9&trang+so=3&%70age=4&page=5");
  // "pages" is not "page"; "%70age" decodes to "page" and comes first.
  EXPECT_EQ(r.QueryParam("page"), std::optional<std::string>("4"));
  EXPECT_EQ(r.QueryParam("trang so"), std::optional<std::string>("3"));
  EXPECT_FALSE(r.QueryParam("pag").has_value());
}

TEST(RequestQueryParamTest, FirstOccurrenceWinsAndEmptyPairsAreSkipped) {
  Request r = WithTarget("/?&&page=1&page=2&");
  EXPECT_EQ(r.QueryParam("page"), std::optional<std::string>("1"));
}

TEST(RequestQueryParamTest, ValueMayContainEquals) {
  Request r = WithTarget("/?token=a=b=c");
  EXPECT_EQ(r.QueryParam("token"), std::optional<std::string>("a=b=c"));
}

TEST(PercentDecodeTest, DecodesEscapesInEitherCase) {
  EXPECT_EQ(PercentDecode("%C3%A0", false), "à");
  EXPECT_EQ(PercentDecode("%c3%a0", false), "à");
  EXPECT_EQ(PercentDecode("a%20b", false), "a b");
  EXPECT_EQ(PercentDecode("%41", false), "A");
}

TEST(PercentDecodeTest, PlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
}

TEST(PercentDecodeTest, InvalidEscapesAreKeptLiterally) {
  EXPECT_EQ(PercentDecode("100%", false), "100%");
  EXPECT_EQ(PercentDecode("%4", false), "%4");
  EXPECT_EQ(PercentDecode("%zz", false), "%zz");
  EXPECT_EQ(PercentDecode("%4g%g4", false), "%4g%g4");
  EXPECT_EQ(PercentDecode("%%41", false), "%A");
  EXPECT_EQ(PercentDecode("50%+off", true), "50% off");
}

TEST(PercentDecodeTest, DecodesNulAndHighBytes) {
  EXPECT_EQ(PercentDecode("a%00b", false), std::string("a\0b", 3));
  EXPECT_EQ(PercentDecode("%FF", false), "\xFF");
}

TEST(PercentEncodeTest, VietnameseUtf8IsEncodedBytewiseInUpperHex) {
  EXPECT_EQ(PercentEncode("Đà Nẵng"), "%C4%90%C3%A0%20N%E1%BA%B5ng");
  EXPECT_EQ(PercentEncode("Tòa Soạn: tin mới/ngày 16?"),
            "T%C3%B2a%20So%E1%BA%A1n%3A%20tin%20m%E1%BB%9Bi%2Fng%C3%A0y%2016%3F");
}

TEST(PercentEncodeTest, UnreservedCharactersPassAndReservedAreEscaped) {
  EXPECT_EQ(PercentEncode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(PercentEncode("+&=%#/ "), "%2B%26%3D%25%23%2F%20");
  EXPECT_EQ(PercentEncode(""), "");
}

TEST(PercentEncodeTest, DecodeInvertsEncode) {
  for (std::string s : {"Đà Nẵng", "a+b=c&d", "100% thật", "QUẬN ỦY, HUYỆN ỦY"}) {
    EXPECT_EQ(PercentDecode(PercentEncode(s), true), s);
    EXPECT_EQ(PercentDecode(PercentEncode(s), false), s);
  }
}

TEST(RequestClearTest, ResetsFieldsAndHidesOldHeaders) {
  Request r;
  r.method = Method::kPost;
  r.method_text = "POST";
  r.target = "/newsroom/bai-viet?id=1";
  r.version = 10;
  r.keep_alive = false;
  r.body = std::string(1000, 'x');
  r.AddHeader("Host", "toasoan.vn");
  r.AddHeader("Cookie", "sid=1");
  r.AddHeader("Content-Length", "1000");

  r.Clear();
  EXPECT_EQ(r.method, Method::kGet);
  EXPECT_TRUE(r.method_text.empty());
  EXPECT_TRUE(r.target.empty());
  EXPECT_EQ(r.version, 11);
  EXPECT_TRUE(r.keep_alive);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.header_count, 0u);
  EXPECT_TRUE(r.Header("host").empty());
  EXPECT_TRUE(r.Header("cookie").empty());
  EXPECT_TRUE(r.Path().empty());
}

TEST(RequestClearTest, KeepsHeaderSlotsAndBodyCapacityForReuse) {
  Request r;
  r.body = std::string(4096, 'x');
  r.AddHeader("Host", "toasoan.vn");
  r.AddHeader("Cookie", "sid=1");
  r.AddHeader("Accept", "*/*");
  size_t body_capacity = r.body.capacity();

  r.Clear();
  // The slots stay allocated; only the count says how many are in use.
  EXPECT_EQ(r.headers.size(), 3u);
  EXPECT_GE(r.body.capacity(), body_capacity);

  r.AddHeader("Accept", "text/html");
  EXPECT_EQ(r.header_count, 1u);
  EXPECT_EQ(r.headers.size(), 3u);  // reused, not appended
  EXPECT_EQ(r.Header("accept"), "text/html");
  // The stale "cookie" in slot 1 is beyond header_count and must not be seen.
  EXPECT_TRUE(r.Header("cookie").empty());

  r.AddHeader("A", "1");
  r.AddHeader("B", "2");
  r.AddHeader("C", "3");
  EXPECT_EQ(r.header_count, 4u);
  EXPECT_EQ(r.headers.size(), 4u);
  EXPECT_EQ(r.Header("c"), "3");
}

}  // namespace
}  // namespace toasoan::http

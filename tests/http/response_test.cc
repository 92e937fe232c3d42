#include "http/response.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan::http {
namespace {

TEST(ResponseTest, DefaultsAreAnUncachedHtmlPage) {
  Response r;
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
  EXPECT_FALSE(r.cacheable);
  EXPECT_EQ(r.cache_control, "no-cache");
  EXPECT_FALSE(r.last_modified.has_value());
}

TEST(ResponseTest, RedirectSetsLocationAndPlainBody) {
  Response r = Response::Redirect(301, "/quan-uy-huyen-uy/o-mon");
  EXPECT_EQ(r.status, 301);
  EXPECT_EQ(r.content_type, "text/plain; charset=utf-8");
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].first, "Location");
  EXPECT_EQ(r.headers[0].second, "/quan-uy-huyen-uy/o-mon");
  EXPECT_EQ(r.body, "Moved: /quan-uy-huyen-uy/o-mon\n");
  EXPECT_FALSE(r.cacheable);
}

TEST(ResponseTest, TextAndJsonSetTypeStatusAndBody) {
  Response t = Response::Text(404, "Không tìm thấy trang.\n");
  EXPECT_EQ(t.status, 404);
  EXPECT_EQ(t.content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(t.body, "Không tìm thấy trang.\n");

  Response j = Response::Json(422, "{\"loi\":\"Tiêu đề trống\"}");
  EXPECT_EQ(j.status, 422);
  EXPECT_EQ(j.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(j.body, "{\"loi\":\"Tiêu đề trống\"}");
}

TEST(ReasonPhraseTest, KnownAndUnknownStatuses) {
  EXPECT_STREQ(ReasonPhrase(200), "OK");
  EXPECT_STREQ(ReasonPhrase(304), "Not Modified");
  EXPECT_STREQ(ReasonPhrase(404), "Not Found");
  EXPECT_STREQ(ReasonPhrase(405), "Method Not Allowed");
  EXPECT_STREQ(ReasonPhrase(413), "Content Too Large");
  EXPECT_STREQ(ReasonPhrase(431), "Request Header Fields Too Large");
  EXPECT_STREQ(ReasonPhrase(503), "Service Unavailable");
  EXPECT_STREQ(ReasonPhrase(299), "Unknown");
}

}  // namespace
}  // namespace toasoan::http

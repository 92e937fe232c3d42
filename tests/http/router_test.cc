#include "http/router.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan::http {
namespace {

Handler Named(std::string name) {
  return [name](const Request&, const PathParams&) { return Response::Text(200, name); };
}

// The name of the handler a match leads to.
std::string Called(const Router::Match& m) {
  if (m.handler == nullptr) return "<none>";
  return (*m.handler)(Request{}, m.params).body;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Add(Method::kGet, "/", Named("home"));
    router_.Add(Method::kGet, "/{section}", Named("section"));
    router_.Add(Method::kGet, "/tim-kiem", Named("search"));
    router_.Add(Method::kGet, "/{section}/{slug}", Named("article"));
    router_.Add(Method::kGet, "/media/{file}", Named("media"));
    router_.Add(Method::kPost, "/newsroom/login", Named("login-post"));
    router_.Add(Method::kGet, "/newsroom/login", Named("login-form"));
    // Three segments: no GET route shares this path.
    router_.Add(Method::kPost, "/api/v1/bai-viet", Named("api-create"));
  }

  Router router_;
};

TEST_F(RouterTest, RootMatchesRootRoute) {
  auto m = router_.Find(Method::kGet, "/");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "home");
}

TEST_F(RouterTest, LiteralBeatsParamWhateverTheOrderOfAdding) {
  // "/tim-kiem" was added after "/{section}" and still wins.
  auto m = router_.Find(Method::kGet, "/tim-kiem");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "search");
  EXPECT_TRUE(m->params.Get("section").empty());

  // "/media/{file}" was added after "/{section}/{slug}".
  m = router_.Find(Method::kGet, "/media/anh.jpg");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "media");
  EXPECT_EQ(m->params.Get("file"), "anh.jpg");
}

TEST_F(RouterTest, ParamMatchesAnyOneSegment) {
  auto m = router_.Find(Method::kGet, "/quan-uy-huyen-uy");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "section");
  EXPECT_EQ(m->params.Get("section"), "quan-uy-huyen-uy");

  m = router_.Find(Method::kGet, "/quan-uy-huyen-uy/o-mon-thoi-lai-hop-mat");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "article");
  EXPECT_EQ(m->params.Get("section"), "quan-uy-huyen-uy");
  EXPECT_EQ(m->params.Get("slug"), "o-mon-thoi-lai-hop-mat");
  EXPECT_TRUE(m->params.Get("missing").empty());
}

TEST_F(RouterTest, NoRouteForMoreSegments) {
  EXPECT_FALSE(router_.Find(Method::kGet, "/a/b/c").has_value());
}

TEST_F(RouterTest, HeadIsServedByGetRoute) {
  auto m = router_.Find(Method::kHead, "/quan-uy/bai");
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->method_allowed);
  EXPECT_EQ(Called(*m), "article");
  EXPECT_EQ(m->params.Get("slug"), "bai");

  m = router_.Find(Method::kHead, "/tim-kiem");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "search");
}

TEST_F(RouterTest, HeadOnPostOnlyPathIsNotAllowed) {
  auto m = router_.Find(Method::kHead, "/api/v1/bai-viet");
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->method_allowed);
  EXPECT_EQ(m->handler, nullptr);
}

TEST_F(RouterTest, SamePathDifferentMethodsPickTheirOwnHandler) {
  auto get = router_.Find(Method::kGet, "/newsroom/login");
  auto post = router_.Find(Method::kPost, "/newsroom/login");
  ASSERT_TRUE(get.has_value());
  ASSERT_TRUE(post.has_value());
  EXPECT_EQ(Called(*get), "login-form");
  EXPECT_EQ(Called(*post), "login-post");
}

TEST_F(RouterTest, PathOfAnotherMethodSignals405) {
  auto m = router_.Find(Method::kGet, "/api/v1/bai-viet");
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->method_allowed);
  EXPECT_EQ(m->handler, nullptr);

  m = router_.Find(Method::kDelete, "/newsroom/login");
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->method_allowed);
}

TEST_F(RouterTest, PostFallsToNothingWhenOnlyGetParamRoutesMatch) {
  // "/x" matches GET "/{section}" only: the path exists, POST is not allowed there.
  auto m = router_.Find(Method::kPost, "/x");
  ASSERT_TRUE(m.has_value());
  EXPECT_FALSE(m->method_allowed);
}

TEST_F(RouterTest, UnknownPathIsNullopt) {
  Router r;
  r.Add(Method::kGet, "/tin-tuc", Named("news"));
  EXPECT_FALSE(r.Find(Method::kGet, "/tin-tuc-khac").has_value());
  EXPECT_FALSE(r.Find(Method::kPost, "/khong-co").has_value());
  EXPECT_FALSE(r.Find(Method::kGet, "/").has_value());
}

TEST_F(RouterTest, TrailingSlashIsNotMatched) {
  EXPECT_FALSE(router_.Find(Method::kGet, "/tim-kiem/").has_value());
  EXPECT_FALSE(router_.Find(Method::kGet, "/quan-uy/bai/").has_value());
  EXPECT_FALSE(router_.Find(Method::kGet, "/newsroom/login/").has_value());
}

TEST_F(RouterTest, EmptySegmentsAreNotMatched) {
  EXPECT_FALSE(router_.Find(Method::kGet, "//tim-kiem").has_value());
  EXPECT_FALSE(router_.Find(Method::kGet, "/quan-uy//bai").has_value());
}

TEST_F(RouterTest, ParamsArePercentDecodedButPlusIsKept) {
  auto m = router_.Find(Method::kGet, "/media/%E1%BA%A3nh%20m%E1%BB%9Bi+1.jpg");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->params.Get("file"), "ảnh mới+1.jpg");

  m = router_.Find(Method::kGet, "/%C4%91%E1%BA%A3ng/a%2Fb");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "article");
  EXPECT_EQ(m->params.Get("section"), "đảng");
  // An encoded slash is data in one segment, not a separator.
  EXPECT_EQ(m->params.Get("slug"), "a/b");
}

TEST_F(RouterTest, LiteralSegmentsAreComparedUndecoded) {
  // "%74im-kiem" is "tim-kiem" spelled with an escape: it is a {section}, not the literal.
  auto m = router_.Find(Method::kGet, "/%74im-kiem");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "section");
  EXPECT_EQ(m->params.Get("section"), "tim-kiem");
}

TEST_F(RouterTest, OptionsOfMatchedRouteAreReturned) {
  Router r;
  r.Add(Method::kGet, "/{section}", Named("section"), RouteOptions{{"page"}});
  r.Add(Method::kGet, "/tim-kiem", Named("search"), RouteOptions{{"q", "page"}});
  auto m = r.Find(Method::kGet, "/tim-kiem");
  ASSERT_TRUE(m.has_value());
  ASSERT_NE(m->options, nullptr);
  EXPECT_EQ(m->options->cache_query, (std::vector<std::string>{"q", "page"}));
  m = r.Find(Method::kGet, "/thoi-su");
  ASSERT_TRUE(m.has_value());
  ASSERT_NE(m->options, nullptr);
  EXPECT_EQ(m->options->cache_query, (std::vector<std::string>{"page"}));
}

TEST(PathParamsTest, FirstOfRepeatedNamesWins) {
  PathParams p;
  p.Add("id", "1");
  p.Add("id", "2");
  EXPECT_EQ(p.Get("id"), "1");
  EXPECT_TRUE(p.Get("i").empty());
}

TEST(RouterCacheKeyTest, NoDeclaredParamsMeansPathOnly) {
  EXPECT_EQ(Router::CacheKey("/thoi-su", "fbclid=abc&page=2", RouteOptions{}), "/thoi-su");
  EXPECT_EQ(Router::CacheKey("/thoi-su", "", RouteOptions{{"page"}}), "/thoi-su");
}

TEST(RouterCacheKeyTest, KeepsOnlyDeclaredParamsInDeclaredOrder) {
  RouteOptions options{{"q", "page"}};
  EXPECT_EQ(
      Router::CacheKey("/tim-kiem", "page=2&utm_source=zalo&q=dan+van&fbclid=IwAR0x", options),
      "/tim-kiem?q=dan%20van&page=2");
  EXPECT_EQ(Router::CacheKey("/tim-kiem", "q=dan%20van&page=2", options),
            "/tim-kiem?q=dan%20van&page=2");
}

TEST(RouterCacheKeyTest, TrackingParamsShareOneKey) {
  RouteOptions options{{"page"}};
  std::string plain = Router::CacheKey("/thoi-su", "page=3", options);
  EXPECT_EQ(plain, "/thoi-su?page=3");
  EXPECT_EQ(Router::CacheKey("/thoi-su", "fbclid=IwAR0x&page=3", options), plain);
  EXPECT_EQ(Router::CacheKey("/thoi-su", "page=3&utm_source=facebook&utm_medium=social", options),
            plain);
  EXPECT_EQ(Router::CacheKey("/thoi-su", "fbclid=IwAR0x&utm_campaign=x", options), "/thoi-su");
}

TEST(RouterCacheKeyTest, AbsentParamIsSkippedAndEmptyOneKept) {
  RouteOptions options{{"q", "page"}};
  EXPECT_EQ(Router::CacheKey("/tim-kiem", "page=4", options), "/tim-kiem?page=4");
  EXPECT_EQ(Router::CacheKey("/tim-kiem", "q=&page=4", options), "/tim-kiem?q=&page=4");
}

TEST(RouterCacheKeyTest, ValuesAreReencodedSoSpellingsAgree) {
  RouteOptions options{{"q"}};
  std::string key = Router::CacheKey("/tim-kiem", "q=%C4%90%C3%A0+N%E1%BA%B5ng", options);
  EXPECT_EQ(key, "/tim-kiem?q=%C4%90%C3%A0%20N%E1%BA%B5ng");
  EXPECT_EQ(Router::CacheKey("/tim-kiem", "q=%c4%90%c3%a0%20N%e1%ba%b5ng", options), key);
  // A value cannot smuggle another parameter into the key.
  EXPECT_EQ(Router::CacheKey("/tim-kiem", "q=a%26page%3D9", options), "/tim-kiem?q=a%26page%3D9");
}

TEST(RouterCacheKeyTest, FirstOccurrenceOfAParamCounts) {
  RouteOptions options{{"page"}};
  EXPECT_EQ(Router::CacheKey("/thoi-su", "page=2&page=3", options), "/thoi-su?page=2");
}

// Text around a parameter: the monthly sitemaps at "/sitemap-2020-10.xml" beside a
// literal "/sitemap-news.xml" and the "/{section}" catch-all.
TEST(RouterAffixTest, TextAroundAParameter) {
  Router router;
  router.Add(Method::kGet, "/{section}", Named("section"));
  router.Add(Method::kGet, "/sitemap-{month}.xml", Named("month"));
  router.Add(Method::kGet, "/sitemap-news.xml", Named("news"));
  router.Add(Method::kGet, "/{section}/rss.xml", Named("section-rss"));
  router.Add(Method::kGet, "/{section}/{slug}", Named("article"));

  auto m = router.Find(Method::kGet, "/sitemap-2020-10.xml");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "month");
  EXPECT_EQ(m->params.Get("month"), "2020-10");

  m = router.Find(Method::kGet, "/sitemap-news.xml");  // the literal wins
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "news");

  // Nothing between prefix and suffix, or a wrong suffix: the bare parameter's route.
  for (const char* path : {"/sitemap-.xml", "/sitemap-2020-10.txt", "/sitemap.xml"}) {
    m = router.Find(Method::kGet, path);
    ASSERT_TRUE(m.has_value()) << path;
    EXPECT_EQ(Called(*m), "section") << path;
  }

  m = router.Find(Method::kGet, "/thoi-su/rss.xml");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "section-rss");
  EXPECT_EQ(m->params.Get("section"), "thoi-su");
  m = router.Find(Method::kGet, "/thoi-su/bai-viet-1");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(Called(*m), "article");
}

TEST(RouterBodyLimitTest, RoutesCarryTheirOwnBodyLimit) {
  Router router;
  router.Add(Method::kGet, "/", Named("home"));
  EXPECT_EQ(router.LargestBodyLimit(), 0u);
  RouteOptions upload;
  upload.body_limit = 25u << 20;
  upload.too_large = [] { return Response::Json(413, "{}"); };
  router.Add(Method::kPost, "/api/photos", Named("upload"), upload);
  RouteOptions small;
  small.body_limit = 1000;
  router.Add(Method::kPost, "/api/small", Named("small"), small);
  EXPECT_EQ(router.LargestBodyLimit(), 25u << 20);
  auto m = router.Find(Method::kPost, "/api/photos");
  ASSERT_TRUE(m.has_value());
  ASSERT_NE(m->options, nullptr);
  EXPECT_EQ(m->options->body_limit, std::optional<uint64_t>(25u << 20));
  EXPECT_EQ(m->options->too_large().status, 413);
  EXPECT_FALSE(router.Find(Method::kGet, "/")->options->body_limit.has_value());
}

}  // namespace
}  // namespace toasoan::http

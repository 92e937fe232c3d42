#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "../store/temp_dir.h"
#include "http/router.h"
#include "site/feeds.h"
#include "site/sitemaps.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

// 15/10/2020 19:34 UTC, 16/10/2020 02:34 in Vietnam.
constexpr Timestamp kT0 = Timestamp{sys_days{std::chrono::year{2020} / 10 / 15}} + 19h + 34min;

class FeedsSitemapsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    store_ = std::move(*store);
    SiteSettings site;
    site.name = "Cổng Phù Sa";
    site.base_url = "https://phusa.gov.vn";
    ASSERT_TRUE(store_->SaveSettings(site));
    districts_ = AddSection("QUẬN ỦY, HUYỆN ỦY", "quan-uy-huyen-uy");
    news_ = AddSection("Thời sự", "thoi-su");
    std::filesystem::create_directories(media() / "2020" / "10");
    std::ofstream(media() / "2020" / "10" / "anh.jpg", std::ios::binary) << std::string(1234, 'x');
    feeds_ = std::make_unique<Feeds>(*store_, media(), "", clock_);
    sitemaps_ = std::make_unique<Sitemaps>(*store_, "", clock_);
    feeds_->AddRoutes(router_, NotFound());
    sitemaps_->AddRoutes(router_, NotFound());
  }

  std::filesystem::path media() const { return dir_.path() / "media"; }

  static http::Handler NotFound() {
    return [](const http::Request&, const http::PathParams&) {
      return http::Response::Text(404, "không có");
    };
  }

  int64_t AddSection(std::string name, std::string slug) {
    Section s;
    s.name = std::move(name);
    s.slug = std::move(slug);
    auto saved = store_->SaveSection(s);
    EXPECT_TRUE(saved.has_value());
    return saved ? saved->id : 0;
  }

  int64_t Publish(int64_t section_id, std::string title, Timestamp at,
                  std::vector<std::string> photo_files = {}) {
    Article a;
    a.section_id = section_id;
    a.slug = "bai-viet";
    a.title = std::move(title);
    a.lead = "Sapo của bài.";
    a.body_html = "<p>Nội dung</p>";
    for (std::string& f : photo_files) {
      Photo p;
      p.file = std::move(f);
      p.caption = "Ảnh";
      a.photos.push_back(std::move(p));
    }
    a.status = ArticleStatus::kPublished;
    a.created_at = a.updated_at = at;
    a.published_at = at;
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved.has_value()) << saved.error().message();
    return saved ? saved->id : 0;
  }

  http::Response Get(std::string_view path) {
    auto m = router_.Find(http::Method::kGet, path);
    EXPECT_TRUE(m.has_value() && m->handler != nullptr) << path;
    if (!m || m->handler == nullptr) return http::Response::Text(599, "no route");
    return (*m->handler)(http::Request{}, m->params);
  }

  static bool Has(const std::vector<std::string>& tags, const std::string& tag) {
    return std::find(tags.begin(), tags.end(), tag) != tags.end();
  }

  TempDir dir_;
  FakeClock clock_{kT0 + 24h};
  std::unique_ptr<SqliteStore> store_;
  int64_t districts_ = 0;
  int64_t news_ = 0;
  std::unique_ptr<Feeds> feeds_;
  std::unique_ptr<Sitemaps> sitemaps_;
  http::Router router_;
};

TEST_F(FeedsSitemapsTest, FeedEnclosureIsTheFirstPhotoWithAFile) {
  // The first photo awaits its file, the second's is missing from media/, the third is
  // there: 1234 bytes.
  const int64_t id = Publish(districts_, "Ô Môn", kT0, {"", "2020/10/mat.jpg", "2020/10/anh.jpg"});
  http::Response r = Get("/rss.xml");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/rss+xml; charset=utf-8");
  EXPECT_TRUE(r.cacheable);
  EXPECT_NE(r.body.find("<enclosure url=\"https://phusa.gov.vn/media/2020/10/anh.jpg\" "
                        "length=\"1234\" type=\"image/jpeg\"/>"),
            std::string::npos)
      << r.body;
  const std::vector<std::string> tags = {"list:all", "sections", "settings",
                                         "article:" + std::to_string(id)};
  for (const std::string& tag : tags) {
    EXPECT_TRUE(Has(r.tags, tag)) << tag;
  }

  r = Get("/atom.xml");
  EXPECT_EQ(r.content_type, "application/atom+xml; charset=utf-8");
  EXPECT_NE(r.body.find("<link rel=\"enclosure\" href=\"https://phusa.gov.vn/media/2020/10/"
                        "anh.jpg\" type=\"image/jpeg\" length=\"1234\"/>"),
            std::string::npos);
}

TEST_F(FeedsSitemapsTest, SectionFeedsHoldTheirSectionOnly) {
  Publish(districts_, "Bài quận ủy", kT0);
  Publish(news_, "Bài thời sự", kT0 + 1h);
  http::Response r = Get("/quan-uy-huyen-uy/rss.xml");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("<title>Bài quận ủy</title>"), std::string::npos);
  EXPECT_EQ(r.body.find("Bài thời sự"), std::string::npos);
  EXPECT_NE(r.body.find("<title>QUẬN ỦY, HUYỆN ỦY - Cổng Phù Sa</title>"), std::string::npos);
  EXPECT_NE(r.body.find("href=\"https://phusa.gov.vn/quan-uy-huyen-uy/rss.xml\""),
            std::string::npos);
  EXPECT_TRUE(Has(r.tags, "list:section:" + std::to_string(districts_)));
  EXPECT_FALSE(Has(r.tags, "list:all"));
  EXPECT_EQ(Get("/khong-co/atom.xml").status, 404);
}

TEST_F(FeedsSitemapsTest, FeedsHoldTheLatestFifty) {
  for (int i = 0; i < 55; ++i) Publish(news_, "Tin " + std::to_string(i), kT0 + i * 1min);
  const std::string body = Get("/rss.xml").body;
  size_t items = 0;
  for (size_t at = body.find("<item>"); at != std::string::npos; at = body.find("<item>", at + 1)) {
    ++items;
  }
  EXPECT_EQ(items, 50u);
  EXPECT_NE(body.find("<title>Tin 54</title>"), std::string::npos);
  EXPECT_EQ(body.find("<title>Tin 4</title>"), std::string::npos);
}

TEST_F(FeedsSitemapsTest, MonthlySitemapsByVietnamMonth) {
  Publish(news_, "Tháng mười", kT0);
  // 31/10/2020 18:00 UTC is already 01/11 in Vietnam.
  Publish(news_, "Tháng mười một", Timestamp{sys_days{std::chrono::year{2020} / 10 / 31}} + 18h);
  const std::string index = Get("/sitemap.xml").body;
  EXPECT_NE(index.find("<loc>https://phusa.gov.vn/sitemap-pages.xml</loc>"), std::string::npos);
  const size_t nov = index.find("<loc>https://phusa.gov.vn/sitemap-2020-11.xml</loc>");
  const size_t oct = index.find(
      "<loc>https://phusa.gov.vn/sitemap-2020-10.xml</loc>"
      "<lastmod>2020-10-16T02:34:00+07:00</lastmod>");
  ASSERT_NE(nov, std::string::npos) << index;
  ASSERT_NE(oct, std::string::npos) << index;
  EXPECT_LT(nov, oct);  // newest first

  http::Response october = Get("/sitemap-2020-10.xml");
  EXPECT_EQ(october.status, 200);
  EXPECT_EQ(october.content_type, "application/xml; charset=utf-8");
  EXPECT_NE(october.body.find("/thoi-su/bai-viet-"), std::string::npos);
  EXPECT_EQ(october.body.find("<url>", october.body.find("<url>") + 1), std::string::npos);
  EXPECT_TRUE(october.cacheable);
  EXPECT_TRUE(Has(october.tags, "list:all"));

  // No article that month, and spellings of a month that are not its one URL.
  for (const char* path : {"/sitemap-2020-09.xml", "/sitemap-2020-13.xml", "/sitemap-2020-1.xml",
                           "/sitemap-20201-01.xml", "/sitemap-abcd-10.xml"}) {
    EXPECT_EQ(Get(path).status, 404) << path;
  }

  const std::string pages = Get("/sitemap-pages.xml").body;
  EXPECT_NE(pages.find("<loc>https://phusa.gov.vn/</loc>"), std::string::npos);
  EXPECT_NE(pages.find("<loc>https://phusa.gov.vn/quan-uy-huyen-uy</loc>"), std::string::npos);
}

TEST_F(FeedsSitemapsTest, NewsSitemapListsTheLastTwoDays) {
  clock_.Set(kT0 + 24h);
  Publish(news_, "Hôm qua", kT0);
  Publish(news_, "Ba ngày trước", kT0 - 48h);
  http::Response r = Get("/sitemap-news.xml");
  EXPECT_EQ(r.status, 200);
  EXPECT_FALSE(r.cacheable);
  EXPECT_NE(r.body.find("<news:title>Hôm qua</news:title>"), std::string::npos);
  EXPECT_NE(r.body.find("<news:name>Cổng Phù Sa</news:name><news:language>vi</news:language>"),
            std::string::npos);
  EXPECT_EQ(r.body.find("Ba ngày trước"), std::string::npos);
  clock_.Set(kT0 + 49h);
  EXPECT_EQ(Get("/sitemap-news.xml").body.find("Hôm qua"), std::string::npos);
}

TEST_F(FeedsSitemapsTest, RobotsTxtNamesTheSitemaps) {
  http::Response r = Get("/robots.txt");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/plain; charset=utf-8");
  EXPECT_NE(r.body.find("Sitemap: https://phusa.gov.vn/sitemap.xml\n"), std::string::npos);
  EXPECT_NE(r.body.find("Sitemap: https://phusa.gov.vn/sitemap-news.xml\n"), std::string::npos);
  EXPECT_TRUE(Has(r.tags, "settings"));
}

}  // namespace
}  // namespace toasoan

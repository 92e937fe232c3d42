#include "render/feeds.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/sitemaps.h"
#include "render/xml_text.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

// 15/10/2020 19:34 UTC: 16/10/2020 02:34 in Vietnam, a Friday.
constexpr Timestamp kT0 = Timestamp{sys_days{2020y / 10 / 15}} + 19h + 34min;

SiteSettings Site() {
  SiteSettings s;
  s.name = "Cổng Thông tin điện tử Thành phố Phù Sa";
  s.description = "Tin tức & sự kiện";
  s.base_url = "https://phusa.gov.vn:8443";
  return s;
}

FeedItem Item() {
  FeedItem item;
  item.section.id = 3;
  item.section.name = "QUẬN ỦY, HUYỆN ỦY";
  item.section.slug = "quan-uy-huyen-uy";
  Article& a = item.article;
  a.id = 12;
  a.section_id = 3;
  a.slug = "o-mon-thoi-lai";
  a.title = "Ô Môn, Thới Lai: Họp mặt <kỷ niệm> \"90 năm\"";
  a.lead = "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt & trao giấy khen.";
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  a.status = ArticleStatus::kPublished;
  a.published_at = kT0;
  a.updated_at = kT0 + 1h;
  item.enclosure = FeedEnclosure{"https://phusa.gov.vn/media/2020/10/anh.jpg", "image/jpeg", 48213};
  return item;
}

FeedChannel Channel() {
  FeedChannel c;
  c.title = "QUẬN ỦY, HUYỆN ỦY - Cổng Thông tin điện tử Thành phố Phù Sa";
  c.description = "Tin tức & sự kiện";
  c.page_url = "https://phusa.gov.vn/quan-uy-huyen-uy";
  c.self_url = "https://phusa.gov.vn/quan-uy-huyen-uy/rss.xml";
  c.updated = kT0 + 1h;
  return c;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(FeedsTest, Rfc822InVietnamTime) {
  EXPECT_EQ(FormatRfc822Vietnam(kT0), "Fri, 16 Oct 2020 02:34:00 +0700");
  EXPECT_EQ(FormatRfc822Vietnam(Timestamp{sys_days{2021y / 1 / 1}}),
            "Fri, 01 Jan 2021 07:00:00 +0700");
}

TEST(FeedsTest, RssItemCarriesLeadEnclosureAndEscapedText) {
  const std::string rss = RssFeed(Site(), Channel(), {Item()});
  EXPECT_TRUE(rss.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""));
  EXPECT_TRUE(Contains(rss,
                       "<title>QUẬN ỦY, HUYỆN ỦY - Cổng Thông tin điện tử Thành phố Phù "
                       "Sa</title>"));
  // Escaped for HTML, then for XML: readers take RSS descriptions as HTML.
  EXPECT_TRUE(Contains(rss, "<description>Tin tức &amp;amp; sự kiện</description>"));
  EXPECT_TRUE(Contains(rss,
                       "<atom:link rel=\"self\" type=\"application/rss+xml\" "
                       "href=\"https://phusa.gov.vn/quan-uy-huyen-uy/rss.xml\"/>"));
  EXPECT_TRUE(Contains(rss, "<language>vi</language>"));
  EXPECT_TRUE(Contains(rss, "<lastBuildDate>Fri, 16 Oct 2020 03:34:00 +0700</lastBuildDate>"));
  EXPECT_TRUE(
      Contains(rss, "<title>Ô Môn, Thới Lai: Họp mặt &lt;kỷ niệm&gt; &quot;90 năm&quot;</title>"));
  EXPECT_TRUE(Contains(rss,
                       "<link>https://phusa.gov.vn:8443/quan-uy-huyen-uy/"
                       "o-mon-thoi-lai-12</link>"));
  EXPECT_TRUE(
      Contains(rss, "<guid isPermaLink=\"false\">tag:phusa.gov.vn,2020-10-16:bai-viet/12</guid>"));
  EXPECT_TRUE(Contains(rss,
                       "<description>Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt &amp;amp; trao "
                       "giấy khen.</description>"));
  EXPECT_TRUE(Contains(rss, "<pubDate>Fri, 16 Oct 2020 02:34:00 +0700</pubDate>"));
  EXPECT_TRUE(Contains(rss, "<category>QUẬN ỦY, HUYỆN ỦY</category>"));
  EXPECT_TRUE(Contains(rss, "<dc:creator>Hoàng Dung, Cẩm Tú</dc:creator>"));
  EXPECT_TRUE(Contains(rss,
                       "<enclosure url=\"https://phusa.gov.vn/media/2020/10/anh.jpg\" "
                       "length=\"48213\" type=\"image/jpeg\"/>"));
  EXPECT_TRUE(rss.ends_with("</channel>\n</rss>\n"));
}

TEST(FeedsTest, ItemWithoutPhotoHasNoEnclosure) {
  FeedItem item = Item();
  item.enclosure.reset();
  EXPECT_FALSE(Contains(RssFeed(Site(), Channel(), {item}), "<enclosure"));
  EXPECT_FALSE(Contains(AtomFeed(Site(), Channel(), {item}), "rel=\"enclosure\""));
}

TEST(FeedsTest, AtomEntry) {
  const std::string atom = AtomFeed(Site(), Channel(), {Item(), Item()});
  EXPECT_TRUE(Contains(atom, "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">"));
  EXPECT_TRUE(Contains(atom, "<id>https://phusa.gov.vn/quan-uy-huyen-uy/rss.xml</id>"));
  EXPECT_TRUE(Contains(atom, "<updated>2020-10-16T03:34:00+07:00</updated>"));
  EXPECT_TRUE(Contains(atom,
                       "<author><name>Cổng Thông tin điện tử Thành phố Phù "
                       "Sa</name>\n</author>"));
  EXPECT_TRUE(Contains(atom, "<id>tag:phusa.gov.vn,2020-10-16:bai-viet/12</id>"));
  EXPECT_TRUE(Contains(atom,
                       "<link rel=\"alternate\" type=\"text/html\" "
                       "href=\"https://phusa.gov.vn:8443/quan-uy-huyen-uy/"
                       "o-mon-thoi-lai-12\"/>"));
  EXPECT_TRUE(Contains(atom, "<published>2020-10-16T02:34:00+07:00</published>"));
  EXPECT_TRUE(Contains(atom,
                       "<summary type=\"text\">Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt "
                       "&amp; trao giấy khen.</summary>"));
  EXPECT_TRUE(Contains(atom, "<author><name>Cẩm Tú</name>\n</author>"));
  EXPECT_TRUE(Contains(atom, "<category term=\"quan-uy-huyen-uy\" label=\"QUẬN ỦY, HUYỆN ỦY\"/>"));
  EXPECT_TRUE(Contains(atom,
                       "<link rel=\"enclosure\" "
                       "href=\"https://phusa.gov.vn/media/2020/10/anh.jpg\" "
                       "type=\"image/jpeg\" length=\"48213\"/>"));
  size_t entries = 0;
  for (size_t at = atom.find("<entry>"); at != std::string::npos;
       at = atom.find("<entry>", at + 1)) {
    ++entries;
  }
  EXPECT_EQ(entries, 2u);
}

TEST(XmlTextTest, EscapesAndDropsWhatXmlCannotCarry) {
  std::string out;
  AppendXmlEscaped("a&b<c>d\"e'f\tg\x01h\x1fi\xef\xbf\xbej\xc3k Đảng", &out);
  EXPECT_EQ(out, "a&amp;b&lt;c&gt;d&quot;e&apos;f\tghijk Đảng");
}

TEST(SitemapsTest, IndexUrlsetNewsAndRobots) {
  const std::string index =
      SitemapIndexXml({{"https://phusa.gov.vn/sitemap-pages.xml", std::nullopt},
                       {"https://phusa.gov.vn/sitemap-2020-10.xml", kT0}});
  EXPECT_TRUE(
      Contains(index, "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
  EXPECT_TRUE(
      Contains(index, "<sitemap><loc>https://phusa.gov.vn/sitemap-pages.xml</loc></sitemap>"));
  EXPECT_TRUE(Contains(index,
                       "<sitemap><loc>https://phusa.gov.vn/sitemap-2020-10.xml</loc>"
                       "<lastmod>2020-10-16T02:34:00+07:00</lastmod></sitemap>"));

  const std::string urls = SitemapXml({{"https://phusa.gov.vn/a?x=1&y=2", kT0}});
  EXPECT_TRUE(Contains(urls, "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
  EXPECT_TRUE(Contains(urls,
                       "<url><loc>https://phusa.gov.vn/a?x=1&amp;y=2</loc>"
                       "<lastmod>2020-10-16T02:34:00+07:00</lastmod></url>"));

  const std::string news =
      NewsSitemapXml("Phù Sa & Cần Thơ", {{"https://phusa.gov.vn/b-1", "Họp mặt <90 năm>", kT0}});
  EXPECT_TRUE(Contains(news, "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""));
  EXPECT_TRUE(Contains(news,
                       "<url><loc>https://phusa.gov.vn/b-1</loc><news:news>"
                       "<news:publication><news:name>Phù Sa &amp; Cần Thơ</news:name>"
                       "<news:language>vi</news:language></news:publication>"
                       "<news:publication_date>2020-10-16T02:34:00+07:00"
                       "</news:publication_date><news:title>Họp mặt &lt;90 năm&gt;"
                       "</news:title></news:news></url>"));

  EXPECT_EQ(RobotsTxt({"https://phusa.gov.vn/sitemap.xml", "https://x\nDisallow: /",
                       "https://phusa.gov.vn/sitemap-news.xml"}),
            "User-agent: *\nAllow: /\nDisallow: /api/\n\n"
            "Sitemap: https://phusa.gov.vn/sitemap.xml\n"
            "Sitemap: https://phusa.gov.vn/sitemap-news.xml\n");
}

}  // namespace
}  // namespace toasoan

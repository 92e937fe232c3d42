// What pages show around their own content: the header's date with its lunar date, the
// feed links in <head>, "Đọc nhiều" and "Bài liên quan".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/site_renderer.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

const std::string kTemplates = TOASOAN_SOURCE_DIR "/templates";

Section Districts() {
  Section s;
  s.id = 3;
  s.name = "QUẬN ỦY, HUYỆN ỦY";
  s.slug = "quan-uy-huyen-uy";
  return s;
}

Article MakeArticle(int64_t id, std::string title, std::string slug) {
  Article a;
  a.id = id;
  a.section_id = 3;
  a.slug = std::move(slug);
  a.title = std::move(title);
  a.lead = "Sapo";
  a.status = ArticleStatus::kPublished;
  a.published_at = Timestamp{sys_days{2020y / 10 / 15}} + 19h + 34min;
  a.updated_at = *a.published_at;
  return a;
}

PageFrame Frame() {
  PageFrame f;
  f.site.name = "Cổng Thông tin điện tử Thành phố Phù Sa";
  f.site.base_url = "http://127.0.0.1:8080";
  f.sections = {Districts()};
  return f;
}

std::unique_ptr<SiteRenderer> Renderer() {
  auto r = SiteRenderer::Load(kTemplates);
  EXPECT_TRUE(r.has_value()) << r.error().message();
  return r ? std::move(*r) : nullptr;
}

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// The text between the first `from` and the next `to` after it.
std::string Between(const std::string& s, const std::string& from, const std::string& to) {
  const size_t a = s.find(from);
  if (a == std::string::npos) return {};
  const size_t b = s.find(to, a + from.size());
  return s.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

TEST(PageExtrasTest, HeaderShowsTodayWithItsLunarDate) {
  auto r = Renderer();
  ASSERT_TRUE(r);
  PageFrame f = Frame();
  // 16/10/2020 09:00 in Vietnam (02:00 UTC).
  f.today = Timestamp{sys_days{2020y / 10 / 16}} + 2h;
  const std::string home = r->Home(f, {}, {});
  EXPECT_TRUE(Contains(home,
                       "<p class=\"site-header__date\"><time datetime=\"2020-10-16\">Thứ "
                       "Sáu, 16/10/2020</time> (30/8 âm lịch)</p>"))
      << Between(home, "<header", "</header>");

  // 23:30 UTC on 22/05/2020 is 06:30 on 23/05 in Vietnam: the 1st of the leap 4th month.
  f.today = Timestamp{sys_days{2020y / 5 / 22}} + 23h + 30min;
  EXPECT_TRUE(Contains(r->SectionPage(f, Districts(), ArticleList{}),
                       "<time datetime=\"2020-05-23\">Thứ Bảy, 23/05/2020</time> (1/4 nhuận âm "
                       "lịch)"));

  f.today.reset();
  EXPECT_FALSE(Contains(r->Home(f, {}, {}), "âm lịch"));
}

TEST(PageExtrasTest, EveryPageLinksTheSiteFeedsSectionPagesTheirOwn) {
  auto r = Renderer();
  ASSERT_TRUE(r);
  const PageFrame f = Frame();
  const std::string site_feeds =
      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Cổng Thông tin điện tử "
      "Thành phố Phù Sa (RSS)\" href=\"/rss.xml\">";
  const std::string atom =
      "type=\"application/atom+xml\" title=\"Cổng Thông tin điện tử Thành "
      "phố Phù Sa (Atom)\" href=\"/atom.xml\">";
  const std::string section_rss =
      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"QUẬN ỦY, HUYỆN ỦY - Cổng "
      "Thông tin điện tử Thành phố Phù Sa (RSS)\" href=\"/quan-uy-huyen-uy/rss.xml\">";
  const std::string section_atom = "href=\"/quan-uy-huyen-uy/atom.xml\">";

  const std::string home = r->Home(f, {}, {});
  EXPECT_TRUE(Contains(home, site_feeds));
  EXPECT_TRUE(Contains(home, atom));
  EXPECT_FALSE(Contains(home, section_rss));
  const std::string section = r->SectionPage(f, Districts(), ArticleList{});
  const std::string article =
      r->ArticlePage(f, Districts(), MakeArticle(1, "Ô Môn, Thới Lai", "o-mon-thoi-lai"));
  for (const std::string* page : {&section, &article}) {
    EXPECT_TRUE(Contains(*page, site_feeds));
    EXPECT_TRUE(Contains(*page, section_rss));
    EXPECT_TRUE(Contains(*page, section_atom));
  }
  EXPECT_TRUE(Contains(r->NotFoundPage(f), site_feeds));
}

TEST(PageExtrasTest, MostReadOnHomeAndArticlePages) {
  auto r = Renderer();
  ASSERT_TRUE(r);
  PageFrame f = Frame();
  const Section s = Districts();
  const Article a = MakeArticle(1, "Ô Môn, Thới Lai: Họp mặt", "o-mon-thoi-lai");
  const Article b = MakeArticle(2, "Cờ Đỏ <trao> giấy khen", "co-do-trao-giay-khen");
  // Nothing read yet: no block.
  EXPECT_FALSE(Contains(r->Home(f, {}, {}), "Đọc nhiều"));

  f.most_read.day = {{s, b}};
  f.most_read.week = {{s, a}, {s, b}};
  const std::string home = r->Home(f, {}, {});
  const std::string block = Between(home, "<section class=\"block most-read\"", "</section>");
  ASSERT_FALSE(block.empty());
  EXPECT_TRUE(Contains(block, "<h2 class=\"block__title\" id=\"doc-nhieu\">Đọc nhiều</h2>"));
  const std::string day = Between(block, "Trong 24 giờ qua", "</ol>");
  const std::string week = Between(block, "Trong 7 ngày qua", "</ol>");
  EXPECT_TRUE(Contains(day,
                       "<a href=\"/quan-uy-huyen-uy/co-do-trao-giay-khen-2\">Cờ Đỏ "
                       "&lt;trao&gt; giấy khen</a>"));
  EXPECT_FALSE(Contains(day, "o-mon-thoi-lai-1"));
  const size_t first = week.find("o-mon-thoi-lai-1");
  const size_t second = week.find("co-do-trao-giay-khen-2");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, second);

  const std::string article = r->ArticlePage(f, s, a);
  EXPECT_TRUE(Contains(article, "id=\"doc-nhieu\">Đọc nhiều</h2>"));
  // After the article, in <main>.
  EXPECT_LT(article.find("</article>"), article.find("id=\"doc-nhieu\""));
  EXPECT_LT(article.find("id=\"doc-nhieu\""), article.find("</main>"));

  // Only the week has entries: only its list is shown.
  f.most_read.day.clear();
  const std::string week_only = r->Home(f, {}, {});
  EXPECT_TRUE(Contains(week_only, "Trong 7 ngày qua"));
  EXPECT_FALSE(Contains(week_only, "Trong 24 giờ qua"));
}

TEST(PageExtrasTest, RelatedArticlesAfterTheArticle) {
  auto r = Renderer();
  ASSERT_TRUE(r);
  const Section s = Districts();
  const Article a = MakeArticle(1, "Ô Môn, Thới Lai: Họp mặt", "o-mon-thoi-lai");
  EXPECT_FALSE(Contains(r->ArticlePage(Frame(), s, a), "Bài liên quan"));

  ArticleExtras extras;
  extras.related = {{s, MakeArticle(7, "Thới Lai nhân rộng mô hình Dân vận khéo",
                                    "thoi-lai-nhan-rong-mo-hinh-dan-van-kheo")}};
  const std::string page = r->ArticlePage(Frame(), s, a, extras);
  const std::string block = Between(page, "<section class=\"related\"", "</section>");
  ASSERT_FALSE(block.empty());
  EXPECT_TRUE(Contains(block,
                       "<h2 class=\"related__title\" id=\"bai-lien-quan\">Bài liên "
                       "quan</h2>"));
  EXPECT_TRUE(Contains(block,
                       "<a href=\"/quan-uy-huyen-uy/"
                       "thoi-lai-nhan-rong-mo-hinh-dan-van-kheo-7\">Thới Lai nhân rộng mô "
                       "hình Dân vận khéo</a> <time class=\"related__date\" "
                       "datetime=\"2020-10-16T02:34:00+07:00\">16/10/2020</time>"));
  EXPECT_LT(page.find("</article>"), page.find("id=\"bai-lien-quan\""));
  // The print view shows neither list.
  PageFrame f = Frame();
  f.most_read.week = {{s, a}};
  EXPECT_FALSE(Contains(r->PrintPage(f, s, a), "Đọc nhiều"));
}

}  // namespace
}  // namespace toasoan

#include "render/site_renderer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "render/article_view.h"

namespace toasoan {
namespace {

const std::string kTemplates = TOASOAN_SOURCE_DIR "/templates";
const char kTitle[] = "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận";
const char kLead[] = "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm.";
const char kFirst[] = "Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương ôn lại vai trò.";
const char kSecond[] = "* Tại buổi họp mặt ở huyện Thới Lai các đại biểu ôn lại truyền thống.";
const char kPhotoUrl[] = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==";

PageFrame Frame() {
  PageFrame f;
  f.site.name = "Cổng Thông tin điện tử Quận Ô Môn";
  f.site.description = "Tin tức của quận Ô Môn.";
  f.site.base_url = "https://tin.example.vn";
  f.site.logo_url = "/static/img/logo.svg";
  Section s;
  s.id = 3;
  s.name = "QUẬN ỦY, HUYỆN ỦY";
  s.slug = "quan-uy-huyen-uy";
  f.sections = {s};
  return f;
}

Article Seed() {
  Article a;
  a.id = 1;
  a.section_id = 3;
  a.slug = "o-mon-thoi-lai";
  a.title = kTitle;
  a.lead = kLead;
  a.body_html = std::string("<p>") + kFirst + "</p><p class=\"sub-story\">" + kSecond + "</p>";
  Photo with_file;
  with_file.id = 7;
  with_file.file = "2020/10/trao-giay-khen.jpg";
  with_file.caption = "Đồng chí Nguyễn Vũ Phương trao giấy khen.";
  with_file.credit = "Thúy Loan";
  with_file.alt = "Bí thư Quận ủy trao giấy khen cho các tập thể";
  Photo awaiting;
  awaiting.id = 8;
  awaiting.caption = "Quang cảnh buổi họp mặt ở huyện Thới Lai.";
  awaiting.position = 1;
  a.photos = {with_file, awaiting};
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  a.status = ArticleStatus::kPublished;
  a.updated_at = std::chrono::sys_days{std::chrono::year{2020} / 10 / 15} + std::chrono::hours{19} +
                 std::chrono::minutes{34};
  a.published_at = a.updated_at;
  return a;
}

std::unique_ptr<SiteRenderer> Renderer() {
  auto r = SiteRenderer::Load(kTemplates);
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message());
  return r ? std::move(*r) : nullptr;
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t i = hay.find(needle); i != std::string::npos; i = hay.find(needle, i + 1)) ++n;
  return n;
}

OfflineAssets Assets() {
  OfflineAssets assets;
  assets.css = ".article__title { font-size: 20pt; }";
  assets.photo_data_urls = {{"2020/10/trao-giay-khen.jpg", kPhotoUrl}};
  return assets;
}

TEST(SavedPageTest, IsOneFileWithTheWholeArticleAndNoScript) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string page = r->SavedPage(Frame(), Frame().sections[0], Seed(), Assets());

  EXPECT_EQ(page.find("<script"), std::string::npos) << page;
  EXPECT_EQ(page.find("<link rel=\"stylesheet\""), std::string::npos);
  EXPECT_EQ(page.find("/static/"), std::string::npos) << "nothing to fetch from the site";
  EXPECT_NE(page.find("<style>.article__title { font-size: 20pt; }</style>"), std::string::npos);
  EXPECT_NE(page.find("<base href=\"https://tin.example.vn/\">"), std::string::npos);
  EXPECT_NE(page.find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);
  EXPECT_EQ(Count(page, "<html lang=\"vi\">"), 1u);

  // In reading order: title, lead, photo, paragraphs, bylines, the article's address.
  const std::string in_order[] = {
      std::string("<h1 class=\"article__title\">") + kTitle + "</h1>",
      std::string("<p class=\"sapo\">") + kLead + "</p>",
      std::string("<img class=\"photo__img\" src=\"") + kPhotoUrl +
          "\" alt=\"Bí thư Quận ủy trao giấy khen cho các tập thể\">",
      "Ảnh: Thúy Loan",
      kFirst,
      "Quang cảnh buổi họp mặt ở huyện Thới Lai.",
      kSecond,
      "<span class=\"byline\">Hoàng Dung</span>, <span class=\"byline\">Cẩm Tú</span>",
      "Địa chỉ bài viết: <a href=\"https://tin.example.vn/quan-uy-huyen-uy/o-mon-thoi-lai-1\">",
  };
  size_t at = page.find("<body");
  for (const std::string& piece : in_order) {
    const size_t found = page.find(piece, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << piece;
    at = found + piece.size();
  }
  // The photo awaiting its file keeps its caption but no box that would need a file.
  EXPECT_EQ(page.find("photo__placeholder"), std::string::npos);
  EXPECT_EQ(Count(page, "<img"), 1u);
}

TEST(SavedPageTest, PhotoWithoutItsBytesShowsItsCaptionOnly) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  OfflineAssets assets = Assets();
  assets.photo_data_urls.clear();
  const std::string page = r->SavedPage(Frame(), Frame().sections[0], Seed(), assets);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("Đồng chí Nguyễn Vũ Phương trao giấy khen."), std::string::npos);
  EXPECT_EQ(page.find("/media/"), std::string::npos);
}

TEST(SavedPageTest, HostileAssetsAreLeftOut) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  OfflineAssets assets;
  assets.css = "p{}</style><script>alert(1)</script>";
  for (const char* bad : {"data:image/png;base64,AA==\" onerror=\"alert(2)",
                          "data:text/html;base64,PHNjcmlwdD4=", "javascript:alert(3)",
                          "/media/2020/10/trao-giay-khen.jpg"}) {
    assets.photo_data_urls["2020/10/trao-giay-khen.jpg"] = bad;
    const std::string page = r->SavedPage(Frame(), Frame().sections[0], Seed(), assets);
    EXPECT_EQ(page.find("<script"), std::string::npos) << bad;
    EXPECT_EQ(page.find("alert"), std::string::npos) << bad;
    EXPECT_EQ(page.find("<img"), std::string::npos) << bad;
    EXPECT_NE(page.find("<style></style>"), std::string::npos);
  }
}

TEST(SavedPageTest, ArticlePageLinksToItsSavedCopy) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string page = r->ArticlePage(Frame(), Frame().sections[0], Seed());
  EXPECT_NE(page.find("<a class=\"share__link share__link--save\" "
                      "href=\"/quan-uy-huyen-uy/o-mon-thoi-lai-1/luu\" download>Lưu bài viết</a>"),
            std::string::npos)
      << page;
}

TEST(ImageDataUrlTest, AcceptsBase64ImagesOnly) {
  EXPECT_TRUE(IsImageDataUrl("data:image/jpeg;base64,/9j/4AAQ"));
  EXPECT_TRUE(IsImageDataUrl("data:image/png;base64,AA=="));
  EXPECT_TRUE(IsImageDataUrl("data:image/svg+xml;base64,PHN2Zz4="));
  EXPECT_TRUE(IsImageDataUrl("data:image/webp;base64,"));
  EXPECT_FALSE(IsImageDataUrl("data:image/png;base64,AA=\""));
  EXPECT_FALSE(IsImageDataUrl("data:image/png;base64,A=A="));
  EXPECT_FALSE(IsImageDataUrl("data:image/png;base64,AAA"));  // not a whole quantum
  EXPECT_FALSE(IsImageDataUrl("data:image/png,rawbytes"));
  EXPECT_FALSE(IsImageDataUrl("data:text/html;base64,PHA+"));
  EXPECT_FALSE(IsImageDataUrl("data:image/;base64,AA=="));
  EXPECT_FALSE(IsImageDataUrl("data:image/PNG\" x=\";base64,AA=="));
  EXPECT_FALSE(IsImageDataUrl("https://example.vn/a.png"));
  EXPECT_FALSE(IsImageDataUrl(""));
}

// Every photo a reader cannot see needs words instead: no template writes an <img>
// without an alt attribute (the newsroom refuses to publish a photo without alt text).
TEST(ImageAltTest, EveryImgInTheTemplatesHasAnAlt) {
  const std::regex img(R"(<img\b[^>]*>)", std::regex::icase);
  const std::regex alt(R"(\salt=")", std::regex::icase);
  size_t imgs = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kTemplates)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".tpl") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    // Template comments ({{! … }}) may name "<img>" in words.
    const std::string s = std::regex_replace(text.str(), std::regex(R"(\{\{![^}]*\}\})"), "");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), img); it != std::sregex_iterator();
         ++it) {
      ++imgs;
      EXPECT_TRUE(std::regex_search(it->str(), alt)) << entry.path() << ": " << it->str();
    }
  }
  EXPECT_GE(imgs, 3u);  // the logo, a photo, a saved copy's photo
}

TEST(ImageAltTest, PhotoAltFallsBackToTheCaptionThenToEmpty) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  Article a = Seed();
  a.photos.resize(1);
  a.photos[0].alt.clear();
  std::string page = r->ArticlePage(Frame(), Frame().sections[0], a);
  EXPECT_NE(page.find("<img class=\"photo__img\" src=\"/media/2020/10/trao-giay-khen.jpg\" "
                      "alt=\"Đồng chí Nguyễn Vũ Phương trao giấy khen.\""),
            std::string::npos)
      << page;
  a.photos[0].caption.clear();
  page = r->ArticlePage(Frame(), Frame().sections[0], a);
  EXPECT_NE(page.find("src=\"/media/2020/10/trao-giay-khen.jpg\" alt=\"\""), std::string::npos)
      << page;
}

}  // namespace
}  // namespace toasoan

#include "render/site_renderer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "render/body_images.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;

const std::string kTemplates = TOASOAN_SOURCE_DIR "/templates";

const char kSectionName[] = "QUẬN ỦY, HUYỆN ỦY";
const char kTitle[] =
    "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng";
const char kLead[] =
    "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân "
    "vận của Đảng (15/10/1930-15/10/2020).";
const char kCaption[] =
    "Đồng chí Nguyễn Vũ Phương, Thành ủy viên, Bí thư Quận ủy Ô Môn, trao giấy khen cho các tập "
    "thể và cá nhân.";

// The seed's five body paragraphs, in order (its "Ơ Môn" typo kept).
const std::vector<std::string> kParagraphs = {
    "Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương, "
    "Thành ủy viên, Bí thư Quận ủy Ơ Môn, ôn lại vai trò, tầm quan "
    "trọng về công tác Dân vận của Đảng. Bí thư Quận ủy Ô Môn "
    "nhấn mạnh: Trong suốt 90 năm qua, Đảng ta luôn đặt công tác dân "
    "vận là nhiệm vụ hàng đầu, thể hiện mối quan hệ khăng khít "
    "giữa Đảng với Nhân dân, tạo thành sức mạnh to lớn để "
    "chiến đấu và chiến thắng kẻ thù, xây dựng và bảo vệ Tổ "
    "quốc. Trong mỗi giai đoạn lịch sử cách mạng, công tác dân vận "
    "có phương thức, nội dung khác nhau nhưng đều nhằm mục tiêu "
    "vận động tất cả các tầng lớp Nhân dân tích cực tham gia vào "
    "các phong trào cách mạng, thi đua yêu nước; tăng cường khối "
    "đại đoàn kết toàn dân tộc; củng cố và tăng cường mối quan "
    "hệ máu thịt giữa Đảng với Nhân dân… Phát huy truyền thống "
    "cách mạng vẻ vang, nhiều năm qua, công tác dân vận của Đảng "
    "bộ quận Ô Môn đạt nhiều kết quả tích cực, góp phần quan "
    "trọng vào việc củng cố, tăng cường mối quan hệ giữa Đảng "
    "và Nhân dân, xây dựng Đảng và hệ thống chính trị quận trong "
    "sạch, vững mạnh, xây dựng khối đại đoàn kết toàn dân vững "
    "chắc.",
    "Tại họp mặt, có 02 cán bộ quận Ô Môn được tặng Kỷ niệm "
    "chương “Vì sự nghiệp công tác Dân vận”; có 06 tập thể và "
    "02 cá nhân được Chủ tịch UBND thành phố và Trưởng Ban Dân "
    "vận Thành ủy tặng Bằng khen, Giấy khen thực hiện tốt mô hình "
    "“Dân vận khéo”.",
    "* Tại buổi họp mặt ở huyện Thới Lai các đại biểu đã cùng "
    "nhau ôn lại truyền thống công tác Dân vận của Đảng. Những "
    "năm qua, dưới sự lãnh đạo của Đảng công tác Dân vận gắn "
    "với công tác xây dựng Đảng về chính trị, tư tưởng, tổ "
    "chức và đạo đức được tăng cường tiếp tục đổi mới và "
    "đã đạt được nhiều kết quả. Các phong trào thi đua yêu nước "
    "được đẩy mạnh gắn với việc học tập làm theo tư tưởng "
    "đạo đức phong cách Hồ Chí Minh và phong trào thi đua Dân vận "
    "khéo, góp phần phát triển kinh tế - xã hội, đảm bảo quốc "
    "phòng an ninh.",
    "Phát biểu tại buổi họp mặt, đồng chí Nguyễn Văn Phong, Thành "
    "ủy viên, Phó Bí thư Thường trực Huyện ủy Thới Lai yêu cầu "
    "trong thời gian tới hệ thống Dân vận huyện cần tiếp tục "
    "đẩy mạnh công tác Dân vận của Đảng; các cấp ủy Đảng, hệ "
    "thống chính trị cần tập trung thực hiện phát huy vai trò của "
    "Nhân dân tham gia xây dựng Đảng, Nhà nước. Đổi mới công tác "
    "Dân vận theo hướng thiết thực sáng tạo. Tập trung làm tốt "
    "công tác Dân vận trong các cơ quan Nhà nước. Đẩy mạnh các phong "
    "trào thi đua yêu nước, thực hiện tốt phong trào thi đua Dân vận "
    "khéo, tích cực tuyên truyền biểu dương nhân rộng các mô hình "
    "điển hình về công tác Dân vận. Quan tâm lựa chọn, đào tạo, "
    "bồi dưỡng và có cơ chế chính sách động viên đội ngũ cán "
    "bộ làm công tác Dân vận. Mặt trận đoàn thể.",
    "Dịp này, Ban Dân vận Trung ương trao tặng Kỷ niệm chương “Vì "
    "sự nghiệp dân vận” cho 02 cá nhân đã có nhiều cống hiến cho "
    "công tác Dân vận của Đảng. Có 26 tập thể và 18 cá nhân "
    "được nhận giấy khen của Ban Dân vận Thành ủy Cần Thơ và UBND "
    "huyện Thới Lai vì có nhiều thành tích xuất sắc trong phát "
    "động, chỉ đạo và xây dựng mô hình “Dân vận khéo” 5 năm "
    "(2016-2020).",
};

// The first words of each paragraph, to find them in a page.
std::string Start(const std::string& paragraph) { return paragraph.substr(0, 40); }

Timestamp SeedTime() {
  // 02:34 on 16/10/2020 in Vietnam.
  return std::chrono::sys_days{std::chrono::year{2020} / 10 / 15} + 19h + 34min;
}

PageFrame Frame() {
  PageFrame f;
  f.site.name = "Cổng Thông tin điện tử Quận Ô Môn";
  f.site.description = "Tin tức, hoạt động của Đảng bộ, chính quyền và Nhân dân quận Ô Môn.";
  f.site.base_url = "https://tin.example.vn";
  f.site.logo_url = "/static/img/logo.svg";
  f.site.governing_body = "Quận ủy Ô Môn";
  f.site.responsible_person = "Chịu trách nhiệm chính: Nguyễn Văn A";  // label typed in
  f.site.licence = "123/GP-TTĐT";
  f.site.contact = "Điện thoại: 0292 3861 234 - Email: toasoan@example.vn";
  Section s;
  s.id = 3;
  s.name = kSectionName;
  s.slug = "quan-uy-huyen-uy";
  Section t;
  t.id = 4;
  t.name = "THỜI SỰ";
  t.slug = "thoi-su";
  f.sections = {s, t};
  return f;
}

Section QuanUy() { return Frame().sections[0]; }

ArticleList Listing(std::vector<Article> items) {
  ArticleList list;
  list.total = static_cast<int64_t>(items.size());
  list.items = std::move(items);
  return list;
}

Article Seed() {
  Article a;
  a.id = 1;
  a.section_id = 3;
  a.slug = "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang";
  a.title = kTitle;
  a.lead = kLead;
  for (const std::string& p : kParagraphs) {
    a.body_html += p.starts_with("* ") ? "<p class=\"sub-story\">" : "<p>";
    a.body_html += p + "</p>";
  }
  Photo photo;
  photo.id = 7;
  photo.caption = kCaption;
  photo.credit = "Thúy Loan, Truyền Thanh";
  photo.position = 0;
  a.photos = {photo};
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  a.status = ArticleStatus::kPublished;
  a.created_at = SeedTime();
  a.updated_at = SeedTime();
  a.published_at = SeedTime();
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

std::string Body(const std::string& page) { return page.substr(page.find("<body")); }

nlohmann::json JsonLd(const std::string& page) {
  const std::string open = "<script type=\"application/ld+json\">";
  const size_t start = page.find(open);
  EXPECT_NE(start, std::string::npos);
  if (start == std::string::npos) return {};
  const size_t end = page.find("</script>", start);
  return nlohmann::json::parse(page.substr(start + open.size(), end - start - open.size()), nullptr,
                               /*allow_exceptions=*/false);
}

// An attribute named by `name_pattern` in any tag (the templates quote every value).
bool HasAttribute(const std::string& page, const std::string& name_pattern) {
  return std::regex_search(
      page, std::regex(R"(<[a-zA-Z][a-zA-Z0-9]*(\s+[a-zA-Z:-]+(="[^"]*")?)*\s+)" + name_pattern +
                           R"(\s*=)",
                       std::regex::icase));
}

// The site's Content-Security-Policy allows no inline script, style or handler.
void ExpectCspClean(const std::string& page) {
  EXPECT_FALSE(HasAttribute(page, "style")) << page;
  EXPECT_FALSE(HasAttribute(page, "on[a-z]+")) << page;
  EXPECT_EQ(Count(page, "<script"), Count(page, "<script type=\"application/ld+json\">") +
                                        Count(page, "<script src=\"/static/js/site.js\" defer>") +
                                        Count(page, "<script src=\"/static/js/text-size.js\">"));
  EXPECT_EQ(Count(page, "<html lang=\"vi\">"), 1u);
  EXPECT_EQ(page.find("Google"), std::string::npos);
}

TEST(SiteRendererTest, ArticlePageShowsTheSeedInOrder) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string page = r->ArticlePage(Frame(), QuanUy(), Seed());
  const std::string body = Body(page);
  ExpectCspClean(page);

  std::vector<std::string> in_order = {
      "<a href=\"/quan-uy-huyen-uy\">QUẬN ỦY, HUYỆN ỦY</a>",
      std::string("<h1 class=\"article__title\">") + kTitle + "</h1>",
      "<time datetime=\"2020-10-16T02:34:00+07:00\">Cập nhật lúc 02:34 ngày 16/10/2020</time>",
      std::string("<p class=\"sapo\">") + kLead + "</p>",
      "<figure class=\"photo\">",
      kCaption,
      "<span class=\"photo__credit\">Ảnh: Thúy Loan, Truyền Thanh</span>",
  };
  for (const std::string& p : kParagraphs) in_order.push_back(p);
  in_order.insert(in_order.end(), {"<p class=\"bylines\"><span class=\"byline\">Hoàng Dung</span>, "
                                   "<span class=\"byline\">Cẩm Tú</span></p>",
                                   "Chia sẻ:", ">Zalo</a>", ">Facebook</a>", "Sao chép liên kết",
                                   ">In bài viết</a>", ">Lưu bài viết</a>"});
  size_t at = 0;
  for (const std::string& s : in_order) {
    const size_t found = body.find(s, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << s;
    at = found + s.size();
  }

  EXPECT_EQ(Count(page, "<h1"), 1u);
  EXPECT_EQ(Count(body, kTitle), 1u);
  EXPECT_EQ(Count(body, kLead), 1u);
  EXPECT_EQ(Count(body, "Cập nhật lúc"), 1u);
  EXPECT_NE(body.find("<p class=\"sub-story\">* Tại buổi họp mặt"), std::string::npos);
  // The photo awaits its file: a placeholder box, no <img>.
  EXPECT_NE(body.find("photo__placeholder"), std::string::npos);
  EXPECT_EQ(Count(body, "<img"), 1u);  // the logo only
  EXPECT_EQ(Count(body, "<figcaption"), 1u);

  const std::string url =
      "https://tin.example.vn/quan-uy-huyen-uy/"
      "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang-1";
  const std::string encoded =
      "https%3A//tin.example.vn/quan-uy-huyen-uy/"
      "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang-1";
  EXPECT_NE(page.find("href=\"https://sp.zalo.me/share_to?url=" + encoded + "\""),
            std::string::npos);
  EXPECT_NE(page.find("href=\"https://www.facebook.com/sharer/sharer.php?u=" + encoded + "\""),
            std::string::npos);
  EXPECT_NE(page.find("href=\"/quan-uy-huyen-uy/o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-"
                      "truyen-thong-cong-tac-dan-van-cua-dang-1/in\">In bài viết</a>"),
            std::string::npos);
  EXPECT_EQ(page.find("Bookmarks"), std::string::npos);

  // <head>
  EXPECT_NE(
      page.find(std::string("<title>") + kTitle + " - Cổng Thông tin điện tử Quận Ô Môn</title>"),
      std::string::npos);
  EXPECT_NE(page.find("<link rel=\"canonical\" href=\"" + url + "\">"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:type\" content=\"article\">"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:url\" content=\"" + url + "\">"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:locale\" content=\"vi_VN\">"), std::string::npos);
  EXPECT_NE(page.find(std::string("<meta name=\"description\" content=\"") + kLead + "\">"),
            std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:image\" content=\"https://tin.example.vn/static/img/"
                      "logo.svg\">"),
            std::string::npos);
  EXPECT_NE(page.find("<meta property=\"article:published_time\" "
                      "content=\"2020-10-16T02:34:00+07:00\">"),
            std::string::npos);
  EXPECT_NE(page.find("<meta property=\"article:section\" content=\"QUẬN ỦY, HUYỆN ỦY\">"),
            std::string::npos);
  EXPECT_NE(page.find("href=\"/static/css/site.css\""), std::string::npos);
  EXPECT_NE(page.find("href=\"/static/css/print.css\" media=\"print\""), std::string::npos);
  EXPECT_NE(page.find("rel=\"preload\""), std::string::npos);

  const nlohmann::json ld = JsonLd(page);
  ASSERT_FALSE(ld.is_discarded());
  EXPECT_EQ(ld["@type"], "NewsArticle");
  EXPECT_EQ(ld["headline"], kTitle);
  EXPECT_EQ(ld["description"], kLead);
  EXPECT_EQ(ld["datePublished"], "2020-10-16T02:34:00+07:00");
  EXPECT_EQ(ld["dateModified"], "2020-10-16T02:34:00+07:00");
  ASSERT_EQ(ld["author"].size(), 2u);
  EXPECT_EQ(ld["author"][0]["@type"], "Person");
  EXPECT_EQ(ld["author"][1]["name"], "Cẩm Tú");
  EXPECT_EQ(ld["publisher"]["@type"], "Organization");
  EXPECT_EQ(ld["publisher"]["logo"]["url"], "https://tin.example.vn/static/img/logo.svg");
  EXPECT_EQ(ld["mainEntityOfPage"]["@id"], url);

  // Header and footer.
  EXPECT_NE(body.find("Bỏ qua, đến nội dung chính"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"/quan-uy-huyen-uy\" aria-current=\"true\">"), std::string::npos);
  EXPECT_NE(body.find("<li>Cơ quan chủ quản: Quận ủy Ô Môn</li>"), std::string::npos);
  EXPECT_EQ(Count(body, "Chịu trách nhiệm chính"), 1u);
  EXPECT_NE(body.find("<li>Chịu trách nhiệm chính: Nguyễn Văn A</li>"), std::string::npos);
  EXPECT_NE(body.find("<li>Giấy phép số 123/GP-TTĐT</li>"), std::string::npos);
  EXPECT_EQ(body.find("Địa chỉ:"), std::string::npos);  // not set: not printed
}

TEST(SiteRendererTest, PhotosStandBeforeTheirParagraph) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  Article a = Seed();
  Photo second;
  second.file = "2020/10/hop-mat.jpg";
  second.alt = "Quang cảnh buổi họp mặt";
  second.caption = "Quang cảnh buổi họp mặt.";
  second.position = 2;
  Photo last;
  last.caption = "Ảnh cuối bài.";
  last.position = 99;
  a.photos.push_back(second);
  a.photos.push_back(last);
  const std::string body = Body(r->ArticlePage(Frame(), QuanUy(), a));
  const size_t p2 = body.find(Start(kParagraphs[1]));
  const size_t img = body.find(
      "<img class=\"photo__img\" src=\"/media/2020/10/hop-mat.jpg\" alt=\"Quang cảnh buổi họp "
      "mặt\"");
  const size_t p3 = body.find(Start(kParagraphs[2]));
  ASSERT_NE(img, std::string::npos);
  EXPECT_LT(p2, img);
  EXPECT_LT(img, p3);
  EXPECT_LT(body.find(Start(kParagraphs[4])), body.find("Ảnh cuối bài."));
  EXPECT_LT(body.find("Ảnh cuối bài."), body.find("class=\"bylines\""));
  EXPECT_EQ(Count(body, "<figure"), 3u);

  const std::string page = r->ArticlePage(Frame(), QuanUy(), a);
  EXPECT_NE(page.find("<meta property=\"og:image\" content=\"https://tin.example.vn/media/2020/"
                      "10/hop-mat.jpg\">"),
            std::string::npos);
  EXPECT_EQ(JsonLd(page)["image"][0], "https://tin.example.vn/media/2020/10/hop-mat.jpg");
}

TEST(SiteRendererTest, LibraryPhotosHaveSrcsetSizeAndOnlyTheFirstLoadsAtOnce) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  Article a = Seed();
  a.photos.clear();
  for (int i = 0; i < 2; ++i) {
    Photo p;
    p.file = "photos/0123456789abcdef0123456789abcdef.jpg";
    p.alt = "Ảnh " + std::to_string(i);
    p.position = i;
    p.width = 2400;
    p.height = 1600;
    for (int w : {480, 960, 1600}) {
      const std::string stem = "photos/0123456789abcdef0123456789abcdef-" + std::to_string(w);
      p.variants.push_back({stem + ".webp", "image/webp", w, w * 2 / 3, 1000});
      p.variants.push_back({stem + ".jpg", "image/jpeg", w, w * 2 / 3, 2000});
    }
    a.photos.push_back(p);
  }
  const std::string body = Body(r->ArticlePage(Frame(), QuanUy(), a));
  const std::string base = "/media/photos/0123456789abcdef0123456789abcdef";
  const std::string sizes = "sizes=\"(min-width: 768px) 720px, 100vw\"";
  EXPECT_EQ(
      Count(body, "<picture><source type=\"image/webp\" srcset=\"" + base + "-480.webp 480w, " +
                      base + "-960.webp 960w, " + base + "-1600.webp 1600w\" " + sizes + ">"),
      2u)
      << body;
  // The JPEG srcset reaches the stored original (wider than every variant).
  EXPECT_EQ(
      Count(body, "<img class=\"photo__img\" src=\"" + base + ".jpg\" srcset=\"" + base +
                      "-480.jpg 480w, " + base + "-960.jpg 960w, " + base + "-1600.jpg 1600w, " +
                      base + ".jpg 2400w\" " + sizes + " width=\"2400\" height=\"1600\""),
      2u)
      << body;
  const size_t first = body.find("alt=\"Ảnh 0\"");
  const size_t second = body.find("alt=\"Ảnh 1\"");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_EQ(body.substr(first, body.find('>', first) - first).find("loading=\"lazy\""),
            std::string::npos);
  EXPECT_NE(body.substr(second, body.find('>', second) - second).find("loading=\"lazy\""),
            std::string::npos);
}

// A library photo the editor placed inside the body: its <img> becomes the photo rows'
// <picture>, alt and figcaption kept; a file the library does not know stays plain.
TEST(SiteRendererTest, BodyFiguresOfLibraryPhotosGetTheirVariants) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string hash = "fedcba9876543210fedcba9876543210";
  const std::string base = "/media/photos/" + hash;
  Article a = Seed();
  a.photos.clear();
  a.body_html = "<p>Mở đầu.</p><figure><img src=\"" + base +
                ".jpg\" alt=\"Cầu &quot;Cần Thơ&quot; &amp; bến\"><figcaption>Cầu Cần Thơ "
                "lúc chiều.</figcaption></figure><p>Giữa.</p><figure><img "
                "src=\"/media/photos/00000000000000000000000000000000.jpg\" alt=\"Lạ\" "
                "width=\"640\" height=\"480\"><figcaption>Ảnh lạ.</figcaption></figure>"
                "<p><img src=\"" +
                base + ".jpg\" alt=\"Lần hai\"></p>";
  PhotoAsset asset;
  asset.id = 3;
  asset.file = "photos/" + hash + ".jpg";
  asset.width = 2000;
  asset.height = 1500;
  for (int w : {480, 960}) {
    const std::string stem = "photos/" + hash + "-" + std::to_string(w);
    asset.variants.push_back({stem + ".webp", "image/webp", w, w * 3 / 4, 1000});
    asset.variants.push_back({stem + ".jpg", "image/jpeg", w, w * 3 / 4, 2000});
  }
  ArticleExtras extras;
  extras.body_photos = {asset};
  const std::string body = Body(r->ArticlePage(Frame(), QuanUy(), a, extras));
  const std::string sizes = "sizes=\"(min-width: 768px) 720px, 100vw\"";
  const std::string webp = "<source type=\"image/webp\" srcset=\"" + base + "-480.webp 480w, " +
                           base + "-960.webp 960w\" " + sizes + ">";
  const std::string jpeg = "<img class=\"photo__img\" src=\"" + base + ".jpg\" srcset=\"" + base +
                           "-480.jpg 480w, " + base + "-960.jpg 960w, " + base + ".jpg 2000w\" " +
                           sizes + " width=\"2000\" height=\"1500\"";
  // The figure: first image of the page, so not lazy; alt and caption as written.
  EXPECT_EQ(Count(body, "<figure><picture>" + webp + jpeg +
                            " alt=\"Cầu &quot;Cần Thơ&quot; &amp; bến\" decoding=\"async\">"
                            "</picture><figcaption>Cầu Cần Thơ lúc chiều.</figcaption></figure>"),
            1u)
      << body;
  // The same photo again further down: lazy.
  EXPECT_EQ(Count(body, "<p><picture>" + webp + jpeg +
                            " alt=\"Lần hai\" loading=\"lazy\" decoding=\"async\"></picture></p>"),
            1u)
      << body;
  // Unknown to the library: the plain <img> exactly as the body has it.
  EXPECT_EQ(Count(body,
                  "<figure><img src=\"/media/photos/00000000000000000000000000000000.jpg\" "
                  "alt=\"Lạ\" width=\"640\" height=\"480\"><figcaption>Ảnh lạ."
                  "</figcaption></figure>"),
            1u)
      << body;
  EXPECT_EQ(Count(body, "<picture>"), 2u);
  EXPECT_EQ(Count(body, "<p>Mở đầu.</p>"), 1u);
  EXPECT_EQ(Count(body, "<p>Giữa.</p>"), 1u);

  // The print view keeps the body as written.
  const std::string print = Body(r->PrintPage(Frame(), QuanUy(), a));
  EXPECT_EQ(Count(print, "<picture>"), 0u);
  EXPECT_EQ(Count(print, "<img src=\"" + base + ".jpg\" alt=\"Lần hai\">"), 1u);
}

TEST(BodyImagesTest, FindsTheLibraryFilesOfTheBody) {
  EXPECT_EQ(
      BodyLibraryPhotoFiles("<p><img src=\"/media/photos/a.jpg\" alt=\"x\"></p><figure><IMG "
                            "alt=\"&gt;\" src=\"/media/photos/b.jpg\"></figure><img "
                            "src=\"/media/photos/a.jpg\"><img src=\"/media/2020/c.jpg\">"
                            "<img src=\"/media/photos/../d.jpg\"><!-- <img "
                            "src=\"/media/photos/e.jpg\"> --><imgx src=\"/media/photos/f.jpg\">"),
      (std::vector<std::string>{"photos/a.jpg", "photos/b.jpg"}));
  const std::vector<BodyImage> images = FindBodyImages(
      "<p>x<img src=\"/media/photos/a.jpg\" alt=\"&quot;A&quot; &amp; B\" "
      "width=\"10\" height=\"20\"></p>");
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].begin, 4u);
  EXPECT_EQ(images[0].alt, "\"A\" & B");
  EXPECT_TRUE(images[0].has_alt);
  EXPECT_EQ(images[0].width, 10);
  EXPECT_EQ(images[0].height, 20);
}

TEST(SiteRendererTest, HostileValuesAreEscapedInEveryContext) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>&amp;";
  PageFrame f = Frame();
  f.site.name = evil;
  f.site.base_url = "javascript:alert(3)//";
  f.site.logo_url = "javascript:alert(4)";
  f.sections[0].name = evil;
  Article a = Seed();
  a.title = evil;
  a.lead = evil;
  a.bylines = {evil};
  a.photos[0].caption = evil;
  a.photos[0].credit = evil;
  Section s = f.sections[0];

  const std::string article = r->ArticlePage(f, s, a);
  for (const std::string& page :
       {article, r->PrintPage(f, s, a), r->Home(f, {a}, {{s, {a}}}),
        r->SectionPage(f, s, Listing({a})), r->NotFoundPage(f), r->GonePage(f)}) {
    EXPECT_EQ(page.find("<script>alert"), std::string::npos) << page;
    EXPECT_EQ(page.find("<img src=x"), std::string::npos);
    EXPECT_EQ(page.find("\"><img src=x"), std::string::npos);
    EXPECT_FALSE(std::regex_search(page, std::regex(R"((href|src)="javascript:)"))) << page;
    ExpectCspClean(page);
  }
  const std::string escaped =
      "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;";
  // Text, attribute and JSON-LD contexts.
  EXPECT_NE(article.find("<h1 class=\"article__title\">" + escaped + "</h1>"), std::string::npos);
  EXPECT_NE(article.find("<title>" + escaped + " - " + escaped + "</title>"), std::string::npos);
  EXPECT_NE(article.find("<meta property=\"og:title\" content=\"" + escaped + "\">"),
            std::string::npos);
  EXPECT_NE(article.find("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), std::string::npos);
  const nlohmann::json ld = JsonLd(article);
  ASSERT_FALSE(ld.is_discarded());
  EXPECT_EQ(ld["headline"], evil);
  // A javascript: URL in a link comes out harmless.
  EXPECT_NE(article.find("<link rel=\"canonical\" href=\"#\">"), std::string::npos);
  EXPECT_NE(article.find("<img class=\"brand__logo\" src=\"#\""), std::string::npos);
}

TEST(SiteRendererTest, CspCheckFindsHandlers) {
  EXPECT_TRUE(HasAttribute("<p class=\"x\" onclick=\"a()\">", "on[a-z]+"));
  EXPECT_TRUE(HasAttribute("<div hidden style=\"x\">", "style"));
  EXPECT_FALSE(HasAttribute("<meta content=\"&lt;img onerror=x&gt;\">", "on[a-z]+"));
}

TEST(SiteRendererTest, BodyHtmlIsInsertedAsIs) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  Article a = Seed();
  a.body_html =
      "<p>Một <strong>đoạn</strong> &amp; <a href=\"https://example.vn\">liên kết</a>.</p>";
  const std::string page = r->ArticlePage(Frame(), QuanUy(), a);
  EXPECT_NE(page.find(a.body_html), std::string::npos);
}

TEST(SiteRendererTest, PrintPage) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string page = r->PrintPage(Frame(), QuanUy(), Seed());
  ExpectCspClean(page);
  const std::string body = Body(page);
  EXPECT_EQ(body.find("site-nav"), std::string::npos);
  EXPECT_EQ(body.find("Chia sẻ"), std::string::npos);
  EXPECT_EQ(body.find("Zalo"), std::string::npos);
  EXPECT_EQ(Count(page, "<h1"), 1u);
  EXPECT_NE(page.find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);
  EXPECT_NE(page.find("<link rel=\"stylesheet\" href=\"/static/css/print.css\">"),
            std::string::npos);
  EXPECT_NE(body.find("In trang này"), std::string::npos);
  EXPECT_NE(body.find("Cập nhật lúc 02:34 ngày 16/10/2020"), std::string::npos);
  EXPECT_NE(body.find("Ảnh: Thúy Loan, Truyền Thanh"), std::string::npos);
  EXPECT_NE(body.find("Hoàng Dung"), std::string::npos);
  const size_t source = body.find(
      "https://tin.example.vn/quan-uy-huyen-uy/"
      "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang-1<");
  ASSERT_NE(source, std::string::npos);
  EXPECT_LT(body.find("Hoàng Dung"), source);
}

TEST(SiteRendererTest, SectionPageListsNewestFirstWithAPager) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  Article older = Seed();
  older.id = 2;
  older.title = "Bài cũ hơn";
  older.published_at = SeedTime() - 24h;
  ArticleList list;
  list.items = {Seed(), older};
  list.page = 2;
  list.pages = 3;
  list.total = 42;
  const std::string page = r->SectionPage(Frame(), QuanUy(), list);
  ExpectCspClean(page);
  EXPECT_NE(page.find("<h1 class=\"page-title\">QUẬN ỦY, HUYỆN ỦY</h1>"), std::string::npos);
  EXPECT_EQ(Count(page, "<h1"), 1u);
  EXPECT_LT(page.find(kTitle), page.find("Bài cũ hơn"));
  EXPECT_NE(page.find(">16/10/2020 02:34</time>"), std::string::npos);
  EXPECT_NE(page.find(">15/10/2020 02:34</time>"), std::string::npos);
  EXPECT_NE(page.find(kLead), std::string::npos);
  EXPECT_NE(page.find("href=\"?page=1\" rel=\"prev\">Trang trước</a>"), std::string::npos);
  EXPECT_NE(page.find("Trang 2/3"), std::string::npos);
  EXPECT_NE(page.find("href=\"?page=3\" rel=\"next\">Trang sau</a>"), std::string::npos);
  EXPECT_NE(page.find("<link rel=\"canonical\" href=\"https://tin.example.vn/quan-uy-huyen-uy?"
                      "page=2\">"),
            std::string::npos);
  EXPECT_NE(page.find("aria-current=\"page\">QUẬN ỦY, HUYỆN ỦY</a>"), std::string::npos);

  list.page = 1;
  const std::string first = r->SectionPage(Frame(), QuanUy(), list);
  EXPECT_EQ(first.find("Trang trước"), std::string::npos);
  EXPECT_NE(first.find("Trang 1/3"), std::string::npos);
  EXPECT_NE(first.find("href=\"?page=2\" rel=\"next\""), std::string::npos);

  const std::string one = r->SectionPage(Frame(), QuanUy(), Listing({Seed()}));
  EXPECT_EQ(one.find("Phân trang"), std::string::npos);
  const std::string empty = r->SectionPage(Frame(), QuanUy(), ArticleList{});
  EXPECT_NE(empty.find("Chuyên mục này chưa có bài viết nào."), std::string::npos);
}

TEST(SiteRendererTest, HomePage) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  PageFrame f = Frame();
  Article other = Seed();
  other.id = 9;
  other.section_id = 4;
  other.slug = "tin-thoi-su";
  other.title = "Tin thời sự trong ngày";
  const std::string page = r->Home(f, {Seed(), other}, {{f.sections[0], {Seed()}}});
  ExpectCspClean(page);
  EXPECT_EQ(Count(page, "<h1"), 1u);
  EXPECT_NE(page.find("<title>Cổng Thông tin điện tử Quận Ô Môn</title>"), std::string::npos);
  EXPECT_NE(page.find("<meta property=\"og:type\" content=\"website\">"), std::string::npos);
  EXPECT_NE(page.find("Tin mới nhất"), std::string::npos);
  EXPECT_NE(page.find("href=\"/thoi-su/tin-thoi-su-9\">Tin thời sự trong ngày</a>"),
            std::string::npos);
  EXPECT_NE(page.find("<a href=\"/quan-uy-huyen-uy\">QUẬN ỦY, HUYỆN ỦY</a></h2>"),
            std::string::npos);
  EXPECT_NE(page.find("<a href=\"/\" aria-current=\"page\">Trang chủ</a>"), std::string::npos);
  EXPECT_NE(page.find("<link rel=\"canonical\" href=\"https://tin.example.vn/\">"),
            std::string::npos);

  const std::string empty = r->Home(f, {}, {});
  EXPECT_NE(empty.find("Chưa có bài viết nào được đăng."), std::string::npos);
  EXPECT_EQ(empty.find("Tin mới nhất"), std::string::npos);
}

TEST(SiteRendererTest, TextLogoWhenNoLogoIsSet) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  PageFrame f = Frame();
  f.site.logo_url.clear();
  const std::string page = r->Home(f, {}, {});
  EXPECT_EQ(page.find("brand__logo"), std::string::npos);
  EXPECT_NE(page.find("<span class=\"brand__name\">Cổng Thông tin điện tử Quận Ô Môn</span>"),
            std::string::npos);
  EXPECT_EQ(page.find("og:image"), std::string::npos);
}

TEST(SiteRendererTest, ErrorPages) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string missing = r->NotFoundPage(Frame());
  ExpectCspClean(missing);
  EXPECT_NE(missing.find("<h1 class=\"page-title\">Không tìm thấy trang</h1>"), std::string::npos);
  EXPECT_NE(missing.find("<a class=\"button\" href=\"/\">Về trang chủ</a>"), std::string::npos);
  EXPECT_NE(missing.find("<meta name=\"robots\" content=\"noindex\">"), std::string::npos);
  EXPECT_EQ(missing.find("og:"), std::string::npos);
  EXPECT_EQ(missing.find("rel=\"canonical\""), std::string::npos);

  const std::string gone = r->GonePage(Frame());
  ExpectCspClean(gone);
  EXPECT_NE(gone.find("<h1 class=\"page-title\">Bài viết đã được gỡ</h1>"), std::string::npos);
  EXPECT_EQ(Count(gone, "<h1"), 1u);
}

TEST(SiteRendererTest, RendersFromManyThreads) {
  auto r = Renderer();
  ASSERT_NE(r, nullptr);
  const std::string expected = r->ArticlePage(Frame(), QuanUy(), Seed());
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) same[t] += r->ArticlePage(Frame(), QuanUy(), Seed()) == expected;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(same, std::vector<int>(4, 25));
}

TEST(SiteRendererTest, LoadFailsClearlyOnAMissingFolder) {
  auto r = SiteRenderer::Load("/nonexistent/templates");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("/nonexistent/templates"), std::string::npos);
  EXPECT_NE(r.error().message().find("does not exist"), std::string::npos);
}

class BrokenTemplatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("templates-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::copy(kTemplates, dir_, std::filesystem::copy_options::recursive);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::trunc) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(BrokenTemplatesTest, MissingTemplateIsNamed) {
  std::filesystem::remove(dir_ / "site/gone.tpl");
  auto r = SiteRenderer::Load(dir_.string());
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("site/gone.tpl"), std::string::npos) << r.error().message();
}

TEST_F(BrokenTemplatesTest, TemplateWithoutAutoEscapeIsRejected) {
  Write("partials/footer.tpl", "<footer>{{SITE_NAME}}</footer>\n");
  auto r = SiteRenderer::Load(dir_.string());
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("partials/footer.tpl"), std::string::npos);
  EXPECT_NE(r.error().message().find("AUTOESCAPE"), std::string::npos);
}

TEST_F(BrokenTemplatesTest, TemplateThatDoesNotParseIsNamed) {
  Write("site/home.tpl", "{{%AUTOESCAPE context=\"HTML\"}}\n<p>{{#OPEN}}never closed</p>\n");
  auto r = SiteRenderer::Load(dir_.string());
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message().find("site/home.tpl"), std::string::npos);
}

}  // namespace
}  // namespace toasoan

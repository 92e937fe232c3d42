#include "render/audio_player.h"

#include <gtest/gtest.h>

#include <string>

#include "render/site_renderer.h"

namespace toasoan {
namespace {

const std::string kTemplates = TOASOAN_SOURCE_DIR "/templates";

TEST(AudioPlayerTest, DurationInWordsAndIso) {
  EXPECT_EQ(DurationWords(45'000), "45 giây");
  EXPECT_EQ(DurationWords(240'000), "4 phút");
  EXPECT_EQ(DurationWords(252'400), "4 phút 12 giây");
  EXPECT_EQ(DurationWords(252'600), "4 phút 13 giây");
  EXPECT_EQ(DurationWords(3'723'000), "1 giờ 2 phút 3 giây");
  EXPECT_EQ(DurationWords(0), "1 giây");
  EXPECT_EQ(DurationIso(45'000), "PT45S");
  EXPECT_EQ(DurationIso(252'400), "PT4M12S");
  EXPECT_EQ(DurationIso(3'723'000), "PT1H2M3S");
  EXPECT_EQ(DurationIso(3'600'000), "PT1H");
}

class ArticlePlayerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = SiteRenderer::Load(kTemplates);
    ASSERT_TRUE(r.has_value()) << r.error().message();
    renderer_ = std::move(*r);
    frame_.site.name = "Cổng thông tin";
    frame_.site.base_url = "http://localhost";
    section_.id = 3;
    section_.name = "Thời sự";
    section_.slug = "thoi-su";
    frame_.sections = {section_};
    article_.id = 12;
    article_.section_id = 3;
    article_.slug = "bai-viet";
    article_.title = "Bài viết";
    article_.body_html = "<p>Nội dung</p>";
    article_.status = ArticleStatus::kPublished;
  }

  static ArticleExtras WithAudio() {
    ArticleExtras extras;
    extras.audio = ArticleAudio{.article_id = 12,
                                .speech_hash = "0123456789abcdef",
                                .file = "audio/12-0123456789abcdef.mp3",
                                .duration_ms = 252'400,
                                .bytes = 1'514'400,
                                .created_at = Timestamp{}};
    return extras;
  }

  std::unique_ptr<SiteRenderer> renderer_;
  PageFrame frame_;
  Section section_;
  Article article_;
};

TEST_F(ArticlePlayerTest, ShowsThePlayerWhenTheAudioIsReady) {
  const std::string page = renderer_->ArticlePage(frame_, section_, article_, WithAudio());
  // A link to the file (plays without scripts); site.js makes it a player on a press. The
  // page itself has no media element.
  EXPECT_NE(page.find("<a class=\"listen__play\" href=\"/media/audio/12-0123456789abcdef.mp3\" "
                      "type=\"audio/mpeg\" data-listen>Phát bản đọc</a>"),
            std::string::npos)
      << page;
  EXPECT_EQ(page.find("<audio"), std::string::npos);
  EXPECT_NE(page.find("Nghe bài viết"), std::string::npos);
  EXPECT_NE(page.find("<time datetime=\"PT4M12S\">4 phút 12 giây</time>"), std::string::npos);
  // Before the article's title: a listener finds it first.
  EXPECT_LT(page.find("listen__play"), page.find("<h1"));
}

TEST_F(ArticlePlayerTest, NoPlayerWithoutAudioNorInPrint) {
  const std::string page = renderer_->ArticlePage(frame_, section_, article_);
  EXPECT_EQ(page.find("/media/audio/"), std::string::npos);
  EXPECT_EQ(page.find("Nghe bài viết"), std::string::npos);
  EXPECT_NE(page.find("Nội dung"), std::string::npos);
  const std::string print = renderer_->PrintPage(frame_, section_, article_);
  EXPECT_EQ(print.find("/media/audio/"), std::string::npos);
}

TEST_F(ArticlePlayerTest, FileNameIsEscapedForItsAttribute) {
  ArticleExtras extras = WithAudio();
  extras.audio->file = "audio/\"><script>x</script>.mp3";
  const std::string page = renderer_->ArticlePage(frame_, section_, article_, extras);
  EXPECT_EQ(page.find("<script>x"), std::string::npos);
}

}  // namespace
}  // namespace toasoan

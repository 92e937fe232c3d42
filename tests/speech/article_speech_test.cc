#include "speech/article_speech.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace toasoan {
namespace {

using namespace std::chrono_literals;

Article SeedLike() {
  Article a;
  a.id = 1;
  a.title = "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng";
  a.lead =
      "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống công tác "
      "Dân vận của Đảng (15/10/1930-15/10/2020).";
  a.body_html =
      "<p>Tại họp mặt, có 02 cán bộ quận Ô Môn được tặng Kỷ niệm chương; có 06 tập thể và 02 cá "
      "nhân được Chủ tịch UBND thành phố tặng Bằng khen</p>"
      "<p class=\"sub-story\">* Tại buổi họp mặt ở huyện Thới Lai &amp; các đại biểu</p>";
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  Photo photo;
  photo.caption = "Trao giấy khen ngày 15/10";
  photo.credit = "Thúy Loan";
  a.photos.push_back(photo);
  // 02:34 on 16/10/2020 in Vietnam.
  a.updated_at = Timestamp{std::chrono::sys_days{2020y / 10 / 15}} + 19h + 34min;
  a.status = ArticleStatus::kPublished;
  return a;
}

TEST(ArticleSpeechTest, ReadsTheArticleInWords) {
  auto spoken = ArticleSpeechText(SeedLike(), Abbreviations::Parse("UBND\tỦy ban nhân dân\n"));
  ASSERT_TRUE(spoken.has_value()) << spoken.error().message();
  const std::string& text = *spoken;
  EXPECT_EQ(text,
            "Ô Môn, Thới Lai: Họp mặt kỷ niệm chín mươi năm Ngày truyền thống công tác Dân vận "
            "của Đảng.\n\n"
            "Cập nhật lúc hai giờ ba mươi tư phút ngày mười sáu tháng mười năm hai nghìn không "
            "trăm hai mươi.\n\n"
            "Ngày mười lăm tháng mười, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm chín mươi năm Ngày "
            "truyền thống công tác Dân vận của Đảng (ngày mười lăm tháng mười năm một nghìn chín "
            "trăm ba mươi đến ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi).\n\n"
            "Tại họp mặt, có hai cán bộ quận Ô Môn được tặng Kỷ niệm chương; có sáu tập thể và "
            "hai cá nhân được Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen.\n\n"
            "Tại buổi họp mặt ở huyện Thới Lai & các đại biểu.\n\n"
            "Hoàng Dung, Cẩm Tú.");
  EXPECT_EQ(text.find("16/10/2020"), std::string::npos);
  // The photo caption is not read.
  EXPECT_EQ(text.find("Trao giấy khen"), std::string::npos);
}

TEST(ArticleSpeechTest, HashFollowsTextAndSettings) {
  const std::string h = SpeechHash("xin chào", "vi 150 mp3 48");
  EXPECT_EQ(h.size(), 16u);
  EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(h, SpeechHash("xin chào", "vi 150 mp3 48"));
  EXPECT_NE(h, SpeechHash("xin chào.", "vi 150 mp3 48"));
  EXPECT_NE(h, SpeechHash("xin chào", "vi 160 mp3 48"));
  // FNV-1a 64 of "\0" alone: a fixed value, so file names survive a rebuild.
  EXPECT_EQ(SpeechHash("", ""), "af63bd4c8601b7df");
}

}  // namespace
}  // namespace toasoan

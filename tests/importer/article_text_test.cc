#include "importer/article_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "text/nfc.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

std::string ReadSeed() {
  std::ifstream in(std::string(TOASOAN_SOURCE_DIR) + "/demo/000_6755af18a3cea5e6.txt",
                   std::ios::binary);
  EXPECT_TRUE(in) << "demo seed file missing";
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

constexpr std::string_view kSeedTitle =
    "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng";
constexpr std::string_view kSeedLead =
    "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống công tác "
    "Dân vận của Đảng (15/10/1930-15/10/2020).";

// Everything in one place, so a failure shows what else the parser saw.
std::string Dump(const ParsedArticle& a) {
  std::string s = "section: " + a.section_name + "\ntitle: " + a.title + "\nlead: " + a.lead + "\n";
  for (const auto& p : a.paragraphs) s += "p: " + p + "\n";
  for (const auto& ph : a.photos) {
    s += "photo@" + std::to_string(ph.position) + ": " + ph.caption + " | " + ph.credit + "\n";
  }
  for (const auto& b : a.bylines) s += "by: " + b + "\n";
  return s;
}

bool Contains(const ParsedArticle& a, std::string_view needle) {
  return Dump(a).find(needle) != std::string::npos;
}

TEST(ParseArticleTextTest, SeedFile) {
  auto parsed = ParseArticleText(ReadSeed());
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message();
  const ParsedArticle& a = *parsed;
  SCOPED_TRACE(Dump(a));

  EXPECT_EQ(a.section_name, "QUẬN ỦY, HUYỆN ỦY");
  EXPECT_EQ(a.title, kSeedTitle);
  EXPECT_EQ(FormatRfc3339(a.updated_at), "2020-10-15T19:34:00Z");
  EXPECT_EQ(a.lead, kSeedLead);

  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].credit, "Thúy Loan, Truyền Thanh");
  EXPECT_EQ(a.photos[0].caption,
            "Đồng chí Nguyễn Vũ Phương, Thành ủy viên, Bí thư Quận ủy Ô Môn, trao giấy khen cho "
            "các tập thể và cá nhân.");
  EXPECT_EQ(a.photos[0].position, 0);

  // The seed has five body paragraphs (one line each); the "* " sub-story is the third.
  ASSERT_EQ(a.paragraphs.size(), 5u);
  EXPECT_TRUE(a.paragraphs[0].starts_with("Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương"));
  EXPECT_TRUE(a.paragraphs[0].ends_with("xây dựng khối đại đoàn kết toàn dân vững chắc."));
  EXPECT_TRUE(a.paragraphs[1].starts_with("Tại họp mặt, có 02 cán bộ quận Ô Môn"));
  EXPECT_TRUE(a.paragraphs[1].ends_with("mô hình “Dân vận khéo”."));
  EXPECT_TRUE(a.paragraphs[2].starts_with("* Tại buổi họp mặt ở huyện Thới Lai"));
  EXPECT_TRUE(a.paragraphs[2].ends_with("đảm bảo quốc phòng an ninh."));
  EXPECT_TRUE(a.paragraphs[3].starts_with("Phát biểu tại buổi họp mặt, đồng chí Nguyễn Văn Phong"));
  EXPECT_TRUE(a.paragraphs[3].ends_with("Mặt trận đoàn thể."));
  EXPECT_TRUE(a.paragraphs[4].starts_with("Dịp này, Ban Dân vận Trung ương"));
  EXPECT_TRUE(a.paragraphs[4].ends_with("5 năm (2016-2020)."));
  // The typo "Ơ Môn" of the source is kept: the importer does not edit the text.
  EXPECT_NE(a.paragraphs[0].find("Bí thư Quận ủy Ơ Môn"), std::string::npos);

  EXPECT_EQ(a.bylines, (std::vector<std::string>{"Hoàng Dung", "Cẩm Tú"}));

  EXPECT_FALSE(Contains(a, "Google Bookmarks"));
  EXPECT_FALSE(Contains(a, "In bài viết"));
  EXPECT_FALSE(Contains(a, "Chia sẻ"));
  EXPECT_FALSE(Contains(a, "\xC2\xA0"));
  EXPECT_FALSE(Contains(a, "Cập nhật lúc"));
  // The title and the lead appear once each.
  const std::string dump = Dump(a);
  EXPECT_EQ(dump.find(kSeedTitle), dump.rfind(kSeedTitle));
  EXPECT_EQ(dump.find(kSeedLead), dump.rfind(kSeedLead));
}

TEST(ParseArticleTextTest, SeedFileAllTextIsNfcAndCollapsed) {
  auto parsed = ParseArticleText(ReadSeed());
  ASSERT_TRUE(parsed.has_value());
  std::vector<std::string> all = parsed->paragraphs;
  all.push_back(parsed->title);
  all.push_back(parsed->lead);
  all.push_back(parsed->section_name);
  for (const auto& s : all) {
    EXPECT_TRUE(IsNfc(s)) << s;
    EXPECT_EQ(s.find("  "), std::string::npos) << s;
    EXPECT_FALSE(s.starts_with(" ") || s.ends_with(" ")) << s;
  }
}

TEST(ParseArticleTextTest, SeedFileInNfdWithCrlfParsesTheSame) {
  const std::string seed = ReadSeed();
  std::string variant;
  for (char c : ToNfd(seed)) {
    if (c == '\n') variant += '\r';
    variant += c;
  }
  ASSERT_NE(variant, seed);
  auto a = ParseArticleText(seed);
  auto b = ParseArticleText(variant);
  ASSERT_TRUE(a.has_value());
  ASSERT_TRUE(b.has_value()) << b.error().message();
  EXPECT_EQ(Dump(*a), Dump(*b));
  EXPECT_EQ(a->updated_at, b->updated_at);
}

constexpr std::string_view kMinimal =
    "THỜI SỰ\n"
    "\n"
    "Tiêu đề bài viết\n"
    "Cập nhật lúc 08:05 ngày 01/02/2021\n"
    "\n"
    "Sapo của bài.\n"
    "\n"
    "Đoạn thứ nhất.\n"
    "\n"
    "Đoạn thứ hai.\n";

TEST(ParseArticleTextTest, TitleWithoutRepetition) {
  auto a = ParseArticleText(kMinimal);
  ASSERT_TRUE(a.has_value()) << a.error().message();
  EXPECT_EQ(a->section_name, "THỜI SỰ");
  EXPECT_EQ(a->title, "Tiêu đề bài viết");
  EXPECT_EQ(FormatRfc3339(a->updated_at), "2021-02-01T01:05:00Z");
  EXPECT_EQ(a->lead, "Sapo của bài.");
  EXPECT_EQ(a->paragraphs, (std::vector<std::string>{"Đoạn thứ nhất.", "Đoạn thứ hai."}));
  EXPECT_TRUE(a->photos.empty());
  EXPECT_TRUE(a->bylines.empty());
}

TEST(ParseArticleTextTest, NfdInputComesOutNfc) {
  auto a = ParseArticleText(ToNfd(kMinimal));
  ASSERT_TRUE(a.has_value()) << a.error().message();
  EXPECT_EQ(a->section_name, "THỜI SỰ");
  EXPECT_EQ(a->title, "Tiêu đề bài viết");
  EXPECT_EQ(a->paragraphs[0], "Đoạn thứ nhất.");
}

TEST(ParseArticleTextTest, CrlfAndCrLineEndings) {
  for (std::string_view eol : {"\r\n", "\r"}) {
    std::string text;
    for (char c : kMinimal) {
      if (c == '\n') {
        text += eol;
      } else {
        text += c;
      }
    }
    auto a = ParseArticleText(text);
    ASSERT_TRUE(a.has_value()) << a.error().message();
    EXPECT_EQ(a->title, "Tiêu đề bài viết");
    EXPECT_EQ(a->paragraphs.size(), 2u);
    EXPECT_EQ(a->paragraphs[1], "Đoạn thứ hai.");
  }
}

TEST(ParseArticleTextTest, WhitespaceAndNbspCollapsed) {
  auto a = ParseArticleText(
      "\xEF\xBB\xBF  THỜI\xC2\xA0SỰ  \n\n Tiêu  đề\t bài\n"
      "Cập nhật lúc 08:05 ngày 01/02/2021\n\nSapo\xC2\xA0\xC2\xA0 của bài. \n\n  Đoạn   một.\n");
  ASSERT_TRUE(a.has_value()) << a.error().message();
  EXPECT_EQ(a->section_name, "THỜI SỰ");
  EXPECT_EQ(a->title, "Tiêu đề bài");
  EXPECT_EQ(a->lead, "Sapo của bài.");
  EXPECT_EQ(a->paragraphs, std::vector<std::string>{"Đoạn một."});
}

TEST(ParseArticleTextTest, BylinesWithRolePrefix) {
  std::string text(kMinimal);
  text +=
      "\nTin, ảnh: Nguyễn Văn A\n\nChia sẻ bài viết:\xC2\xA0 Chia sẻ Zalo\n\xC2\xA0In bài viết\n";
  auto a = ParseArticleText(text);
  ASSERT_TRUE(a.has_value()) << a.error().message();
  EXPECT_EQ(a->bylines, std::vector<std::string>{"Nguyễn Văn A"});
  EXPECT_EQ(a->paragraphs.size(), 2u);
}

struct BylinesCase {
  std::string_view line;
  std::vector<std::string> names;  // empty: the line stays a body paragraph
};

TEST(ParseArticleTextTest, BylinesHeuristics) {
  const BylinesCase cases[] = {
      {"Hoàng Dung, Cẩm Tú", {"Hoàng Dung", "Cẩm Tú"}},
      {"Bài, ảnh: Hoàng Dung - Cẩm Tú", {"Hoàng Dung", "Cẩm Tú"}},
      {"Bài và ảnh: Hoàng Dung và Cẩm Tú", {"Hoàng Dung", "Cẩm Tú"}},
      {"Tin: Thanh Hải", {"Thanh Hải"}},
      {"Bài: Nguyễn Thị Minh Khai", {"Nguyễn Thị Minh Khai"}},
      {"Nhóm PV", {"Nhóm PV"}},
      {"Nhóm PV: Thúy Loan, Truyền Thanh", {"Thúy Loan", "Truyền Thanh"}},
      {"HOÀNG DUNG – CẨM TÚ", {"HOÀNG DUNG", "CẨM TÚ"}},
      {"Thanh Hà (TTXVN)", {}},
      {"PV", {"PV"}},
      {"Mặt trận đoàn thể.", {}},      // a sentence
      {"Hoàng Dung, Cẩm Tú.", {}},     // final period
      {"Kết quả rất tốt", {}},         // lower-case words
      {"Dung", {}},                    // one word, not an abbreviation
      {"Theo ông A: Tốt Lắm", {}},     // prefix of non-role words
      {"Ảnh: Hoàng Dung", {}},         // a photo credit, not bylines
      {"Một Hai Ba Bốn Năm Sáu", {}},  // six words
  };
  for (const BylinesCase& c : cases) {
    std::string text(kMinimal);
    text += "\n";
    text += c.line;
    text += "\n";
    auto a = ParseArticleText(text);
    ASSERT_TRUE(a.has_value()) << c.line << ": " << a.error().message();
    EXPECT_EQ(a->bylines, c.names) << c.line;
    const bool in_body =
        std::find(a->paragraphs.begin(), a->paragraphs.end(), c.line) != a->paragraphs.end();
    EXPECT_EQ(in_body, c.names.empty() && !c.line.starts_with("Ảnh")) << c.line;
  }
}

TEST(ParseArticleTextTest, OnlyTheLastParagraphCanBeBylines) {
  auto a = ParseArticleText(
      "THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\nHoàng Dung\n\n"
      "Đoạn cuối.\n");
  ASSERT_TRUE(a.has_value());
  EXPECT_TRUE(a->bylines.empty());
  EXPECT_EQ(a->paragraphs, (std::vector<std::string>{"Hoàng Dung", "Đoạn cuối."}));
}

struct CaptionCase {
  std::string_view line;
  std::string_view caption;  // both empty: not a caption
  std::string_view credit;
};

TEST(ParseArticleTextTest, CaptionVariants) {
  const CaptionCase cases[] = {
      {"Quang cảnh hội nghị. Ảnh: Thúy Loan, Truyền Thanh.", "Quang cảnh hội nghị.",
       "Thúy Loan, Truyền Thanh"},
      {"Quang cảnh hội nghị (Ảnh: Thúy Loan)", "Quang cảnh hội nghị", "Thúy Loan"},
      {"Quang cảnh hội nghị (ảnh: Thúy Loan).", "Quang cảnh hội nghị", "Thúy Loan"},
      {"Quang cảnh hội nghị. Ảnh - Thúy Loan", "Quang cảnh hội nghị.", "Thúy Loan"},
      {"Quang cảnh hội nghị. Ảnh – Thúy Loan", "Quang cảnh hội nghị.", "Thúy Loan"},
      {"Quang cảnh hội nghị! Ảnh, bài: Thúy Loan", "Quang cảnh hội nghị!", "Thúy Loan"},
      {"Quang cảnh hội nghị. ẢNH: THÚY LOAN", "Quang cảnh hội nghị.", "THÚY LOAN"},
      {"Quang cảnh. Ảnh: Thanh Hà (TTXVN)", "Quang cảnh.", "Thanh Hà (TTXVN)"},
      {"Ảnh: Thúy Loan", "", "Thúy Loan"},
      {"Ảnh hưởng của bão số 9 là rất lớn.", "", ""},
      {"Bức ảnh: một kỷ niệm đẹp của đơn vị.", "", ""},
      {"Xem ảnh: Thúy Loan", "", ""},
      {"Quang cảnh. Ảnh: Thúy Loan. Sau đó hội nghị tiếp tục với nhiều nội dung.", "", ""},
      {"Quang cảnh (Ảnh: Thúy Loan) và nhiều nội dung khác.", "", ""},
      {"Quang cảnh. Ảnh:", "", ""},
  };
  for (const CaptionCase& c : cases) {
    std::string text =
        "THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\nMở đầu.\n\n";
    text += c.line;
    text += "\n\nKết thúc.\n";
    auto a = ParseArticleText(text);
    ASSERT_TRUE(a.has_value()) << c.line << ": " << a.error().message();
    if (c.credit.empty()) {
      EXPECT_TRUE(a->photos.empty()) << c.line;
      EXPECT_EQ(a->paragraphs.size(), 3u) << c.line;
    } else {
      ASSERT_EQ(a->photos.size(), 1u) << c.line;
      EXPECT_EQ(a->photos[0].caption, c.caption) << c.line;
      EXPECT_EQ(a->photos[0].credit, c.credit) << c.line;
      EXPECT_EQ(a->photos[0].position, 1) << c.line;  // before "Kết thúc."
      EXPECT_EQ(a->paragraphs, (std::vector<std::string>{"Mở đầu.", "Kết thúc."})) << c.line;
    }
  }
}

TEST(ParseArticleTextTest, PhotoPositions) {
  auto a = ParseArticleText(
      "THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\n"
      "Một. Ảnh: A B\n\nĐoạn 1.\n\nĐoạn 2.\n\nHai. Ảnh: C D\n\nBa. Ảnh: E F\n\nĐoạn 3.\n\n"
      "Bốn. Ảnh: G H\n");
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->photos.size(), 4u);
  EXPECT_EQ(a->photos[0].position, 0);
  EXPECT_EQ(a->photos[1].position, 2);
  EXPECT_EQ(a->photos[2].position, 2);
  EXPECT_EQ(a->photos[3].position, 3);  // after the last paragraph
  EXPECT_EQ(a->photos[3].credit, "G H");
  EXPECT_EQ(a->paragraphs.size(), 3u);
}

TEST(ParseArticleTextTest, CaptionFirstMeansNoLead) {
  auto a = ParseArticleText(
      "THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nToàn cảnh. Ảnh: A B\n\n"
      "Đoạn 1.\n");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->lead, "");
  ASSERT_EQ(a->photos.size(), 1u);
  EXPECT_EQ(a->paragraphs, std::vector<std::string>{"Đoạn 1."});
}

TEST(ParseArticleTextTest, FooterWordsInProseAreKept) {
  std::string text(kMinimal);
  text += "\nChia sẻ tại hội nghị, ông A nói về Google Bookmarks.\n\nChia sẻ bài viết:\n";
  auto a = ParseArticleText(text);
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->paragraphs.size(), 3u);
  EXPECT_EQ(a->paragraphs[2], "Chia sẻ tại hội nghị, ông A nói về Google Bookmarks.");
}

void ExpectInvalid(std::string_view text, std::string_view message_part) {
  auto a = ParseArticleText(text);
  ASSERT_FALSE(a.has_value()) << message_part;
  EXPECT_TRUE(a.error().IsInvalidArgument());
  EXPECT_NE(a.error().message().find(message_part), std::string::npos) << a.error().message();
}

TEST(ParseArticleTextTest, Errors) {
  ExpectInvalid("", "empty");
  ExpectInvalid(" \n\r\n\xC2\xA0\n", "empty");
  ExpectInvalid("THỜI SỰ\n\nTiêu đề\n\nSapo.\n", "no update line 'Cập nhật lúc HH:MM");
  ExpectInvalid("THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 31/02/2021\n\nSapo.\n", "impossible");
  ExpectInvalid("THỜI SỰ\n\nTiêu đề\nCập nhật lúc hôm qua\n\nSapo.\n", "not an update line");
  ExpectInvalid("Tiêu đề\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n", "no title");
  ExpectInvalid("Cập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n", "no title");
  ExpectInvalid("THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\n\xC2\xA0In bài viết\n",
                "no lead or body");
}

TEST(ParseArticleTextTest, BinaryInputIsRejected) {
  ExpectInvalid(std::string_view("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "not valid UTF-8");
  ExpectInvalid("THỜI SỰ\n\nTi\xEAu \xF0\xE8\n", "not valid UTF-8");  // Windows-1258
  ExpectInvalid(std::string("THỜI SỰ") + '\0' + "\n\nTiêu đề\n", "control characters");
  ExpectInvalid("THỜI SỰ\x1B[31m\n", "control characters");
  std::string seed_with_nul = ReadSeed();
  seed_with_nul[100] = '\0';
  ExpectInvalid(seed_with_nul, "");
}

}  // namespace
}  // namespace toasoan

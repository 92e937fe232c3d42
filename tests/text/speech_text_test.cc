#include "text/speech_text.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "text/nfc.h"

namespace toasoan {
namespace {

std::string Say(std::string_view text) {
  static const Abbreviations* abbreviations = new Abbreviations(
      Abbreviations::Parse("UBND\tỦy ban nhân dân\nTP.\tthành phố\nHĐND\tHội đồng nhân dân\n"));
  return SpeechText(text, *abbreviations);
}

TEST(SpeechTextTest, DatesAreReadInWords) {
  EXPECT_EQ(Say("16/10/2020"), "ngày mười sáu tháng mười năm hai nghìn không trăm hai mươi");
  EXPECT_EQ(Say("Cập nhật lúc 02:34 ngày 16/10/2020"),
            "Cập nhật lúc hai giờ ba mươi tư phút ngày mười sáu tháng mười năm hai nghìn "
            "không trăm hai mươi");
  EXPECT_EQ(Say("Ngày 15/10, Quận ủy"), "Ngày mười lăm tháng mười, Quận ủy");
  EXPECT_EQ(Say("sáng 15/10 tại"), "sáng ngày mười lăm tháng mười tại");
  EXPECT_EQ(Say("mồng 2/9"), "mồng hai tháng chín");
  EXPECT_EQ(Say("16-10-2020 và 16.10.2020"),
            "ngày mười sáu tháng mười năm hai nghìn không trăm hai mươi và ngày mười sáu "
            "tháng mười năm hai nghìn không trăm hai mươi");
  EXPECT_EQ(Say("trong 10/2020"), "trong tháng mười năm hai nghìn không trăm hai mươi");
  EXPECT_EQ(Say("tháng 4/1975"), "tháng tư năm một nghìn chín trăm bảy mươi lăm");
  // No such date: a ratio.
  EXPECT_EQ(Say("3/15"), "ba trên mười lăm");
}

TEST(SpeechTextTest, DateRangesReadDen) {
  EXPECT_EQ(Say("(15/10/1930-15/10/2020)"),
            "(ngày mười lăm tháng mười năm một nghìn chín trăm ba mươi đến ngày mười lăm "
            "tháng mười năm hai nghìn không trăm hai mươi)");
  EXPECT_EQ(Say("5 năm (2016-2020)."),
            "năm năm (hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi).");
  EXPECT_EQ(Say("giai đoạn 2021 – 2025"),
            "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi "
            "lăm");
  // A dash between words is not a range.
  EXPECT_EQ(Say("kinh tế - xã hội"), "kinh tế - xã hội");
}

TEST(SpeechTextTest, Times) {
  EXPECT_EQ(Say("lúc 14:00"), "lúc mười bốn giờ");
  EXPECT_EQ(Say("lúc 7h30 sáng"), "lúc bảy giờ ba mươi phút sáng");
  EXPECT_EQ(Say("từ 7h đến 11h"), "từ bảy giờ đến mười một giờ");
  EXPECT_EQ(Say("19g30"), "mười chín giờ ba mươi phút");
  EXPECT_EQ(Say("8:00-11:30"), "tám giờ đến mười một giờ ba mươi phút");
  // "5g" may be grams: no time. A number glued to letters is read apart from them.
  EXPECT_EQ(Say("5g"), "năm g");
  EXPECT_EQ(Say("mạng 4G"), "mạng bốn G");
}

TEST(SpeechTextTest, CountsAndLeadingZeros) {
  EXPECT_EQ(Say("có 02 cán bộ"), "có hai cán bộ");
  EXPECT_EQ(Say("06 tập thể và 02 cá nhân"), "sáu tập thể và hai cá nhân");
  EXPECT_EQ(Say("kỷ niệm 90 năm"), "kỷ niệm chín mươi năm");
  EXPECT_EQ(Say("26 tập thể và 18 cá nhân"), "hai mươi sáu tập thể và mười tám cá nhân");
  EXPECT_EQ(Say("lần thứ 4, thứ 1, thứ 2"), "lần thứ tư, thứ nhất, thứ hai");
}

TEST(SpeechTextTest, LargeNumbersDecimalsAndPercentages) {
  EXPECT_EQ(Say("1.500 người"), "một nghìn năm trăm người");
  EXPECT_EQ(Say("3.000.000 đồng"), "ba triệu đồng");
  EXPECT_EQ(Say("2,5 lần"), "hai phẩy năm lần");
  EXPECT_EQ(Say("0,05"), "không phẩy không năm");
  EXPECT_EQ(Say("đạt 45%"), "đạt bốn mươi lăm phần trăm");
  EXPECT_EQ(Say("tăng 12,5 %"), "tăng mười hai phẩy năm phần trăm");
  EXPECT_EQ(Say("phiên bản 1.5"), "phiên bản một chấm năm");
  EXPECT_EQ(Say("năm 2020, rồi"), "năm hai nghìn không trăm hai mươi, rồi");
  EXPECT_EQ(Say("Điện thoại 02923822222"),
            "Điện thoại không hai chín hai ba tám hai hai hai hai hai");
}

TEST(SpeechTextTest, Units) {
  EXPECT_EQ(Say("dài 12 km"), "dài mười hai ki lô mét");
  EXPECT_EQ(Say("150 ha lúa"), "một trăm năm mươi héc ta lúa");
  EXPECT_EQ(Say("50 m2"), "năm mươi mét vuông");
  EXPECT_EQ(Say("100.000đ"), "một trăm nghìn đồng");
  EXPECT_EQ(Say("35°C"), "ba mươi lăm độ C");
  EXPECT_EQ(Say("5 USD"), "năm đô la Mỹ");
  // A unit letter that starts a word is not a unit.
  EXPECT_EQ(Say("3 mẫu"), "ba mẫu");
}

TEST(SpeechTextTest, AbbreviationsAndWordsAroundNumbers) {
  EXPECT_EQ(Say("Chủ tịch UBND TP. Cần Thơ"), "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ");
  EXPECT_EQ(Say("HĐND khóa X"), "Hội đồng nhân dân khóa X");
  // Digits inside a word are left alone.
  EXPECT_EQ(Say("COVID19 và F0"), "COVID19 và F0");
  EXPECT_EQ(Say("Năm nay"), "Năm nay");
}

TEST(SpeechTextTest, AnyBytesGiveValidNfc) {
  // Digits, separators and letters in every order, plus invalid UTF-8.
  const std::string alphabet[] = {"0",   "1",    "2",   "9",    "/",    "-",      ".",  ",",
                                  ":",   "%",    " ",   "h",    "g",    "m",      "đ",  "ngày",
                                  "thứ", "UBND", "TP.", "\xC3", "\xFF", "\u2013", "°C", "²"};
  uint32_t seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(seed % 24);
    for (int i = 0; i < length; ++i) {
      seed = seed * 1103515245 + 12345;
      text += alphabet[(seed >> 16) % std::size(alphabet)];
    }
    const std::string spoken = Say(text);
    ASSERT_TRUE(IsNfc(spoken)) << text;
  }
}

TEST(SpeechTextTest, SeedArticleHasNoDigitsLeft) {
  std::ifstream in(std::string(TOASOAN_SOURCE_DIR) + "/demo/000_6755af18a3cea5e6.txt");
  ASSERT_TRUE(in);
  std::stringstream raw;
  raw << in.rdbuf();
  std::ifstream list_file(std::string(TOASOAN_SOURCE_DIR) + "/config/abbreviations.tsv");
  std::stringstream list;
  list << list_file.rdbuf();
  const std::string spoken = SpeechText(raw.str(), Abbreviations::Parse(list.str()));
  EXPECT_NE(spoken.find("Cập nhật lúc hai giờ ba mươi tư phút ngày mười sáu tháng mười năm "
                        "hai nghìn không trăm hai mươi"),
            std::string::npos);
  EXPECT_EQ(spoken.find("16/10/2020"), std::string::npos);
  EXPECT_NE(spoken.find("Chủ tịch Ủy ban nhân dân thành phố"), std::string::npos);
  EXPECT_NE(spoken.find("có hai cán bộ quận Ô Môn"), std::string::npos);
  EXPECT_NE(spoken.find("năm năm (hai nghìn không trăm mười sáu đến hai nghìn không trăm hai "
                        "mươi)"),
            std::string::npos);
  EXPECT_EQ(spoken.find_first_of("0123456789"), std::string::npos) << spoken;
}

}  // namespace
}  // namespace toasoan

#include "text/vietnamese_numbers.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>

namespace toasoan {
namespace {

TEST(VietnameseNumbersTest, UnitsAndTens) {
  const std::pair<uint64_t, const char*> cases[] = {
      {0, "không"},           {1, "một"},         {4, "bốn"},           {5, "năm"},
      {10, "mười"},           {11, "mười một"},   {14, "mười bốn"},     {15, "mười lăm"},
      {19, "mười chín"},      {20, "hai mươi"},   {21, "hai mươi mốt"}, {24, "hai mươi tư"},
      {25, "hai mươi lăm"},   {34, "ba mươi tư"}, {55, "năm mươi lăm"}, {90, "chín mươi"},
      {99, "chín mươi chín"},
  };
  for (const auto& [n, words] : cases) EXPECT_EQ(NumberToWords(n), words) << n;
}

TEST(VietnameseNumbersTest, HundredsUseLinhForAnEmptyTensPlace) {
  EXPECT_EQ(NumberToWords(100), "một trăm");
  EXPECT_EQ(NumberToWords(101), "một trăm linh một");
  EXPECT_EQ(NumberToWords(104), "một trăm linh bốn");
  EXPECT_EQ(NumberToWords(105), "một trăm linh năm");
  EXPECT_EQ(NumberToWords(110), "một trăm mười");
  EXPECT_EQ(NumberToWords(115), "một trăm mười lăm");
  EXPECT_EQ(NumberToWords(121), "một trăm hai mươi mốt");
  EXPECT_EQ(NumberToWords(999), "chín trăm chín mươi chín");
}

TEST(VietnameseNumbersTest, YearsReadKhongTram) {
  EXPECT_EQ(NumberToWords(2020), "hai nghìn không trăm hai mươi");
  EXPECT_EQ(NumberToWords(2016), "hai nghìn không trăm mười sáu");
  EXPECT_EQ(NumberToWords(2005), "hai nghìn không trăm linh năm");
  EXPECT_EQ(NumberToWords(2000), "hai nghìn");
  EXPECT_EQ(NumberToWords(1930), "một nghìn chín trăm ba mươi");
  EXPECT_EQ(NumberToWords(1975), "một nghìn chín trăm bảy mươi lăm");
}

TEST(VietnameseNumbersTest, LargeNumbers) {
  EXPECT_EQ(NumberToWords(1'000), "một nghìn");
  EXPECT_EQ(NumberToWords(1'500), "một nghìn năm trăm");
  EXPECT_EQ(NumberToWords(10'000), "mười nghìn");
  EXPECT_EQ(NumberToWords(21'000), "hai mươi mốt nghìn");
  EXPECT_EQ(NumberToWords(1'000'000), "một triệu");
  EXPECT_EQ(NumberToWords(2'500'000), "hai triệu năm trăm nghìn");
  EXPECT_EQ(NumberToWords(2'000'005), "hai triệu không trăm linh năm");
  EXPECT_EQ(NumberToWords(3'050'000), "ba triệu không trăm năm mươi nghìn");
  EXPECT_EQ(NumberToWords(1'000'000'000), "một tỷ");
  EXPECT_EQ(NumberToWords(1'000'000'001), "một tỷ không trăm linh một");
  EXPECT_EQ(NumberToWords(12'345'678'901),
            "mười hai tỷ ba trăm bốn mươi lăm triệu sáu trăm bảy mươi tám nghìn chín trăm "
            "linh một");
  EXPECT_EQ(NumberToWords(1'000'000'000'000), "một nghìn tỷ");
  EXPECT_EQ(NumberToWords(5'000'000'000'000'000'000u), "năm tỷ tỷ");
}

TEST(VietnameseNumbersTest, DigitRunsIgnoreLeadingZeros) {
  EXPECT_EQ(DigitRunToWords("02"), "hai");
  EXPECT_EQ(DigitRunToWords("06"), "sáu");
  EXPECT_EQ(DigitRunToWords("000"), "không");
  EXPECT_EQ(DigitRunToWords("0034"), "ba mươi tư");
  EXPECT_EQ(DigitRunToWords("1234567890123456"),
            "một hai ba bốn năm sáu bảy tám chín không một hai ba bốn năm sáu");
  EXPECT_EQ(DigitRunToWords(""), std::nullopt);
  EXPECT_EQ(DigitRunToWords("1a"), std::nullopt);
  EXPECT_EQ(DigitsToWords("0292"), "không hai chín hai");
  EXPECT_EQ(DigitsToWords("-1"), std::nullopt);
}

TEST(VietnameseNumbersTest, OrdinalsAndMonths) {
  EXPECT_EQ(OrdinalToWords(1), "nhất");
  EXPECT_EQ(OrdinalToWords(2), "hai");
  EXPECT_EQ(OrdinalToWords(4), "tư");
  EXPECT_EQ(OrdinalToWords(14), "mười bốn");
  EXPECT_EQ(MonthToWords(4), "tư");
  EXPECT_EQ(MonthToWords(1), "một");
  EXPECT_EQ(MonthToWords(12), "mười hai");
}

TEST(VietnameseNumbersTest, Dates) {
  EXPECT_EQ(DateToWords(16, 10, 2020),
            "ngày mười sáu tháng mười năm hai nghìn không trăm hai mươi");
  EXPECT_EQ(DateToWords(15, 10, std::nullopt), "ngày mười lăm tháng mười");
  EXPECT_EQ(DateToWords(4, 4, 1975), "ngày bốn tháng tư năm một nghìn chín trăm bảy mươi lăm");
  EXPECT_EQ(DateToWords(29, 2, 2024),
            "ngày hai mươi chín tháng hai năm hai nghìn không trăm "
            "hai mươi tư");
  EXPECT_EQ(DateToWords(29, 2, 2023), std::nullopt);
  EXPECT_EQ(DateToWords(29, 2, std::nullopt), "ngày hai mươi chín tháng hai");
  EXPECT_EQ(DateToWords(31, 4, 2020), std::nullopt);
  EXPECT_EQ(DateToWords(1, 13, 2020), std::nullopt);
  EXPECT_EQ(DateToWords(0, 1, 2020), std::nullopt);
  EXPECT_EQ(MonthYearToWords(10, 2020), "tháng mười năm hai nghìn không trăm hai mươi");
  EXPECT_EQ(MonthYearToWords(13, 2020), std::nullopt);
}

TEST(VietnameseNumbersTest, Times) {
  EXPECT_EQ(TimeToWords(2, 34), "hai giờ ba mươi tư phút");
  EXPECT_EQ(TimeToWords(14, 0), "mười bốn giờ");
  EXPECT_EQ(TimeToWords(7, 5), "bảy giờ năm phút");
  EXPECT_EQ(TimeToWords(0, 15), "không giờ mười lăm phút");
  EXPECT_EQ(TimeToWords(14, 5, 9), "mười bốn giờ năm phút chín giây");
  EXPECT_EQ(TimeToWords(24, 0), "hai mươi tư giờ");
  EXPECT_EQ(TimeToWords(24, 30), std::nullopt);
  EXPECT_EQ(TimeToWords(25, 0), std::nullopt);
  EXPECT_EQ(TimeToWords(10, 60), std::nullopt);
}

}  // namespace
}  // namespace toasoan

#include "text/fold.h"

#include <gtest/gtest.h>

#include "text/nfc.h"

namespace toasoan {
namespace {

TEST(ToLowerNfcTest, LowersVietnameseIncludingDStroke) {
  EXPECT_EQ(ToLowerNfc("ĐẢNG"), "đảng");
  EXPECT_EQ(ToLowerNfc("QUẬN ỦY, HUYỆN ỦY"), "quận ủy, huyện ủy");
  EXPECT_EQ(ToLowerNfc("Ô Môn"), "ô môn");
  EXPECT_EQ(ToLowerNfc("đã đủ"), "đã đủ");
}

TEST(ToLowerNfcTest, DecomposedInputComesOutNfc) {
  // "ĐẢNG" with Ả as A + U+0309.
  EXPECT_EQ(ToLowerNfc("\xC4\x90"
                       "A\xCC\x89"
                       "NG"),
            "đảng");
  // "HUYỆN" with Ệ as E + U+0323 + U+0302 (NFD order).
  EXPECT_EQ(ToLowerNfc("HUYE\xCC\xA3\xCC\x82N"), "huyện");
}

TEST(ToLowerNfcTest, EmptyAndInvalid) {
  EXPECT_EQ(ToLowerNfc(""), "");
  EXPECT_EQ(ToLowerNfc("A\xFF"), "a\xEF\xBF\xBD");
}

TEST(ToLowerNfcTest, OtherScriptsLowerToo) {
  EXPECT_EQ(ToLowerNfc("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(ToLowerNfc("北京"), "北京");
}

TEST(FoldDiacriticsTest, RemovesMarksAndMapsDStroke) {
  EXPECT_EQ(FoldDiacritics("Ô Môn, Thới Lai"), "o mon, thoi lai");
  EXPECT_EQ(FoldDiacritics("Đảng"), "dang");
  EXPECT_EQ(FoldDiacritics("ĐẢNG"), "dang");
  EXPECT_EQ(FoldDiacritics("đường"), "duong");
  EXPECT_EQ(FoldDiacritics("Nguyễn Vũ Phương"), "nguyen vu phuong");
  EXPECT_EQ(FoldDiacritics("Kỷ niệm chương “Vì sự nghiệp”"), "ky niem chuong “vi su nghiep”");
}

TEST(FoldDiacriticsTest, NfdAndLegacyCombiningInputFoldTheSame) {
  const std::string nfc = "Cập nhật lúc 02:34 ngày 16/10/2020";
  EXPECT_EQ(FoldDiacritics(ToNfd(nfc)), FoldDiacritics(nfc));
  EXPECT_EQ(FoldDiacritics(nfc), "cap nhat luc 02:34 ngay 16/10/2020");
  // Legacy "tổ hợp": precomposed vowel quality + separate tone (ô + U+0309).
  EXPECT_EQ(FoldDiacritics("t\xC3\xB4\xCC\x89 h\xC6\xA1\xCC\xA3p"), "to hop");
  // Deprecated tone marks U+0340 / U+0341.
  EXPECT_EQ(FoldDiacritics("Thu\xCD\x81y Loan"), "thuy loan");
  // A stray combining mark with no base letter.
  EXPECT_EQ(FoldDiacritics("a \xCC\x81"
                           "b"),
            "a b");
}

TEST(FoldDiacriticsTest, TonePlacementVariantsFoldEqual) {
  EXPECT_EQ(FoldDiacritics("hoà"), FoldDiacritics("hòa"));
  EXPECT_EQ(FoldDiacritics("thuỷ"), FoldDiacritics("thủy"));
  EXPECT_EQ(FoldDiacritics("KHOẺ"), FoldDiacritics("khỏe"));
  EXPECT_EQ(FoldDiacritics("hoà"), "hoa");
}

TEST(FoldDiacriticsTest, OtherLettersWithoutDecomposition) {
  EXPECT_EQ(FoldDiacritics("København"), "kobenhavn");
  EXPECT_EQ(FoldDiacritics("Łódź"), "lodz");
  EXPECT_EQ(FoldDiacritics("Straße"), "strasse");
}

TEST(FoldDiacriticsTest, NonLatinKeptLowerCased) {
  EXPECT_EQ(FoldDiacritics("Hà Nội 北京"), "ha noi 北京");
  EXPECT_EQ(FoldDiacritics("ΑΘΗΝΑ"), "αθηνα");
  // Devanagari vowel signs are marks of their own script, not diacritics to drop.
  EXPECT_EQ(FoldDiacritics("हिंदी"), "हिंदी");
}

TEST(FoldDiacriticsTest, EmptyAndInvalid) {
  EXPECT_EQ(FoldDiacritics(""), "");
  EXPECT_EQ(FoldDiacritics("É\xFF"), "e\xEF\xBF\xBD");
}

TEST(NormalizeTonePlacementTest, MovesToneToFirstVowelOfOpenSyllables) {
  EXPECT_EQ(NormalizeTonePlacement("hoà"), "hòa");
  EXPECT_EQ(NormalizeTonePlacement("hoạ sĩ"), "họa sĩ");
  EXPECT_EQ(NormalizeTonePlacement("thuỷ"), "thủy");
  EXPECT_EQ(NormalizeTonePlacement("uỷ ban"), "ủy ban");
  EXPECT_EQ(NormalizeTonePlacement("khoẻ"), "khỏe");
  EXPECT_EQ(NormalizeTonePlacement("Quận uỷ"), "Quận ủy");
}

TEST(NormalizeTonePlacementTest, BothSpellingsBecomeOne) {
  EXPECT_EQ(NormalizeTonePlacement("hoà bình"), NormalizeTonePlacement("hòa bình"));
  EXPECT_EQ(NormalizeTonePlacement("Thuý Loan"), NormalizeTonePlacement("Thúy Loan"));
  EXPECT_EQ(NormalizeTonePlacement(ToNfd("thuỷ")), "thủy");
}

TEST(NormalizeTonePlacementTest, KeepsCaseAndUnambiguousSyllables) {
  EXPECT_EQ(NormalizeTonePlacement("HOÀ"), "HÒA");
  EXPECT_EQ(NormalizeTonePlacement("Hoà"), "Hòa");
  EXPECT_EQ(NormalizeTonePlacement("hoàng"), "hoàng");  // final consonant
  EXPECT_EQ(NormalizeTonePlacement("quý"), "quý");      // "qu" initial
  EXPECT_EQ(NormalizeTonePlacement("quả"), "quả");
  EXPECT_EQ(NormalizeTonePlacement("khuỷu"), "khuỷu");  // three vowels
  EXPECT_EQ(NormalizeTonePlacement("thuyền"), "thuyền");
  EXPECT_EQ(NormalizeTonePlacement("hoa"), "hoa");
  EXPECT_EQ(NormalizeTonePlacement("Ô Môn, 90 năm!"), "Ô Môn, 90 năm!");
  EXPECT_EQ(NormalizeTonePlacement(""), "");
}

}  // namespace
}  // namespace toasoan

#include "text/nfc.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan {
namespace {

// "Đảng" precomposed (NFC) and decomposed (NFD: ả is a + U+0309 hook above; Đ has no
// decomposition).
constexpr std::string_view kDangNfc = "\xC4\x90\xE1\xBA\xA3ng";  // Đ ả n g
constexpr std::string_view kDangNfd =
    "\xC4\x90"
    "a\xCC\x89"
    "ng";  // Đ a U+0309 n g
// "Ô Môn" in NFD: O + U+0302, o + U+0302.
constexpr std::string_view kOMonNfd = "O\xCC\x82 Mo\xCC\x82n";

TEST(NfcTest, ComposesDecomposedVietnamese) {
  EXPECT_EQ(ToNfc(kDangNfd), kDangNfc);
  EXPECT_EQ(ToNfc(kOMonNfd), "Ô Môn");
  // Two marks on one letter (ệ = e + circumflex + dot below), given in non-canonical order.
  EXPECT_EQ(ToNfc("e\xCC\x82\xCC\xA3"), "ệ");
  EXPECT_EQ(ToNfc("e\xCC\xA3\xCC\x82"), "ệ");
}

TEST(NfcTest, DecomposesPrecomposedVietnamese) {
  EXPECT_EQ(ToNfd(kDangNfc), kDangNfd);
  EXPECT_EQ(ToNfd("Ô Môn"), kOMonNfd);
  EXPECT_EQ(ToNfc(ToNfd("Thới Lai, Cần Thơ")), "Thới Lai, Cần Thơ");
}

TEST(NfcTest, LegacyToneMarksBecomeCanonical) {
  // U+0341 COMBINING ACUTE TONE MARK, as some Windows-1258 converters wrote it.
  EXPECT_EQ(ToNfc("Thu\xCD\x81y"), "Thúy");
}

TEST(NfcTest, AsciiAndEmptyPassThrough) {
  EXPECT_EQ(ToNfc(""), "");
  EXPECT_EQ(ToNfd(""), "");
  EXPECT_EQ(ToNfc("Hello, 2020!"), "Hello, 2020!");
  EXPECT_TRUE(IsNfc(""));
  EXPECT_TRUE(IsNfc("plain ascii"));
}

TEST(NfcTest, IsNfcTellsTheForms) {
  EXPECT_TRUE(IsNfc(kDangNfc));
  EXPECT_FALSE(IsNfc(kDangNfd));
  EXPECT_FALSE(IsNfc(kOMonNfd));
  EXPECT_FALSE(IsNfc("\xFF"));
}

TEST(NfcTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(ToNfc("a\xFF"
                  "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ToNfd("a\xFF"
                  "b"),
            "a\xEF\xBF\xBD"
            "b");
  // A truncated three-byte sequence is one maximal subpart: one U+FFFD.
  EXPECT_EQ(ToNfc("x\xE1\xBA"), "x\xEF\xBF\xBD");
  // Overlong '/' and a UTF-16 surrogate are ill-formed too.
  EXPECT_TRUE(IsValidUtf8(ToNfc("\xC0\xAF")));
  EXPECT_TRUE(IsValidUtf8(ToNfc("\xED\xA0\x80")));
  // Invalid bytes next to a decomposed letter: the letter still composes.
  EXPECT_EQ(ToNfc("\xFE"
                  "a\xCC\x89"),
            "\xEF\xBF\xBDả");
}

TEST(NfcTest, IsValidUtf8IsStrict) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Đảng"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x93\xB0"));  // U+1F4F0 newspaper
  EXPECT_TRUE(IsValidUtf8(std::string_view("a\0b", 3)));
  EXPECT_FALSE(IsValidUtf8("\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xE1\xBA"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(NfcTest, OutputIsAlwaysNfc) {
  for (std::string_view in : {kDangNfd, kOMonNfd, std::string_view("\xC3\x28"),
                              std::string_view("Ho\xCC\x80"
                                               "a")}) {
    const std::string out = ToNfc(in);
    EXPECT_TRUE(IsValidUtf8(out)) << out;
    EXPECT_TRUE(IsNfc(out)) << out;
    EXPECT_EQ(ToNfc(out), out);
  }
}

}  // namespace
}  // namespace toasoan

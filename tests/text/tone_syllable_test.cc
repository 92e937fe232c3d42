#include "text/tone_syllable.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

// `word` (NFC) as letters of its NFD form; lower-cased by ASCII and đ only, enough here.
std::vector<SyllableLetter> Letters(std::string_view word) {
  const std::string nfd = ToNfd(word);
  std::vector<SyllableLetter> w;
  for (std::size_t pos = 0; pos < nfd.size();) {
    const auto cp = static_cast<char32_t>(DecodeUtf8(nfd, &pos));
    if (cp >= 0x0300 && cp <= 0x036F) {
      w.back().marks.push_back(cp);
      continue;
    }
    char32_t lower = cp;
    if (cp >= U'A' && cp <= U'Z') lower = cp + 0x20;
    if (cp == U'Đ') lower = U'đ';
    w.push_back({cp, lower, {}});
  }
  return w;
}

TEST(ToneSyllableTest, ToneMarksAreTheFiveTones) {
  for (char32_t m : {U'\u0300', U'\u0301', U'\u0303', U'\u0309', U'\u0323'}) {
    EXPECT_TRUE(IsToneMark(m)) << static_cast<uint32_t>(m);
  }
  // Circumflex, breve, horn are letter shapes, not tones.
  for (char32_t m : {U'\u0302', U'\u0306', U'\u031B', U'a'}) {
    EXPECT_FALSE(IsToneMark(m)) << static_cast<uint32_t>(m);
  }
}

TEST(ToneSyllableTest, FindsTheClosingGroupInEitherPlacement) {
  EXPECT_EQ(FindOpenToneGroup(Letters("hoà")), 1u);
  EXPECT_EQ(FindOpenToneGroup(Letters("hòa")), 1u);
  EXPECT_EQ(FindOpenToneGroup(Letters("KHOẺ")), 2u);
  EXPECT_EQ(FindOpenToneGroup(Letters("thuỷ")), 2u);
  EXPECT_EQ(FindOpenToneGroup(Letters("ủy")), 0u);
  EXPECT_EQ(FindOpenToneGroup(Letters("hoa")), 1u);  // marks are not looked at
}

TEST(ToneSyllableTest, NoGroupWhenTheSyllableIsUnambiguous) {
  EXPECT_FALSE(FindOpenToneGroup(Letters("hoàng")));  // final consonant
  EXPECT_FALSE(FindOpenToneGroup(Letters("quý")));    // "qu" initial
  EXPECT_FALSE(FindOpenToneGroup(Letters("khuya")));  // other vowel group
  EXPECT_FALSE(FindOpenToneGroup(Letters("hoà1")));   // not a Vietnamese syllable
  EXPECT_FALSE(FindOpenToneGroup(Letters("")));
}

TEST(ToneSyllableTest, GroupAfterQuOrGiFollowsTheInitialVowel) {
  const auto w = Letters("quoà");
  ASSERT_EQ(FindOpenToneGroup(w), 2u);
  EXPECT_EQ(w[1].lower, U'u');
  EXPECT_EQ(FindOpenToneGroup(Letters("gioà")), 2u);
}

}  // namespace
}  // namespace toasoan

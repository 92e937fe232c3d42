#include "proofread/proofreader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "proofread/legacy_encoding.h"
#include "proofread/tone_style.h"

namespace toasoan {
namespace {

std::vector<ProofWarning> OfRule(const std::vector<ProofWarning>& all, std::string_view rule) {
  std::vector<ProofWarning> out;
  for (const ProofWarning& w : all) {
    if (w.rule == rule) out.push_back(w);
  }
  return out;
}

ProofreadText Body(std::vector<std::string> paragraphs) {
  ProofreadText t;
  t.paragraphs = std::move(paragraphs);
  return t;
}

// The seed article, one paragraph per non-blank line (as `toasoan check` reads it).
ProofreadText Seed() {
  std::ifstream in(std::string(TOASOAN_SOURCE_DIR) + "/demo/000_6755af18a3cea5e6.txt");
  EXPECT_TRUE(in) << "seed file";
  ProofreadText t;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t") != std::string::npos) t.paragraphs.push_back(line);
  }
  return t;
}

const SpellDictionary& Dictionary() {
  static auto dict = SpellDictionary::Open(std::string(SpellDictionary::kDefaultVietnamese));
  EXPECT_TRUE(dict.has_value()) << "hunspell-vi is installed by scripts/bootstrap";
  return **dict;
}

// --- name-spelling -------------------------------------------------------------------

TEST(NameSpellingTest, FlagsTheMinoritySpellingWithTheMajorityAsFix) {
  auto w = OfRule(Proofread(Body({"Quận ủy Ô Môn họp.", "Bí thư Quận ủy Ơ Môn phát biểu.",
                                  "Nhân dân quận Ô Môn."}),
                            {}),
                  proof_rule::kNameSpelling);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].paragraph, 1u);
  EXPECT_EQ(w[0].found, "Ơ Môn");
  EXPECT_EQ(w[0].replacement, "Ô Môn");
  EXPECT_EQ(w[0].offset, std::string("Bí thư Quận ủy ").size());
  EXPECT_EQ(w[0].char_offset, 15u);
  EXPECT_EQ(w[0].utf16_offset, 15u);
  EXPECT_NE(w[0].message.find("Ô Môn"), std::string::npos);
}

TEST(NameSpellingTest, ComparesTheTailOfALongerCapitalisedRun) {
  auto w = OfRule(Proofread(Body({"Thới Lai và Thới Lai.", "Huyện Thoi Lai."}), {}),
                  proof_rule::kNameSpelling);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].found, "Thoi Lai");
  EXPECT_EQ(w[0].replacement, "Thới Lai");
}

TEST(NameSpellingTest, TiesAndDifferentNamesAreNotFlagged) {
  EXPECT_TRUE(OfRule(Proofread(Body({"Ô Môn và Ơ Môn."}), {}), proof_rule::kNameSpelling).empty());
  // Different letters, not only diacritics; single syllables (Thành ủy / Truyền Thanh).
  EXPECT_TRUE(OfRule(Proofread(Body({"Nguyễn Văn A, Nguyễn Văn A và Nguyễn Vân B.",
                                     "Thành ủy, Thành ủy, Truyền Thanh."}),
                               {}),
                     proof_rule::kNameSpelling)
                  .empty());
}

TEST(NameSpellingTest, SeedYieldsOnlyTheOMonWarning) {
  auto w = OfRule(Proofread(Seed(), {}), proof_rule::kNameSpelling);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].found, "Ơ Môn");
  EXPECT_EQ(w[0].replacement, "Ô Môn");
  EXPECT_NE(Seed().paragraphs[w[0].paragraph].find("Bí thư Quận ủy Ơ Môn"), std::string::npos);
}

// --- repeated-text -------------------------------------------------------------------

TEST(RepeatedTextTest, FlagsRepeatsAfterWhitespaceAndNfc) {
  ProofreadText t;
  t.title = "Ô Môn họp mặt";
  t.lead = "Ô Môn  họp mặt ";  // the title again, other spaces
  t.paragraphs = {"Đoạn một.", "Đoạn hai.", "\xC4\x90oa\xCC\xA3n một."};  // NFD "Đoạn"
  auto w = OfRule(Proofread(t, {}), proof_rule::kRepeatedText);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].field, ProofField::kLead);
  EXPECT_NE(w[0].message.find("tiêu đề"), std::string::npos);
  EXPECT_EQ(w[0].replacement, "");
  EXPECT_EQ(w[1].field, ProofField::kBody);
  EXPECT_EQ(w[1].paragraph, 2u);
}

TEST(RepeatedTextTest, DistinctParagraphsPass) {
  EXPECT_TRUE(
      OfRule(Proofread(Body({"Một.", "Hai.", "Một hai."}), {}), proof_rule::kRepeatedText).empty());
}

TEST(RepeatedTextTest, SeedRepeatsTitleAndLead) {
  ProofreadText seed = Seed();
  auto w = OfRule(Proofread(seed, {}), proof_rule::kRepeatedText);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(w[0].found.starts_with("Ô Môn, Thới Lai: Họp mặt")) << w[0].found;
  EXPECT_EQ(w[0].paragraph, 2u);  // section line, title, title again
  EXPECT_TRUE(w[1].found.starts_with("Ngày 15/10, Quận ủy Ô Môn")) << w[1].found;
}

// --- decomposed and legacy-encoding -------------------------------------------------

TEST(DecomposedTest, FlagsWordsWithCombiningMarksAndMapsPositions) {
  // "Tiếng Việt" with ế = e + U+0302 + U+0301 and ệ = e + U+0323 + U+0302, after "Ô ".
  const std::string text = "Ô Tie\xCC\x82\xCC\x81ng Vie\xCC\xA3\xCC\x82t nhé.";
  auto all = Proofread(Body({text}), {});
  auto w = OfRule(all, proof_rule::kDecomposed);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].offset, std::string("Ô ").size());
  EXPECT_EQ(w[0].found, "Tie\xCC\x82\xCC\x81ng");
  EXPECT_EQ(w[0].replacement, "Tiếng");
  EXPECT_EQ(w[1].replacement, "Việt");
  EXPECT_EQ(w[1].utf16_offset, 2u + 7u + 1u);  // "Ô " + 7 code units + space
  EXPECT_TRUE(OfRule(all, proof_rule::kSpelling).empty());
}

TEST(DecomposedTest, PrecomposedTextPasses) {
  EXPECT_TRUE(OfRule(Proofread(Body({"Tiếng Việt"}), {}), proof_rule::kDecomposed).empty());
}

TEST(LegacyEncodingTest, DecodesTcvn3AndVni) {
  EXPECT_EQ(DecodeTcvn3Mojibake("Th¸i B×nh vµ Hµ Néi, ViÖt Nam, Ph¹m"),
            "Thái Bình và Hà Nội, Việt Nam, Phạm");
  EXPECT_EQ(DecodeTcvn3Mojibake("§¶NG"), "ĐẢNG");
  EXPECT_EQ(DecodeVniMojibake("Vieät Nam, Haø Noäi, Ñaïi hoïc, Tröôøng, thò xaõ, Ñaék Laék"),
            "Việt Nam, Hà Nội, Đại học, Trường, thị xã, Đắk Lắk");
}

TEST(LegacyEncodingTest, FlagsMojibakeParagraphWithDecodedFix) {
  auto w = OfRule(
      Proofread(Body({"B¸o c¸o cña UBND tØnh Th¸i B×nh.", "Tröôøng Ñaïi hoïc Caàn Thô."}), {}),
      proof_rule::kLegacyEncoding);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].replacement, "Báo cáo của UBND tỉnh Thái Bình.");
  EXPECT_NE(w[0].message.find("TCVN3"), std::string::npos);
  EXPECT_EQ(w[1].replacement, "Trường Đại học Cần Thơ.");
  EXPECT_NE(w[1].message.find("VNI"), std::string::npos);
}

TEST(LegacyEncodingTest, RealVietnameseAndLatin1WordsPass) {
  EXPECT_FALSE(GuessLegacyMojibake("Hoà bình, thuý, Tiếng Việt đẹp."));
  EXPECT_FALSE(GuessLegacyMojibake("Café « olé » à Paris, 3 × 4 = 12, © 2020."));
  EXPECT_FALSE(GuessLegacyMojibake("Müller và Søren đến Hà Nội."));  // has "đ", "ộ"
  auto seed = Proofread(Seed(), {});
  EXPECT_TRUE(OfRule(seed, proof_rule::kLegacyEncoding).empty());
  EXPECT_TRUE(OfRule(seed, proof_rule::kDecomposed).empty());
}

// --- tone-placement ------------------------------------------------------------------

TEST(TonePlacementTest, FindsStyleAndOtherSpelling) {
  EXPECT_EQ(FindTonePlacement("hoà")->style, ToneStyle::kNew);
  EXPECT_EQ(FindTonePlacement("hoà")->other, "hòa");
  EXPECT_EQ(FindTonePlacement("Thúy")->style, ToneStyle::kOld);
  EXPECT_EQ(FindTonePlacement("Thúy")->other, "Thuý");
  EXPECT_EQ(FindTonePlacement("ủy")->other, "uỷ");
  EXPECT_EQ(FindTonePlacement("KHOẺ")->other, "KHỎE");
  EXPECT_FALSE(FindTonePlacement("hoàng"));
  EXPECT_FALSE(FindTonePlacement("quý"));
  EXPECT_FALSE(FindTonePlacement("hoa"));
  EXPECT_FALSE(FindTonePlacement("khuya"));
}

TEST(TonePlacementTest, FlagsOnlyWhenMixedAndUsesTheSiteStyle) {
  const ProofreadText mixed = Body({"Hoà giải và hòa thuận.", "Chị Thuý ở Quận ủy."});
  auto old_style = OfRule(Proofread(mixed, {}), proof_rule::kTonePlacement);
  ASSERT_EQ(old_style.size(), 2u);
  EXPECT_EQ(old_style[0].found, "Hoà");
  EXPECT_EQ(old_style[0].replacement, "Hòa");
  EXPECT_EQ(old_style[1].found, "Thuý");
  EXPECT_EQ(old_style[1].replacement, "Thúy");
  ProofreadOptions new_options;
  new_options.tone_style = ToneStyle::kNew;
  auto new_style = OfRule(Proofread(mixed, new_options), proof_rule::kTonePlacement);
  ASSERT_EQ(new_style.size(), 2u);
  EXPECT_EQ(new_style[0].replacement, "hoà");
  EXPECT_EQ(new_style[1].replacement, "uỷ");
  // One style throughout: nothing, whichever the site prefers.
  EXPECT_TRUE(
      OfRule(Proofread(Body({"Hoà giải, thuý, uỷ ban."}), {}), proof_rule::kTonePlacement).empty());
  EXPECT_TRUE(OfRule(Proofread(Seed(), {}), proof_rule::kTonePlacement).empty());
}

// --- spelling ------------------------------------------------------------------------

TEST(SpellingTest, FlagsUnknownWordsWithSuggestion) {
  ProofreadOptions options;
  options.dictionary = &Dictionary();
  auto w = OfRule(Proofread(Body({"Chúng tôi đi hoc ở truờng."}), options), proof_rule::kSpelling);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].found, "hoc");
  EXPECT_TRUE(w[0].replacement.has_value());
  EXPECT_EQ(w[1].found, "truờng");
}

TEST(SpellingTest, NamesNumbersAbbreviationsAndBothTonePlacementsPass) {
  ProofreadOptions options;
  options.dictionary = &Dictionary();
  auto w = OfRule(Proofread(Body({"Ông Zalo Google gặp bà Xyzt ở UBND 02 lần, F0 khỏe.",
                                  "Xyzt nói: hoà bình và hòa bình, Quận ủy, thuý."}),
                            options),
                  proof_rule::kSpelling);
  EXPECT_TRUE(w.empty()) << w.front().found;
  // At a sentence start and nowhere else capitalised, an unknown word is flagged.
  auto start = OfRule(Proofread(Body({"Hoc sinh đi học."}), options), proof_rule::kSpelling);
  ASSERT_EQ(start.size(), 1u);
  EXPECT_EQ(start[0].found, "Hoc");
}

TEST(SpellingTest, SeedHasNoSpellingWarnings) {
  ProofreadOptions options;
  options.dictionary = &Dictionary();
  auto w = OfRule(Proofread(Seed(), options), proof_rule::kSpelling);
  EXPECT_TRUE(w.empty()) << w.size() << " warnings, first: " << w.front().found;
}

// --- double-space and unbalanced -----------------------------------------------------

TEST(PunctuationTest, DoubleSpaces) {
  auto w =
      OfRule(Proofread(Body({"Một  hai ba.", "  Thụt đầu dòng. "}), {}), proof_rule::kDoubleSpace);
  ASSERT_EQ(w.size(), 1u);  // leading and trailing space is not "between words"
  EXPECT_EQ(w[0].offset, std::string("Một").size());
  EXPECT_EQ(w[0].length, 2u);
  EXPECT_EQ(w[0].replacement, " ");
}

TEST(PunctuationTest, UnbalancedQuotesAndBrackets) {
  auto w = OfRule(Proofread(Body({"Câu (chưa đóng.", "Trích “lời nói.", "Thừa ) và ].",
                                  "Dấu \"lẻ\" và \"", "Đúng (“ổn” [vâng]) và «chào»."}),
                            {}),
                  proof_rule::kUnbalanced);
  ASSERT_EQ(w.size(), 5u);
  EXPECT_EQ(w[0].found, "(");
  EXPECT_EQ(w[1].found, "“");
  EXPECT_EQ(w[2].found, ")");
  EXPECT_EQ(w[3].found, "]");
  EXPECT_EQ(w[4].found, "\"");
  EXPECT_EQ(w[4].paragraph, 3u);
  EXPECT_FALSE(w[0].replacement.has_value());
}

// --- dismissals, order, positions ----------------------------------------------------

TEST(ProofreaderTest, DismissedKeysAreLeftOut) {
  const ProofreadText seed = Seed();
  auto all = Proofread(seed, {});
  auto name = OfRule(all, proof_rule::kNameSpelling);
  ASSERT_EQ(name.size(), 1u);
  EXPECT_EQ(name[0].Key(), "name-spelling|body|" + std::to_string(name[0].paragraph) + "|Ơ Môn");
  ProofreadOptions options;
  options.dismissed.insert(name[0].Key());
  auto after = Proofread(seed, options);
  EXPECT_EQ(after.size(), all.size() - 1);
  EXPECT_TRUE(OfRule(after, proof_rule::kNameSpelling).empty());
}

TEST(ProofreaderTest, OrderedByFieldParagraphAndOffsetWithUtf16Positions) {
  ProofreadText t;
  t.title = "Tựa  đề 😀  x";
  t.paragraphs = {"Một  hai"};
  auto w = Proofread(t, {});
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].field, ProofField::kTitle);
  EXPECT_EQ(w[1].field, ProofField::kTitle);
  EXPECT_EQ(w[1].char_offset, 9u);
  EXPECT_EQ(w[1].utf16_offset, 10u);  // the emoji is two UTF-16 units
  EXPECT_EQ(w[2].field, ProofField::kBody);
}

}  // namespace
}  // namespace toasoan

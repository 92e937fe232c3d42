#include "text/search_keys.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/nfc.h"

namespace toasoan {
namespace {

std::string Exact(std::string_view w) { return WordSearchKeys(w).exact; }
std::string Loose(std::string_view w) { return WordSearchKeys(w).loose; }

std::vector<std::string> Words(std::string_view text) {
  SegmentedText s = SegmentForSearch(text);
  std::vector<std::string> out;
  for (const SearchWord& w : s.words) out.push_back(s.text.substr(w.begin, w.end - w.begin));
  return out;
}

std::vector<std::string> LooseKeys(std::string_view text) {
  std::vector<std::string> out;
  for (const SearchWord& w : SegmentForSearch(text).words) out.push_back(w.keys.loose);
  return out;
}

TEST(WordSearchKeysTest, LooseKeyDropsEveryMarkAndDStroke) {
  EXPECT_EQ(Loose("Đảng"), "dang");
  EXPECT_EQ(Loose("ĐẢNG"), "dang");
  EXPECT_EQ(Loose("Ơ"), "o");
  EXPECT_EQ(Loose("ở"), "o");
  EXPECT_EQ(Loose("người"), "nguoi");
  EXPECT_EQ(Loose("Thới"), "thoi");
  EXPECT_EQ(Loose("ủy"), "uy");
  EXPECT_EQ(Loose("dan"), "dan");
}

TEST(WordSearchKeysTest, ExactKeyIsLowerCaseWithMarks) {
  EXPECT_EQ(Exact("Đảng"), "đảng");
  EXPECT_EQ(Exact("MÔN"), "môn");
  EXPECT_EQ(Exact("Ơ"), "ơ");
  EXPECT_EQ(Exact("ô"), "ô");
  EXPECT_NE(Exact("bán"), Exact("bạn"));
  EXPECT_NE(Exact("bán"), Exact("ban"));
  EXPECT_NE(Exact("Ơ"), Exact("Ô"));
  EXPECT_EQ(Loose("bán"), Loose("bạn"));
}

TEST(WordSearchKeysTest, OldAndNewTonePlacementShareTheExactKey) {
  EXPECT_EQ(Exact("hoà"), Exact("hòa"));
  EXPECT_EQ(Exact("hoà"), "hòa");
  EXPECT_EQ(Exact("thuý"), Exact("thúy"));
  EXPECT_EQ(Exact("uỷ"), Exact("ủy"));
  EXPECT_EQ(Exact("Uỷ"), "ủy");
  EXPECT_EQ(Exact("khoẻ"), Exact("khỏe"));
  EXPECT_EQ(Exact("Thuỷ"), "thủy");
  // Closed syllables and other vowel groups have one placement.
  EXPECT_EQ(Exact("hoàng"), "hoàng");
  EXPECT_EQ(Exact("huỳnh"), "huỳnh");
  EXPECT_EQ(Exact("người"), "người");
  EXPECT_EQ(Exact("ngoài"), "ngoài");
  EXPECT_EQ(Exact("khuỷu"), "khuỷu");
  EXPECT_EQ(Exact("quyết"), "quyết");
  EXPECT_EQ(Exact("mùa"), "mùa");
}

TEST(WordSearchKeysTest, QuAndGiAreConsonants) {
  EXPECT_EQ(Exact("quý"), Exact("qúy"));
  EXPECT_EQ(Exact("quỳ"), Exact("qùy"));
  EXPECT_NE(Exact("quý"), Exact("qùy"));
  EXPECT_EQ(Exact("qủa"), "quả");
  EXPECT_EQ(Exact("gía"), "giá");
  EXPECT_EQ(Exact("gìn"), "gìn");  // g + ì: "gi" is a consonant only before a vowel
  EXPECT_EQ(Exact("giữ"), "giữ");
}

TEST(WordSearchKeysTest, IAndYAfterAConsonantAreOneSpelling) {
  EXPECT_EQ(Exact("kỷ"), Exact("kỉ"));
  EXPECT_EQ(Exact("lý"), Exact("lí"));
  EXPECT_EQ(Exact("Mỹ"), Exact("mĩ"));
  EXPECT_EQ(Exact("quy"), Exact("qui"));
  EXPECT_EQ(Loose("kỷ"), Loose("ki"));
  EXPECT_EQ(Loose("Lý"), Loose("ly"));
  EXPECT_EQ(Exact("ky"), Loose("ky"));  // no marks: one key
  // Not after a consonant, and not inside a vowel group.
  EXPECT_NE(Exact("ý"), Exact("í"));
  EXPECT_NE(Exact("thúy"), Exact("thúi"));
  EXPECT_NE(Exact("kỷ"), Exact("kỳ"));
}

TEST(WordSearchKeysTest, NfdAndLegacyCombiningSequencesGiveTheSameKeys) {
  for (std::string_view w : {"Ô", "Môn", "Đảng", "huyện", "thuỷ", "Nguyễn", "khéo"}) {
    EXPECT_EQ(Exact(ToNfd(w)), Exact(w)) << w;
    EXPECT_EQ(Loose(ToNfd(w)), Loose(w)) << w;
  }
  // "tổ hợp": ô followed by a separate hook above (U+0309), and the tone typed before
  // the circumflex (o + U+0301 + U+0302), which NFC cannot compose.
  EXPECT_EQ(Exact("t\xC3\xB4\xCC\x89"), "tổ");
  EXPECT_EQ(Exact("kho\xCC\x81\xCC\x82"), Exact("khố"));
  EXPECT_EQ(Exact("kho\xCC\x81\xCC\x82"), "khố");
}

TEST(WordSearchKeysTest, NonSyllablesKeepTheirLetters) {
  EXPECT_EQ(Exact("2020"), "2020");
  EXPECT_EQ(Loose("2020"), "2020");
  EXPECT_EQ(Exact("COVID19"), "covid19");
  EXPECT_EQ(Exact("Ölüdeniz"), "ölüdeniz");
  EXPECT_EQ(Loose("Ölüdeniz"), "oludeniz");
  EXPECT_EQ(Exact("北京"), "北京");
  EXPECT_EQ(Loose("ΑΘΗΝΑ"), "αθηνα");
  // Two tones cannot be one syllable: kept as typed.
  EXPECT_EQ(Exact("cáfé"), "cáfé");
}

TEST(SegmentForSearchTest, SplitsOnWordBoundariesKeepingShortWords) {
  EXPECT_EQ(Words("Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm"),
            (std::vector<std::string>{"Ô", "Môn", "Thới", "Lai", "Họp", "mặt", "kỷ", "niệm", "90",
                                      "năm"}));
  EXPECT_EQ(Words("ở y tế “Dân vận khéo”…"),
            (std::vector<std::string>{"ở", "y", "tế", "Dân", "vận", "khéo"}));
  EXPECT_EQ(Words("(15/10/1930-15/10/2020)"),
            (std::vector<std::string>{"15", "10", "1930", "15", "10", "2020"}));
  EXPECT_TRUE(Words("  ,.;!? — … ").empty());
  EXPECT_TRUE(Words("").empty());
}

TEST(SegmentForSearchTest, OffsetsPointAtTheOriginalSpelling) {
  SegmentedText s = SegmentForSearch("Bí thư Quận ủy Ô Môn");
  ASSERT_EQ(s.words.size(), 6u);
  EXPECT_EQ(s.text.substr(s.words[3].begin, s.words[3].end - s.words[3].begin), "ủy");
  EXPECT_EQ(s.words[3].keys.exact, "ủy");
  EXPECT_EQ(s.words[3].keys.loose, "uy");
}

TEST(SegmentForSearchTest, NfdInputIsNormalisedFirst) {
  const std::string nfc = "Ngày truyền thống công tác Dân vận";
  SegmentedText s = SegmentForSearch(ToNfd(nfc));
  EXPECT_EQ(s.text, nfc);
  EXPECT_EQ(LooseKeys(ToNfd(nfc)),
            (std::vector<std::string>{"ngay", "truyen", "thong", "cong", "tac", "dan", "van"}));
}

TEST(SegmentForSearchTest, InvalidBytesNeverCrashAndAreNotWords) {
  SegmentedText s = SegmentForSearch("a\xFF\xFE b\xC3");
  std::vector<std::string> loose;
  for (const SearchWord& w : s.words) loose.push_back(w.keys.loose);
  EXPECT_EQ(loose, (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(IsValidUtf8(s.text));
}

TEST(DecodeTelexTest, DecodesTheIssueExample) {
  EXPECT_EQ(DecodeTelex("daan vaanj kheos"), "dân vận khéo");
  EXPECT_EQ(DecodeTelex("Daan Vaanj"), "dân vận");
}

TEST(DecodeTelexTest, DecodesEveryModifier) {
  EXPECT_EQ(DecodeTelex("dduowngf"), "đường");
  EXPECT_EQ(DecodeTelex("nguwowif"), "người");
  EXPECT_EQ(DecodeTelex("nguoiwf"), "người");
  EXPECT_EQ(DecodeTelex("hoawcj"), "hoặc");
  EXPECT_EQ(DecodeTelex("khoong"), "không");
  EXPECT_EQ(DecodeTelex("nguyeenx"), "nguyễn");
  EXPECT_EQ(DecodeTelex("quyeets"), "quyết");
  EXPECT_EQ(DecodeTelex("nhwngx"), "những");
  EXPECT_EQ(DecodeTelex("hoaf"), "hòa");
  EXPECT_EQ(DecodeTelex("thuyr"), "thủy");
  EXPECT_EQ(DecodeTelex("kys nieemj"), "ký niệm");  // shown as typed, y kept
}

TEST(DecodeTelexTest, KeepsWordsThatAreNotKeystrokes) {
  EXPECT_EQ(DecodeTelex("\"daan vaanj\" 2020"), "\"dân vận\" 2020");
  EXPECT_EQ(DecodeTelex("o mon"), std::nullopt);      // nothing to decode
  EXPECT_EQ(DecodeTelex("dân vaanj"), std::nullopt);  // not ASCII
  EXPECT_EQ(DecodeTelex("xyzzyf"), std::nullopt);     // not a syllable
  EXPECT_EQ(DecodeTelex("thoi lais"), "thoi lái");
}

TEST(DecodeVniTest, DecodesTheIssueExample) {
  EXPECT_EQ(DecodeVni("da6n va6n5 khe1o"), "dân vận khéo");
  EXPECT_EQ(DecodeVni("d9uo7ng2"), "đường");
  EXPECT_EQ(DecodeVni("ho8c5"), std::nullopt);  // 8 finds no a to put the breve on
  EXPECT_EQ(DecodeVni("hoa8c5"), "hoặc");
  EXPECT_EQ(DecodeVni("2020"), std::nullopt);
  EXPECT_EQ(DecodeVni("daan vaanj kheos"), std::nullopt);
}

}  // namespace
}  // namespace toasoan

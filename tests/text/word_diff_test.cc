#include "text/word_diff.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace toasoan {
namespace {

using Kind = DiffPiece::Kind;

std::string Side(const std::vector<DiffPiece>& pieces, Kind other) {
  std::string s;
  for (const DiffPiece& p : pieces) {
    if (p.kind == Kind::kSame || p.kind == other) s += p.text;
  }
  return s;
}

// Both texts come back from the pieces, no piece is empty, and no two neighbours share
// a kind.
void ExpectWellFormed(const std::vector<DiffPiece>& pieces, const std::string& before,
                      const std::string& after) {
  EXPECT_EQ(Side(pieces, Kind::kRemoved), before);
  EXPECT_EQ(Side(pieces, Kind::kAdded), after);
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    EXPECT_FALSE(pieces[i].text.empty()) << "piece " << i;
    if (i > 0) {
      EXPECT_NE(pieces[i].kind, pieces[i - 1].kind) << "piece " << i;
    }
  }
}

std::string Describe(const std::vector<DiffPiece>& pieces) {
  std::string s;
  for (const DiffPiece& p : pieces) {
    s += p.kind == Kind::kSame ? "=" : p.kind == Kind::kRemoved ? "-" : "+";
    s += "[" + p.text + "]";
  }
  return s;
}

TEST(WordDiffTest, IdenticalTextsAreOneSamePiece) {
  const std::string t = "Quận ủy Ninh Kiều họp mặt kỷ niệm.";
  const auto pieces = DiffWords(t, t);
  EXPECT_EQ(Describe(pieces), "=[" + t + "]");
}

TEST(WordDiffTest, EmptySides) {
  EXPECT_TRUE(DiffWords("", "").empty());
  EXPECT_EQ(Describe(DiffWords("", "Cần Thơ")), "+[Cần Thơ]");
  EXPECT_EQ(Describe(DiffWords("Cần Thơ", "")), "-[Cần Thơ]");
}

TEST(WordDiffTest, InsertedWord) {
  const auto pieces = DiffWords("Hội nghị Thành ủy", "Hội nghị Ban Chấp hành Thành ủy");
  EXPECT_EQ(Describe(pieces), "=[Hội nghị ]+[Ban Chấp hành ]=[Thành ủy]");
}

TEST(WordDiffTest, DeletedWord) {
  const auto pieces = DiffWords("Đại hội đại biểu lần thứ XV", "Đại hội lần thứ XV");
  EXPECT_EQ(Describe(pieces), "=[Đại hội ]-[đại biểu ]=[lần thứ XV]");
}

TEST(WordDiffTest, ReplacedWordsComeRemovedThenAdded) {
  const auto pieces = DiffWords("Ngày hội đoàn kết toàn dân", "Ngày hội văn hóa toàn dân");
  EXPECT_EQ(Describe(pieces), "=[Ngày hội ]-[đoàn kết ]+[văn hóa ]=[toàn dân]");
}

TEST(WordDiffTest, DiacriticsMakeADifferentWord) {
  const auto pieces = DiffWords("Ô Môn mùa nước nổi", "Ô Môn mùa nuoc nổi");
  EXPECT_EQ(Describe(pieces), "=[Ô Môn mùa ]-[nước ]+[nuoc ]=[nổi]");
}

TEST(WordDiffTest, PunctuationStaysWithItsWord) {
  const auto pieces = DiffWords("Phường An Hòa, quận Ninh Kiều", "Phường An Hòa quận Ninh Kiều");
  EXPECT_EQ(Describe(pieces), "=[Phường An ]-[Hòa, ]+[Hòa ]=[quận Ninh Kiều]");
}

TEST(WordDiffTest, WhiteSpaceIsKeptExactly) {
  const std::string before = "  Một\thai  ba\nbốn ";
  const std::string after = "Một hai  ba\n\nbốn năm";
  const auto pieces = DiffWords(before, after);
  ExpectWellFormed(pieces, before, after);
  // The words themselves are all shared.
  std::string same;
  for (const DiffPiece& p : pieces) {
    if (p.kind == Kind::kSame) same += p.text;
  }
  for (const char* w : {"Một", "hai", "ba", "bốn"}) {
    EXPECT_NE(same.find(w), std::string::npos) << w << " in " << Describe(pieces);
  }
}

TEST(WordDiffTest, UnicodeSpacesSeparateWords) {
  // NBSP (U+00A0) and the ideographic space split words like an ASCII space.
  const std::string before = "Cần\u00a0Thơ\u3000đẹp";
  const std::string after = "Cần\u00a0Thơ\u3000xanh";
  const auto pieces = DiffWords(before, after);
  EXPECT_EQ(Describe(pieces), "=[Cần\u00a0Thơ\u3000]-[đẹp]+[xanh]");
}

TEST(WordDiffTest, InvalidUtf8SurvivesTheRoundTrip) {
  const std::string before = "ab\xff cd \xe1\xba";
  const std::string after = "ab\xff xy \xe1\xba";
  const auto pieces = DiffWords(before, after);
  ExpectWellFormed(pieces, before, after);
}

TEST(WordDiffTest, RandomEditsReconstructBothSides) {
  std::mt19937 rng(7);
  const std::vector<std::string> vocab = {"bài",  "viết", "phóng", "viên", "biên", "tập",
                                          "đăng", "gỡ",   "  ",    "\n",   "Đảng", "ủy"};
  for (int round = 0; round < 200; ++round) {
    auto make = [&](int n) {
      std::string s;
      for (int i = 0; i < n; ++i) {
        s += vocab[rng() % vocab.size()];
        if (rng() % 3) s += ' ';
      }
      return s;
    };
    const std::string before = make(static_cast<int>(rng() % 30));
    const std::string after = make(static_cast<int>(rng() % 30));
    ExpectWellFormed(DiffWords(before, after), before, after);
  }
}

std::string LongBody(int words, unsigned seed) {
  std::mt19937 rng(seed);
  std::string s;
  for (int i = 0; i < words; ++i) {
    s += "từ" + std::to_string(rng() % 100000);
    s += (i % 40 == 39) ? "\n" : " ";
  }
  return s;
}

TEST(WordDiffTest, FiveThousandWordBodyWithFewEditsIsFast) {
  const std::string before = LongBody(5000, 1);
  std::string after = before;
  after.insert(after.size() / 2, "chèn thêm vài chữ ");
  after.replace(10, 5, "ĐỔI");
  const auto start = std::chrono::steady_clock::now();
  const auto pieces = DiffWords(before, after);
  const auto took = std::chrono::steady_clock::now() - start;
  ExpectWellFormed(pieces, before, after);
  EXPECT_LT(pieces.size(), 12u) << "a few edits give a few pieces";
  EXPECT_LT(took, std::chrono::seconds(2));
}

TEST(WordDiffTest, TwoUnrelatedLongBodiesFallBackToCoarsePiecesQuickly) {
  const std::string before = LongBody(5000, 1);
  const std::string after = LongBody(5000, 2);
  const auto start = std::chrono::steady_clock::now();
  const auto pieces = DiffWords(before, after);
  const auto took = std::chrono::steady_clock::now() - start;
  ExpectWellFormed(pieces, before, after);
  EXPECT_LT(took, std::chrono::seconds(5));
}

TEST(WordDiffTest, ManyEditsSpreadOverLinesKeepWordLevelWithinChangedLines) {
  // More differing words than the word-level bound, but each line changes a little:
  // unchanged lines stay the same and changed ones are still compared word by word.
  std::string before, after;
  for (int line = 0; line < 600; ++line) {
    std::string common = "dòng " + std::to_string(line) + " có nội dung";
    before += common + " cũ một hai\n";
    after += common + (line % 2 ? " mới ba bốn\n" : " cũ một hai\n");
  }
  const auto pieces = DiffWords(before, after);
  ExpectWellFormed(pieces, before, after);
  bool removed_small = false;
  for (const DiffPiece& p : pieces) {
    if (p.kind == Kind::kRemoved && p.text.find("dòng") == std::string::npos) removed_small = true;
  }
  EXPECT_TRUE(removed_small) << "changed lines compared word by word";
}

}  // namespace
}  // namespace toasoan

#include <string>
#include <vector>

#include "proofread/rules.h"
#include "text/utf8.h"

namespace toasoan::proofread_internal {
namespace {

bool IsSpace(char32_t cp) { return cp == U' ' || cp == 0x00A0 || cp == U'\t'; }

char32_t ClosingOf(char32_t open) {
  switch (open) {
    case U'(':
      return U')';
    case U'[':
      return U']';
    case U'{':
      return U'}';
    case U'“':
      return U'”';
    case U'«':
      return U'»';
    default:
      return 0;
  }
}

bool IsClosing(char32_t cp) {
  return cp == U')' || cp == U']' || cp == U'}' || cp == U'”' || cp == U'»';
}

std::string Utf8(char32_t cp) {
  std::string s;
  AppendUtf8(cp, &s);
  return s;
}

}  // namespace

void CheckPunctuation(const std::vector<Part>& parts, std::vector<ProofWarning>* out) {
  for (const Part& part : parts) {
    const std::string& s = part.text.nfc();
    struct Mark {
      char32_t cp;
      std::size_t begin, end;
    };
    std::vector<Mark> open;
    std::vector<Mark> straight;  // straight double quotes
    auto unmatched_open = [&](const Mark& m) {
      out->push_back(WarningAt(part, proof_rule::kUnbalanced, m.begin, m.end, std::nullopt,
                               "Dấu " + Quoted(Utf8(m.cp)) + " mở mà không có dấu " +
                                   Quoted(Utf8(ClosingOf(m.cp))) + " đóng trong đoạn."));
    };
    bool seen_text = false;
    std::size_t space_begin = 0, spaces = 0;
    for (std::size_t pos = 0; pos < s.size();) {
      const std::size_t at = pos;
      const int32_t raw = DecodeUtf8(s, &pos);
      const char32_t cp = raw < 0 ? 0xFFFD : static_cast<char32_t>(raw);
      if (IsSpace(cp)) {
        if (spaces++ == 0) space_begin = at;
        continue;
      }
      if (spaces >= 2 && seen_text) {
        out->push_back(
            WarningAt(part, proof_rule::kDoubleSpace, space_begin, at, " ",
                      "Có " + std::to_string(spaces) + " dấu cách liền nhau; nên chỉ để một."));
      }
      spaces = 0;
      seen_text = true;
      if (cp == U'"') {
        straight.push_back({cp, at, pos});
      } else if (ClosingOf(cp) != 0) {
        open.push_back({cp, at, pos});
      } else if (IsClosing(cp)) {
        // Pair with the nearest opener of its kind; openers above it are unmatched.
        std::size_t k = open.size();
        while (k > 0 && ClosingOf(open[k - 1].cp) != cp) --k;
        if (k == 0) {
          out->push_back(WarningAt(
              part, proof_rule::kUnbalanced, at, pos, std::nullopt,
              "Dấu " + Quoted(Utf8(cp)) + " đóng mà không có dấu mở tương ứng trong đoạn."));
          continue;
        }
        for (std::size_t m = k; m < open.size(); ++m) unmatched_open(open[m]);
        open.resize(k - 1);
      }
    }
    for (const Mark& m : open) unmatched_open(m);
    if (straight.size() % 2 == 1) {
      const Mark& m = straight.back();
      out->push_back(WarningAt(part, proof_rule::kUnbalanced, m.begin, m.end, std::nullopt,
                               "Số dấu ngoặc kép \" trong đoạn là số lẻ: thiếu một dấu."));
    }
  }
}

}  // namespace toasoan::proofread_internal

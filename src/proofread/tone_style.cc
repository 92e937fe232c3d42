#include "proofread/tone_style.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

bool IsToneMark(char32_t cp) {
  return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
}

bool IsVowel(char32_t lower) {
  return lower == U'a' || lower == U'e' || lower == U'i' || lower == U'o' || lower == U'u' ||
         lower == U'y';
}

struct Letter {
  char32_t base;
  char32_t lower;
  std::vector<char32_t> marks;
};

}  // namespace

std::optional<TonePlacementOf> FindTonePlacement(std::string_view word) {
  const std::string nfd = ToNfd(word);
  std::vector<Letter> w;
  for (std::size_t pos = 0; pos < nfd.size();) {
    const int32_t cp = DecodeUtf8(nfd, &pos);
    if (cp < 0) return std::nullopt;
    const auto c = static_cast<char32_t>(cp);
    if ((U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0) {
      if (w.empty()) return std::nullopt;
      w.back().marks.push_back(c);
      continue;
    }
    const auto lower = static_cast<char32_t>(u_tolower(cp));
    if (!((lower >= U'a' && lower <= U'z') || lower == U'đ')) return std::nullopt;
    w.push_back({c, lower, {}});
  }
  std::size_t i = 0;
  while (i < w.size() && !IsVowel(w[i].lower)) ++i;
  if (i == 1 && w[0].lower == U'q' && w[i].lower == U'u') return std::nullopt;  // "quý"
  if (i == 1 && w[0].lower == U'g' && i + 1 < w.size() && w[i].lower == U'i' &&
      IsVowel(w[i + 1].lower)) {
    return std::nullopt;
  }
  if (i + 2 != w.size()) return std::nullopt;
  Letter& first = w[i];
  Letter& second = w[i + 1];
  const std::pair<char32_t, char32_t> group{first.lower, second.lower};
  if (group != std::pair{U'o', U'a'} && group != std::pair{U'o', U'e'} &&
      group != std::pair{U'u', U'y'}) {
    return std::nullopt;
  }
  ToneStyle style;
  if (first.marks.size() == 1 && IsToneMark(first.marks[0]) && second.marks.empty()) {
    style = ToneStyle::kOld;
    second.marks = std::move(first.marks);
    first.marks.clear();
  } else if (second.marks.size() == 1 && IsToneMark(second.marks[0]) && first.marks.empty()) {
    style = ToneStyle::kNew;
    first.marks = std::move(second.marks);
    second.marks.clear();
  } else {
    return std::nullopt;
  }
  std::string other;
  for (const Letter& l : w) {
    AppendUtf8(l.base, &other);
    for (char32_t m : l.marks) AppendUtf8(m, &other);
  }
  return TonePlacementOf{style, ToNfc(other)};
}

}  // namespace toasoan

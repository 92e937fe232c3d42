#include "proofread/tone_style.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "text/nfc.h"
#include "text/tone_syllable.h"
#include "text/utf8.h"

namespace toasoan {

std::optional<TonePlacementOf> FindTonePlacement(std::string_view word) {
  const std::string nfd = ToNfd(word);
  std::vector<SyllableLetter> w;
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
  const std::optional<std::size_t> i = FindOpenToneGroup(w);
  if (!i) return std::nullopt;
  // A group after a "qu"/"gi" initial (the only way a vowel can precede it) is not offered.
  if (*i > 0 && (w[*i - 1].lower == U'u' || w[*i - 1].lower == U'i')) return std::nullopt;
  SyllableLetter& first = w[*i];
  SyllableLetter& second = w[*i + 1];
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
  for (const SyllableLetter& l : w) {
    AppendUtf8(l.base, &other);
    for (char32_t m : l.marks) AppendUtf8(m, &other);
  }
  return TonePlacementOf{style, ToNfc(other)};
}

}  // namespace toasoan

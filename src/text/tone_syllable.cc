#include "text/tone_syllable.h"

#include <utility>

namespace toasoan {
namespace {

bool IsVowel(char32_t lower) {
  return lower == U'a' || lower == U'e' || lower == U'i' || lower == U'o' || lower == U'u' ||
         lower == U'y';
}

}  // namespace

bool IsToneMark(char32_t cp) {
  return cp == 0x0300 || cp == 0x0301 || cp == 0x0303 || cp == 0x0309 || cp == 0x0323;
}

std::optional<std::size_t> FindOpenToneGroup(const std::vector<SyllableLetter>& w) {
  for (const SyllableLetter& l : w) {
    const bool plain = (l.lower >= U'a' && l.lower <= U'z') || l.lower == U'đ';
    if (!plain) return std::nullopt;  // not a Vietnamese syllable
  }
  std::size_t i = 0;
  while (i < w.size() && !IsVowel(w[i].lower)) ++i;
  // "qu" and "gi" (before another vowel) are initial consonants, not vowels.
  if (i == 1 && w[0].lower == U'q' && i < w.size() && w[i].lower == U'u') ++i;
  if (i == 1 && w[0].lower == U'g' && i + 1 < w.size() && w[i].lower == U'i' &&
      IsVowel(w[i + 1].lower)) {
    ++i;
  }
  if (i + 2 != w.size()) return std::nullopt;  // two vowels must close the syllable
  const std::pair<char32_t, char32_t> group{w[i].lower, w[i + 1].lower};
  if (group != std::pair{U'o', U'a'} && group != std::pair{U'o', U'e'} &&
      group != std::pair{U'u', U'y'}) {
    return std::nullopt;
  }
  return i;
}

}  // namespace toasoan

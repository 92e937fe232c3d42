#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace toasoan {

// The syllable shapes whose tone mark Vietnamese writes in two places: the open
// syllables spelt "oa", "oe" and "uy" ("hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ").
// text/fold.h (NormalizeTonePlacement) and proofread/tone_style.h (FindTonePlacement)
// both read words through these. Pure and thread-safe.

// Vietnamese tone marks (dấu thanh) as combining characters in NFD: grave, acute, tilde,
// hook above, dot below.
bool IsToneMark(char32_t cp);

// One letter of an NFD word: its base, the base lower-cased, and the combining marks
// that follow it.
struct SyllableLetter {
  char32_t base;
  char32_t lower;
  std::vector<char32_t> marks;
};

// The index in `word` of the first vowel of an "oa", "oe" or "uy" group that closes the
// syllable, or nullopt when `word` has no such ending or a letter outside a–z and đ.
// "qu" and "gi" (before another vowel) are initial consonants, so "quý" has no group and
// the group of a "qu"/"gi" word, if any, follows the "u"/"i" (then word[index - 1] is that
// vowel). Marks are not looked at.
std::optional<std::size_t> FindOpenToneGroup(const std::vector<SyllableLetter>& word);

}  // namespace toasoan

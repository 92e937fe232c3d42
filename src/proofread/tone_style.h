#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace toasoan {

// The two ways Vietnamese places the tone mark in the open syllables spelt "oa", "oe"
// and "uy" (no final consonant, no "qu"/"gi" initial):
// - kOld ("kiểu cũ", the traditional placement most newspapers print, and what
//   text/fold.h's NormalizeTonePlacement produces): the tone on the first vowel, "hòa",
//   "khỏe", "thúy", "ủy";
// - kNew ("kiểu mới", the 1980s school rules, and the placement of Debian's hunspell-vi):
//   the tone on the second vowel, "hoà", "khoẻ", "thuý", "uỷ".
enum class ToneStyle { kOld, kNew };

// The placement of `word` (NFC, one word, any case) and the same word in the other
// placement, or nullopt when the word has no such syllable or no tone ("hoa", "hoàng",
// "quý", "khuya"). Pure and thread-safe.
struct TonePlacementOf {
  ToneStyle style;
  std::string other;  // NFC, same case
};
std::optional<TonePlacementOf> FindTonePlacement(std::string_view word);

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

namespace toasoan {

// Case and diacritic folding for Vietnamese text, for matching and sorting keys (never
// for display). Every function accepts any UTF-8 (NFC, NFD, legacy "tổ hợp" sequences of
// base letter + combining tone mark, invalid bytes → U+FFFD) shorter than 2 GiB and
// returns NFC. Pure and thread-safe.

// Full lower case (Unicode root rules, so Đ → đ and ẞ → ß): "ĐẢNG" → "đảng".
std::string ToLowerNfc(std::string_view utf8);

// Lower case with every diacritic removed from Latin letters and đ → d (Unicode does not
// decompose đ; likewise ð → d, ł → l, ø → o, ħ → h, ŧ → t, ı → i, ß → ss, æ → ae,
// œ → oe): "Ô Môn, Thới Lai" → "o mon, thoi lai". Characters outside Latin are kept,
// lower-cased, with their own marks.
std::string FoldDiacritics(std::string_view utf8);

// Moves the tone mark of the open syllables spelt with "oa", "oe" and "uy" onto their
// first vowel — the traditional placement most Vietnamese newspapers print — so both
// spellings of one word compare equal: "hoà" → "hòa", "thuỷ" → "thủy", "KHOẺ" → "KHỎE".
// Case and every other character are kept; syllables with a final consonant ("hoàng"),
// "qu"/"gi" initials ("quý") and other vowel groups are already unambiguous and left
// alone.
std::string NormalizeTonePlacement(std::string_view utf8);

}  // namespace toasoan

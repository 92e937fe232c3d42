#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// The one text pipeline of search: the same functions turn an article into index terms
// and a reader's query into query terms, so the two always agree. Every function accepts
// any UTF-8 (NFC, NFD, legacy "tổ hợp" sequences of letter + combining mark, any case,
// invalid bytes → U+FFFD) and is pure and thread-safe.

// The two keys a word is compared by, both lower case NFC:
// - `loose` has every mark removed and đ → d ("Đảng" → "dang", "Ơ" → "o"): words typed
//   without diacritics match through it;
// - `exact` keeps every letter and mark but not the spelling variants of one syllable:
//   the tone mark sits on the vowel the traditional placement gives it, with "qu" and
//   "gi" read as consonants ("hoà" → "hòa", "thuý" → "thúy", "uỷ" → "ủy", "qúy" → "quý"),
//   and a lone "i"/"y" after a consonant is spelt "i" ("kỷ" → "kỉ", "lý" → "lí").
// The loose key is the exact key without its marks, so the i/y rule holds for both
// ("ky" → "ki"). Words that are not a Vietnamese syllable (numbers, loanwords, other
// scripts) keep their lower-case letters as the exact key. A word was typed with
// diacritics exactly when its two keys differ, and an exact key that differs from its
// loose key is never the loose key of any word.
struct SearchKeys {
  std::string exact;
  std::string loose;
};

// The keys of one word (as SegmentForSearch finds words; other text gives keys too).
SearchKeys WordSearchKeys(std::string_view word);

// A word of a text, located in SegmentedText::text.
struct SearchWord {
  std::size_t begin = 0;  // byte offsets of the word's original spelling
  std::size_t end = 0;
  SearchKeys keys;
};

struct SegmentedText {
  std::string text;               // the input in NFC (the input itself when it was NFC)
  std::vector<SearchWord> words;  // in reading order
};

// Splits `text` into words on Unicode word boundaries (UAX #29, through ICU): each run of
// letters, digits or ideographs between boundaries is a word, however short ("ô", "ở",
// "y", "5"), and none is dropped as a stop word. Spaces, punctuation and symbols are not
// words.
SegmentedText SegmentForSearch(std::string_view text);

// Reads an ASCII query typed with the keystrokes of a Vietnamese input method whose
// conversion was off. Each run of ASCII letters (and, for VNI, digits) whose keystrokes
// make one Vietnamese syllable is replaced by that syllable in lower case; other runs and
// every other character are kept:
// - Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư (uow ươ), w ư, dd đ; s f r x j for the
//   tones sắc, huyền, hỏi, ngã, nặng and z for none: "daan vaanj kheos" → "dân vận khéo";
// - VNI: 6 ^ (a6 â), 7 horn (o7 ơ, u7 ư), 8 breve (a8 ă), 9 đ (d9 đ); 1 2 3 4 5 for the
//   tones in the same order and 0 for none: "da6n va6n5 khe1o" → "dân vận khéo".
// Modifier keys may follow the syllable's final consonant, as the input methods allow.
// nullopt when `text` is not all ASCII or no run changes.
std::optional<std::string> DecodeTelex(std::string_view text);
std::optional<std::string> DecodeVni(std::string_view text);

}  // namespace toasoan

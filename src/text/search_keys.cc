#include "text/search_keys.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <string_view>

#include "base/check.h"
#include "text/fold.h"
#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

// The marks a Vietnamese letter may carry besides its tone; đ's stroke counts as one.
enum Quality : uint8_t { kPlain, kCircumflex, kBreve, kHorn, kStroke, kQualityCount };
// The tones, numbered as Telex (s f r x j) and VNI (1 2 3 4 5) number them.
enum Tone : uint8_t { kLevel, kAcute, kGrave, kHook, kTilde, kDot, kToneCount };

struct Letter {
  char base = 'a';  // lower-case ASCII letter ('d' for đ)
  Quality quality = kPlain;
  Tone tone = kLevel;
};

bool IsVowel(char base) {
  return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

bool QualityFits(char base, Quality q) {
  switch (q) {
    case kPlain:
      return true;
    case kCircumflex:
      return base == 'a' || base == 'e' || base == 'o';
    case kBreve:
      return base == 'a';
    case kHorn:
      return base == 'o' || base == 'u';
    case kStroke:
      return base == 'd';
    default:
      return false;
  }
}

// What a combining mark (NFD) does to the letter before it.
struct MarkEffect {
  Quality quality = kPlain;
  Tone tone = kLevel;
};

std::optional<MarkEffect> EffectOf(char32_t mark) {
  switch (mark) {
    case 0x0302:
      return MarkEffect{kCircumflex, kLevel};
    case 0x0306:
      return MarkEffect{kBreve, kLevel};
    case 0x031B:
      return MarkEffect{kHorn, kLevel};
    case 0x0301:
      return MarkEffect{kPlain, kAcute};
    case 0x0300:
      return MarkEffect{kPlain, kGrave};
    case 0x0309:
      return MarkEffect{kPlain, kHook};
    case 0x0303:
      return MarkEffect{kPlain, kTilde};
    case 0x0323:
      return MarkEffect{kPlain, kDot};
    default:
      return std::nullopt;
  }
}

// Applies `mark` to `l`; false when Vietnamese spelling has no such letter.
bool ApplyMark(char32_t mark, Letter* l) {
  auto effect = EffectOf(mark);
  if (!effect) return false;
  if (effect->quality != kPlain) {
    if (l->quality != kPlain || !QualityFits(l->base, effect->quality)) return false;
    l->quality = effect->quality;
  } else {
    if (l->tone != kLevel || !IsVowel(l->base)) return false;
    l->tone = effect->tone;
  }
  return true;
}

constexpr char32_t kDStrokeLower = 0x0111;
constexpr char32_t kDStrokeUpper = 0x0110;
constexpr char32_t kTableSize = 0x1F00;  // past Latin Extended Additional (Ạ … ỹ)

// Letters as table entries: 0 for "not a Vietnamese letter", else bit 15 set with the
// base (- 'a') in bits 0-4, the quality in bits 5-7 and the tone in bits 8-10.
uint16_t Pack(const Letter& l) {
  return static_cast<uint16_t>(0x8000 | (l.base - 'a') | (l.quality << 5) | (l.tone << 8));
}

Letter Unpack(uint16_t packed) {
  return Letter{static_cast<char>('a' + (packed & 0x1F)), static_cast<Quality>((packed >> 5) & 7),
                static_cast<Tone>((packed >> 8) & 7)};
}

size_t ComposedIndex(const Letter& l) {
  return (static_cast<size_t>(l.base - 'a') * kQualityCount + l.quality) * kToneCount + l.tone;
}

struct LetterTables {
  std::array<uint16_t, kTableSize> letter_of{};                         // code point → letter
  std::array<char32_t, 26 * kQualityCount * kToneCount> composed_of{};  // letter → lower cp
};

LetterTables BuildTables() {
  LetterTables t;
  auto add = [&t](char32_t cp, const Letter& l, bool lower) {
    t.letter_of[cp] = Pack(l);
    if (lower) t.composed_of[ComposedIndex(l)] = cp;
  };
  for (char c = 'a'; c <= 'z'; ++c) {
    add(static_cast<char32_t>(c), Letter{c, kPlain, kLevel}, true);
    add(static_cast<char32_t>(c - 'a' + 'A'), Letter{c, kPlain, kLevel}, false);
  }
  add(kDStrokeLower, Letter{'d', kStroke, kLevel}, true);
  add(kDStrokeUpper, Letter{'d', kStroke, kLevel}, false);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  CHECK(U_SUCCESS(status) && nfd != nullptr);
  // Every precomposed Vietnamese letter lives in these two blocks.
  for (auto [from, to] : {std::pair<char32_t, char32_t>{0x00C0, 0x0250}, {0x1EA0, kTableSize}}) {
    for (char32_t cp = from; cp < to; ++cp) {
      icu::UnicodeString d;
      if (!nfd->getDecomposition(static_cast<UChar32>(cp), d) || d.length() < 2) continue;
      const UChar32 base = d.char32At(0);
      const bool upper = base >= 'A' && base <= 'Z';
      if (!upper && !(base >= 'a' && base <= 'z')) continue;
      Letter l{static_cast<char>(upper ? base - 'A' + 'a' : base), kPlain, kLevel};
      bool fits = true;
      for (int32_t i = d.moveIndex32(0, 1); fits && i < d.length(); i = d.moveIndex32(i, 1)) {
        fits = ApplyMark(static_cast<char32_t>(d.char32At(i)), &l);
      }
      if (fits) add(cp, l, !upper);
    }
  }
  return t;
}

const LetterTables& Tables() {
  static const LetterTables tables = BuildTables();
  return tables;
}

// The letters of one word; longer words are never one syllable and take the slow path.
class LetterBuffer {
 public:
  static constexpr size_t kCapacity = 32;

  bool Push(const Letter& l) {
    if (size_ == kCapacity) return false;
    letters_[size_++] = l;
    return true;
  }
  void Clear() { size_ = 0; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Letter& operator[](size_t i) { return letters_[i]; }
  const Letter& operator[](size_t i) const { return letters_[i]; }
  Letter& back() { return letters_[size_ - 1]; }

 private:
  std::array<Letter, kCapacity> letters_;
  size_t size_ = 0;
};

// Where a syllable's parts are: [0, vowels_begin) initial consonant ("qu" and "gi"
// included), [vowels_begin, vowels_end) the vowels, then the final consonant.
struct SyllableShape {
  size_t vowels_begin = 0;
  size_t vowels_end = 0;
  bool one_syllable = false;  // a single group of vowels
};

SyllableShape ShapeOf(const LetterBuffer& w) {
  SyllableShape s;
  const size_t n = w.size();
  size_t i = 0;
  while (i < n && !IsVowel(w[i].base)) ++i;
  // "qu" and "gi" before another vowel are consonants: "quý", "giữ" (but "gì" is g + ì).
  if (i == 1 && n > 2 && IsVowel(w[2].base) && w[1].quality == kPlain &&
      ((w[0].base == 'q' && w[1].base == 'u') || (w[0].base == 'g' && w[1].base == 'i'))) {
    ++i;
  }
  size_t j = i;
  while (j < n && IsVowel(w[j].base)) ++j;
  s.vowels_begin = i;
  s.vowels_end = j;
  s.one_syllable = i < j;
  for (size_t k = j; k < n; ++k) {
    if (IsVowel(w[k].base)) s.one_syllable = false;
  }
  return s;
}

// Rewrites one syllable's spelling variants to the canonical one: the tone on the vowel
// the traditional placement gives it, and with `merge_iy` "i" for a lone "y" after a
// consonant. Words that are not one syllable with at most one tone are left alone.
void Canonicalize(LetterBuffer& w, bool merge_iy) {
  int tones = 0;
  Tone tone = kLevel;
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k].tone != kLevel) {
      ++tones;
      tone = w[k].tone;
    }
  }
  if (tones > 1) return;
  const SyllableShape s = ShapeOf(w);
  if (!s.one_syllable) return;
  const size_t i = s.vowels_begin;
  const size_t j = s.vowels_end;
  if (merge_iy && j - i == 1 && j == w.size() && i > 0 && w[i].base == 'y') {
    w[i].base = 'i';  // kỷ = kỉ, lý = lí, quy = qui
  }
  if (tone == kLevel) return;
  for (size_t k = 0; k < w.size(); ++k) w[k].tone = kLevel;  // "qúy": the tone may be on qu
  // The vowel with a quality mark carries the tone (of "ươ", the ơ); otherwise the last
  // vowel of a closed syllable ("hoàng"), the middle of three ("ngoài", "khuỷu"), or the
  // first of an open one ("hòa", "thủy", "mùa").
  size_t pos = j;
  for (size_t k = i; k < j; ++k) {
    if (w[k].quality != kPlain) pos = k;
  }
  if (pos == j) {
    if (j < w.size()) {
      pos = j - 1;
    } else if (j - i == 3) {
      pos = i + 1;
    } else {
      pos = i;
    }
  }
  w[pos].tone = tone;
}

std::string Compose(const LetterBuffer& w) {
  const LetterTables& t = Tables();
  std::string out;
  out.reserve(w.size() * 2);
  for (size_t k = 0; k < w.size(); ++k) {
    const char32_t cp = t.composed_of[ComposedIndex(w[k])];
    CHECK(cp != 0);  // every letter ApplyMark admits exists precomposed
    AppendUtf8(cp, &out);
  }
  return out;
}

std::string LooseOf(const LetterBuffer& w) {
  std::string out(w.size(), ' ');
  for (size_t k = 0; k < w.size(); ++k) out[k] = w[k].base;
  return out;
}

SearchKeys LetterKeys(LetterBuffer& w) {
  // The loose key comes from the canonical spelling too, so "ky" and "ki" match loosely
  // as "kỷ" and "kỉ" do exactly, and an exact key never equals another word's loose key.
  Canonicalize(w, /*merge_iy=*/true);
  return SearchKeys{Compose(w), LooseOf(w)};
}

// Letters of an NFD, lower-case word; false when it is not spelt with Vietnamese letters.
bool ParseNfd(std::string_view nfd, LetterBuffer* w) {
  for (size_t pos = 0; pos < nfd.size();) {
    const int32_t cp = DecodeUtf8(nfd, &pos);
    if (cp >= 'a' && cp <= 'z') {
      if (!w->Push(Letter{static_cast<char>(cp), kPlain, kLevel})) return false;
    } else if (cp == static_cast<int32_t>(kDStrokeLower)) {
      if (!w->Push(Letter{'d', kStroke, kLevel})) return false;
    } else if (cp < 0 || w->empty() || !ApplyMark(static_cast<char32_t>(cp), &w->back())) {
      return false;
    }
  }
  return !w->empty();
}

// --- Word boundaries ------------------------------------------------------------------

icu::BreakIterator& WordBreaker() {
  // Creating an iterator loads rules; each thread keeps its own, as they are not
  // thread-safe.
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    CHECK(U_SUCCESS(status) && b != nullptr);
    return b;
  }();
  return *breaker;
}

// --- Input methods --------------------------------------------------------------------

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool HasVowel(const LetterBuffer& w) {
  for (size_t k = 0; k < w.size(); ++k) {
    if (IsVowel(w[k].base)) return true;
  }
  return false;
}

// Telex "w" / VNI 7: the horn on "uo" together, else on the last plain u or o; Telex "w"
// also puts the breve on a.
bool ApplyHorn(LetterBuffer& w, bool breve_too) {
  for (size_t k = w.size(); k-- > 1;) {
    if (w[k - 1].base == 'u' && w[k].base == 'o' && w[k - 1].quality == kPlain &&
        w[k].quality == kPlain) {
      w[k - 1].quality = kHorn;
      w[k].quality = kHorn;
      return true;
    }
  }
  for (size_t k = w.size(); k-- > 0;) {
    if ((w[k].base == 'u' || w[k].base == 'o') && w[k].quality == kPlain) {
      w[k].quality = kHorn;
      return true;
    }
    if (breve_too && w[k].base == 'a' && w[k].quality == kPlain) {
      w[k].quality = kBreve;
      return true;
    }
  }
  return false;
}

// Puts `q` on the last plain vowel whose base is `base` (or any of a, e, o for 0).
bool ApplyQuality(LetterBuffer& w, char base, Quality q) {
  for (size_t k = w.size(); k-- > 0;) {
    const bool fits =
        base == 0 ? QualityFits(w[k].base, q) && IsVowel(w[k].base) : w[k].base == base;
    if (fits && w[k].quality == kPlain) {
      w[k].quality = q;
      return true;
    }
  }
  return false;
}

bool ApplyStroke(LetterBuffer& w) {
  if (w.empty() || w[0].base != 'd' || w[0].quality != kPlain) return false;
  w[0].quality = kStroke;
  return true;
}

std::string Toneless(const LetterBuffer& w, size_t from, size_t to) {
  LetterBuffer part;
  for (size_t k = from; k < to; ++k) part.Push(Letter{w[k].base, w[k].quality, kLevel});
  return Compose(part);
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (s == x) return true;
  }
  return false;
}

// Whether the letters spell a Vietnamese syllable with `tone`: a known initial, vowel
// group and final, and only sắc or nặng before a stop (c, ch, p, t).
bool IsSyllable(const LetterBuffer& w, Tone tone) {
  const SyllableShape s = ShapeOf(w);
  if (!s.one_syllable) return false;
  const std::string initial = Toneless(w, 0, s.vowels_begin);
  const std::string vowels = Toneless(w, s.vowels_begin, s.vowels_end);
  const std::string final = Toneless(w, s.vowels_end, w.size());
  if (!IsOneOf(initial,
               {"",  "b",  "c",   "ch", "d", "đ",  "g",  "gh", "gi", "h", "k",  "kh", "l", "m",
                "n", "ng", "ngh", "nh", "p", "ph", "qu", "r",  "s",  "t", "th", "tr", "v", "x"})) {
    return false;
  }
  if (!IsOneOf(vowels, {"a",   "ă",   "â",   "e",   "ê",   "i",   "o",   "ô",   "ơ",   "u",   "ư",
                        "y",   "ai",  "ao",  "au",  "âu",  "ay",  "ây",  "eo",  "êu",  "ia",  "iê",
                        "iu",  "oa",  "oă",  "oe",  "oi",  "ôi",  "ơi",  "oo",  "ua",  "uâ",  "uê",
                        "ui",  "uô",  "uơ",  "uy",  "ưa",  "ưi",  "ươ",  "ưu",  "yê",  "iêu", "yêu",
                        "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu"})) {
    return false;
  }
  if (!IsOneOf(final, {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"})) return false;
  if (IsOneOf(final, {"c", "ch", "p", "t"}) && tone != kAcute && tone != kDot) return false;
  return true;
}

// The syllable typed by `keys` (ASCII letters, and digits for VNI), or nullopt when the
// keystrokes change nothing or do not make a syllable.
std::optional<std::string> DecodeSyllable(std::string_view keys, bool vni) {
  LetterBuffer w;
  Tone tone = kLevel;
  bool modified = false;
  for (char raw : keys) {
    const char c = AsciiLower(raw);
    bool used = false;
    if (vni) {
      if (c >= '1' && c <= '5') {
        used = HasVowel(w);
        if (used) tone = static_cast<Tone>(c - '0');
      } else if (c == '0') {
        used = HasVowel(w);
        if (used) tone = kLevel;
      } else if (c == '6') {
        used = ApplyQuality(w, 0, kCircumflex);
      } else if (c == '7') {
        used = ApplyHorn(w, /*breve_too=*/false);
      } else if (c == '8') {
        used = ApplyQuality(w, 'a', kBreve);
      } else if (c == '9') {
        used = ApplyStroke(w);
      }
    } else {
      switch (c) {
        case 's':
        case 'f':
        case 'r':
        case 'x':
        case 'j':
          // s, r and x are also initials: a tone key only once a vowel is typed.
          used = HasVowel(w);
          if (used)
            tone = c == 's'   ? kAcute
                   : c == 'f' ? kGrave
                   : c == 'r' ? kHook
                   : c == 'x' ? kTilde
                              : kDot;
          break;
        case 'z':
          used = HasVowel(w);
          if (used) tone = kLevel;
          break;
        case 'w':
          used = ApplyHorn(w, /*breve_too=*/true);
          if (!used && !HasVowel(w)) used = w.Push(Letter{'u', kHorn, kLevel});
          break;
        case 'a':
        case 'e':
        case 'o':
          used = ApplyQuality(w, c, kCircumflex);
          break;
        case 'd':
          used = w.size() == 1 && ApplyStroke(w);
          break;
        default:
          break;
      }
    }
    if (used) {
      modified = true;
      continue;
    }
    if (!IsAsciiLetter(c) || !w.Push(Letter{c, kPlain, kLevel})) return std::nullopt;
  }
  if (!modified || !IsSyllable(w, tone)) return std::nullopt;
  if (tone != kLevel) {
    const SyllableShape s = ShapeOf(w);
    w[s.vowels_begin].tone = tone;  // Canonicalize moves it where it belongs
  }
  Canonicalize(w, /*merge_iy=*/false);  // shown to the reader as typed: "ký", not "kí"
  return Compose(w);
}

std::optional<std::string> DecodeKeystrokes(std::string_view text, bool vni) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
  }
  std::string out;
  out.reserve(text.size() * 2);
  bool changed = false;
  for (size_t i = 0; i < text.size();) {
    auto in_run = [vni](char c) { return IsAsciiLetter(c) || (vni && IsAsciiDigit(c)); };
    if (!in_run(text[i])) {
      out.push_back(text[i++]);
      continue;
    }
    size_t j = i;
    while (j < text.size() && in_run(text[j])) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (auto syllable = DecodeSyllable(run, vni)) {
      out += *syllable;
      changed = true;
    } else {
      out.append(run);
    }
    i = j;
  }
  if (!changed) return std::nullopt;
  return out;
}

}  // namespace

SearchKeys WordSearchKeys(std::string_view word) {
  const LetterTables& t = Tables();
  LetterBuffer w;
  bool letters = true;
  bool ascii = true;
  for (size_t pos = 0; pos < word.size();) {
    const int32_t cp = DecodeUtf8(word, &pos);
    if (cp < 0 || cp >= 0x80) ascii = false;
    if (letters && cp >= 0 && static_cast<char32_t>(cp) < kTableSize && t.letter_of[cp] != 0) {
      letters = w.Push(Unpack(t.letter_of[cp]));
    } else {
      letters = false;
      if (!ascii) break;
    }
  }
  if (letters && !w.empty()) return LetterKeys(w);
  if (ascii) {
    // Numbers and ASCII words with an apostrophe or digits ("h5n1", "m'nông" aside).
    std::string lower(word);
    for (char& c : lower) c = AsciiLower(c);
    return SearchKeys{lower, lower};
  }
  // NFD text, legacy combining sequences, capitals outside Vietnamese, other scripts.
  std::string lower = ToLowerNfc(word);
  w.Clear();
  if (ParseNfd(ToNfd(lower), &w)) return LetterKeys(w);
  SearchKeys keys;
  keys.loose = FoldDiacritics(lower);
  keys.exact = std::move(lower);
  return keys;
}

SegmentedText SegmentForSearch(std::string_view text) {
  SegmentedText out;
  out.text = ToNfc(text);
  CHECK(out.text.size() < static_cast<size_t>(std::numeric_limits<int32_t>::max()));
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, out.text.data(), static_cast<int64_t>(out.text.size()), &status);
  CHECK(U_SUCCESS(status));
  icu::BreakIterator& breaker = WordBreaker();
  breaker.setText(&utext, status);
  CHECK(U_SUCCESS(status));
  // On UTF-8 text the iterator's positions are byte offsets.
  int32_t start = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
       start = end, end = breaker.next()) {
    // Statuses from UBRK_WORD_NONE_LIMIT up are numbers, letters, kana and ideographs.
    if (breaker.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
    const auto b = static_cast<size_t>(start);
    const auto e = static_cast<size_t>(end);
    out.words.push_back(
        SearchWord{b, e, WordSearchKeys(std::string_view(out.text).substr(b, e - b))});
  }
  // The iterator keeps a shallow clone of the UText; point it away from `out.text`.
  breaker.setText(icu::UnicodeString());
  utext_close(&utext);
  return out;
}

std::optional<std::string> DecodeTelex(std::string_view text) {
  return DecodeKeystrokes(text, /*vni=*/false);
}

std::optional<std::string> DecodeVni(std::string_view text) {
  return DecodeKeystrokes(text, /*vni=*/true);
}

}  // namespace toasoan

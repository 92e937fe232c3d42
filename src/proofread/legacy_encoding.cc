#include "proofread/legacy_encoding.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "text/fold.h"
#include "text/nfc.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

// TCVN 5712:1993 (VN3), the bytes above 0x7F that carry Vietnamese letters, written out
// from the standard's table.
constexpr std::array<std::pair<unsigned char, char32_t>, 67> kTcvn3{{
    {0xA1, U'Ă'}, {0xA2, U'Â'}, {0xA3, U'Ê'}, {0xA4, U'Ô'}, {0xA5, U'Ơ'}, {0xA6, U'Ư'},
    {0xA7, U'Đ'}, {0xA8, U'ă'}, {0xA9, U'â'}, {0xAA, U'ê'}, {0xAB, U'ô'}, {0xAC, U'ơ'},
    {0xAD, U'ư'}, {0xAE, U'đ'}, {0xB5, U'à'}, {0xB6, U'ả'}, {0xB7, U'ã'}, {0xB8, U'á'},
    {0xB9, U'ạ'}, {0xBB, U'ằ'}, {0xBC, U'ẳ'}, {0xBD, U'ẵ'}, {0xBE, U'ắ'}, {0xC6, U'ặ'},
    {0xC7, U'ầ'}, {0xC8, U'ẩ'}, {0xC9, U'ẫ'}, {0xCA, U'ấ'}, {0xCB, U'ậ'}, {0xCC, U'è'},
    {0xCE, U'ẻ'}, {0xCF, U'ẽ'}, {0xD0, U'é'}, {0xD1, U'ẹ'}, {0xD2, U'ề'}, {0xD3, U'ể'},
    {0xD4, U'ễ'}, {0xD5, U'ế'}, {0xD6, U'ệ'}, {0xD7, U'ì'}, {0xD8, U'ỉ'}, {0xDC, U'ĩ'},
    {0xDD, U'í'}, {0xDE, U'ị'}, {0xDF, U'ò'}, {0xE1, U'ỏ'}, {0xE2, U'õ'}, {0xE3, U'ó'},
    {0xE4, U'ọ'}, {0xE5, U'ồ'}, {0xE6, U'ổ'}, {0xE7, U'ỗ'}, {0xE8, U'ố'}, {0xE9, U'ộ'},
    {0xEA, U'ờ'}, {0xEB, U'ở'}, {0xEC, U'ỡ'}, {0xED, U'ớ'}, {0xEE, U'ợ'}, {0xEF, U'ù'},
    {0xF1, U'ủ'}, {0xF2, U'ũ'}, {0xF3, U'ú'}, {0xF4, U'ụ'}, {0xF5, U'ừ'}, {0xF6, U'ử'},
    {0xF7, U'ữ'},
}};
// ứ ự ỳ ỷ ỹ ý ỵ (0xF8–0xFE) follow in order.
constexpr std::array<char32_t, 7> kTcvn3Tail{U'ứ', U'ự', U'ỳ', U'ỷ', U'ỹ', U'ý', U'ỵ'};

char32_t Tcvn3Letter(char32_t cp) {
  if (cp >= 0xF8 && cp <= 0xFE) return kTcvn3Tail[cp - 0xF8];
  for (const auto& [byte, letter] : kTcvn3) {
    if (byte == cp) return letter;
  }
  return 0;
}

// The Latin-1 letters that Vietnamese itself uses: not evidence of mojibake.
bool IsVietnameseLatin1(char32_t cp) {
  static constexpr std::u32string_view kLetters = U"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
  return kLetters.find(cp) != std::u32string_view::npos;
}

bool IsTcvn3Telltale(char32_t cp) {
  return cp >= 0xA1 && cp <= 0xFE && Tcvn3Letter(cp) != 0 && !IsVietnameseLatin1(cp);
}

bool IsVniTelltale(char32_t cp) {
  static constexpr std::u32string_view kChars = U"øØûÛïÏäÄåÅëËüÜöÖñÑæÆîÎ";
  return kChars.find(cp) != std::u32string_view::npos;
}

std::vector<char32_t> Decode(std::string_view utf8) {
  std::vector<char32_t> out;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const int32_t cp = DecodeUtf8(utf8, &pos);
    out.push_back(cp < 0 ? 0xFFFD : static_cast<char32_t>(cp));
  }
  return out;
}

// A character of a mojibake word: an ASCII letter or a Latin-1 character above NBSP.
bool IsRunChar(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp > 0xA0 && cp <= 0xFF);
}

bool IsAsciiUpper(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }
bool IsAsciiLower(char32_t cp) { return cp >= 'a' && cp <= 'z'; }

std::string ToUpper(const std::string& utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  s.toUpper(icu::Locale::getRoot());
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string DecodeTcvn3Run(const std::vector<char32_t>& run) {
  std::string out;
  int upper = 0, lower = 0;
  for (char32_t cp : run) {
    if (IsAsciiUpper(cp)) ++upper;
    if (IsAsciiLower(cp)) ++lower;
    const char32_t letter = Tcvn3Letter(cp);
    AppendUtf8(letter != 0 ? letter : cp, &out);
  }
  if (upper >= 2 && lower == 0) return ToUpper(out);
  return out;
}

// VNI: a mark byte after a vowel gives it the marks below (combining characters).
constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;
constexpr char32_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;

struct VniMark {
  char32_t lower;  // the Latin-1 character of the lower-case mark byte
  char32_t shape;  // kCircumflex, kBreve or 0
  char32_t tone;   // a tone mark or 0
};
constexpr std::array<VniMark, 17> kVniMarks{{
    {U'â', kCircumflex, 0},
    {U'ê', kBreve, 0},
    {U'á', kCircumflex, kAcute},
    {U'à', kCircumflex, kGrave},
    {U'å', kCircumflex, kHook},
    {U'ã', kCircumflex, kTilde},
    {U'ä', kCircumflex, kDot},
    {U'é', kBreve, kAcute},
    {U'è', kBreve, kGrave},
    {U'ú', kBreve, kHook},
    {U'ü', kBreve, kTilde},
    {U'ë', kBreve, kDot},
    {U'ù', 0, kAcute},
    {U'ø', 0, kGrave},
    {U'û', 0, kHook},
    {U'õ', 0, kTilde},
    {U'ï', 0, kDot},
}};

// VNI letters of one byte.
struct VniLetter {
  char32_t lower;
  char32_t base;  // lower case
  char32_t mark;  // 0, kHorn or a tone
};
constexpr std::array<VniLetter, 7> kVniLetters{{
    {U'ñ', U'đ', 0},
    {U'ö', U'u', kHorn},
    {U'ô', U'o', kHorn},
    {U'î', U'y', kDot},
    {U'æ', U'i', kHook},
    {U'ó', U'i', kTilde},
    {U'ò', U'i', kDot},
}};

char32_t Latin1Lower(char32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 0x20;
  return cp;
}

bool IsToneMark(char32_t m) {
  return m == kAcute || m == kGrave || m == kHook || m == kTilde || m == kDot;
}

}  // namespace

std::string_view LegacyEncodingName(LegacyEncoding encoding) {
  return encoding == LegacyEncoding::kTcvn3 ? "TCVN3" : "VNI";
}

std::string DecodeTcvn3Mojibake(std::string_view text) {
  const std::vector<char32_t> cps = Decode(text);
  std::string out;
  for (std::size_t i = 0; i < cps.size();) {
    if (!IsRunChar(cps[i])) {
      AppendUtf8(cps[i++], &out);
      continue;
    }
    std::size_t j = i;
    while (j < cps.size() && IsRunChar(cps[j])) ++j;
    out += DecodeTcvn3Run(std::vector<char32_t>(cps.begin() + i, cps.begin() + j));
    i = j;
  }
  return ToNfc(out);
}

std::string DecodeVniMojibake(std::string_view text) {
  struct Letter {
    char32_t base;
    std::vector<char32_t> marks;
    bool vowel;
  };
  std::vector<Letter> letters;
  auto is_vowel = [](char32_t lower) {
    return lower == U'a' || lower == U'e' || lower == U'i' || lower == U'o' || lower == U'u' ||
           lower == U'y';
  };
  for (char32_t cp : Decode(text)) {
    const char32_t lower = Latin1Lower(cp);
    const bool upper = lower != cp;
    // A mark byte after a vowel that can take it.
    if (!letters.empty() && letters.back().vowel) {
      Letter& prev = letters.back();
      const char32_t prev_lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(prev.base)));
      bool applied = false;
      for (const VniMark& m : kVniMarks) {
        if (m.lower != lower) continue;
        bool has_tone = false, has_shape = false;
        for (char32_t x : prev.marks) {
          has_tone |= IsToneMark(x);
          has_shape |= !IsToneMark(x);
        }
        if (m.tone != 0 && has_tone) break;
        if (m.shape != 0 && has_shape) break;
        if (m.shape == kCircumflex && prev_lower != U'a' && prev_lower != U'e' &&
            prev_lower != U'o') {
          break;
        }
        if (m.shape == kBreve && prev_lower != U'a') break;
        if (m.shape != 0) prev.marks.push_back(m.shape);
        if (m.tone != 0) prev.marks.push_back(m.tone);
        applied = true;
        break;
      }
      if (applied) continue;
    }
    bool mapped = false;
    for (const VniLetter& l : kVniLetters) {
      if (l.lower != lower) continue;
      const char32_t base =
          upper ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(l.base))) : l.base;
      Letter letter{base, {}, l.base != U'đ'};
      if (l.mark != 0) letter.marks.push_back(l.mark);
      letters.push_back(std::move(letter));
      mapped = true;
      break;
    }
    if (mapped) continue;
    letters.push_back({cp, {}, cp < 0x80 && is_vowel(lower)});
  }
  std::string out;
  for (const Letter& l : letters) {
    AppendUtf8(l.base, &out);
    for (char32_t m : l.marks) AppendUtf8(m, &out);
  }
  return ToNfc(out);
}

bool LooksLikeVietnameseSyllable(std::string_view word) {
  int tones = 0;
  for (char32_t cp : Decode(ToNfd(word))) tones += IsToneMark(cp) ? 1 : 0;
  if (tones > 1) return false;
  const std::string f = FoldDiacritics(word);
  if (f.empty()) return false;
  for (char c : f) {
    if (c < 'a' || c > 'z') return false;
  }
  static constexpr std::array<std::string_view, 11> kInitials2{"ngh", "ng", "nh", "ch", "gh", "gi",
                                                               "kh",  "ph", "qu", "th", "tr"};
  std::size_t i = 0;
  for (std::string_view ini : kInitials2) {
    if (f.starts_with(ini) && f.size() > ini.size()) {
      i = ini.size();
      break;
    }
  }
  const auto vowel = [](char c) {
    return std::string_view("aeiouy").find(c) != std::string_view::npos;
  };
  if (i == 2 && f.starts_with("gi") && !vowel(f[2])) i = 1;  // "gìn": g + i
  if (i == 0 && std::string_view("bcdghklmnprstvx").find(f[0]) != std::string_view::npos) i = 1;
  std::size_t v = i;
  while (v < f.size() && vowel(f[v])) ++v;
  // The vowel groups Vietnamese spells (without marks: "ươ" is "uo", "yê" is "ye").
  static constexpr std::array<std::string_view, 37> kNuclei{
      "a",   "e",   "i",   "o",   "u",   "y",   "ai",  "ao",  "au",  "ay",  "eo", "eu", "ia",
      "ie",  "iu",  "oa",  "oe",  "oi",  "oo",  "ua",  "ue",  "ui",  "uo",  "uu", "uy", "ye",
      "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu"};
  const std::string_view nucleus = std::string_view(f).substr(i, v - i);
  if (std::find(kNuclei.begin(), kNuclei.end(), nucleus) == kNuclei.end()) return false;
  const std::string_view final = std::string_view(f).substr(v);
  static constexpr std::array<std::string_view, 9> kFinals{"",   "c",  "ch", "m", "n",
                                                           "ng", "nh", "p",  "t"};
  for (std::string_view fin : kFinals) {
    if (final == fin) return true;
  }
  return false;
}

std::optional<LegacyGuess> GuessLegacyMojibake(std::string_view text) {
  const std::vector<char32_t> cps = Decode(text);
  for (char32_t cp : cps) {
    if (cp > 0xFF && u_isalpha(static_cast<UChar32>(cp))) return std::nullopt;
  }
  int tcvn3 = 0, vni = 0, words = 0;
  for (std::size_t i = 0; i < cps.size();) {
    if (!IsRunChar(cps[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool ascii_letter = false, tcvn3_mark = false, vni_mark = false;
    while (j < cps.size() && IsRunChar(cps[j])) {
      ascii_letter |= cps[j] < 0x80;
      tcvn3_mark |= IsTcvn3Telltale(cps[j]);
      vni_mark |= IsVniTelltale(cps[j]);
      ++j;
    }
    ++words;
    if (ascii_letter && (tcvn3_mark || vni_mark)) {
      std::string run;
      for (std::size_t k = i; k < j; ++k) AppendUtf8(cps[k], &run);
      if (tcvn3_mark && LooksLikeVietnameseSyllable(DecodeTcvn3Mojibake(run))) ++tcvn3;
      if (vni_mark && LooksLikeVietnameseSyllable(DecodeVniMojibake(run))) ++vni;
    }
    i = j;
  }
  const LegacyEncoding encoding = vni > tcvn3 ? LegacyEncoding::kVni : LegacyEncoding::kTcvn3;
  const int hits = std::max(tcvn3, vni);
  if (hits < 2 && !(hits == 1 && words <= 4)) return std::nullopt;
  std::string decoded =
      encoding == LegacyEncoding::kVni ? DecodeVniMojibake(text) : DecodeTcvn3Mojibake(text);
  if (decoded == text) return std::nullopt;
  return LegacyGuess{encoding, std::move(decoded)};
}

}  // namespace toasoan

#include "text/fold.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "base/check.h"
#include "text/nfc.h"
#include "text/tone_syllable.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

std::vector<char32_t> Decode(std::string_view utf8) {
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const int32_t cp = DecodeUtf8(utf8, &pos);
    out.push_back(cp < 0 ? kReplacement : static_cast<char32_t>(cp));
  }
  return out;
}

std::string Encode(const std::vector<char32_t>& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t cp : cps) AppendUtf8(cp, &out);
  return out;
}

bool IsMark(char32_t cp) {
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsLatin(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_LATIN && U_SUCCESS(status);
}

// Latin letters that carry their "diacritic" in the base shape, so no decomposition
// removes it. Keys are lower case: folding lower-cases first.
constexpr std::array<std::pair<char32_t, std::string_view>, 10> kUndecomposable{{
    {U'đ', "d"},
    {U'ð', "d"},
    {U'ł', "l"},
    {U'ø', "o"},
    {U'ħ', "h"},
    {U'ŧ', "t"},
    {U'ı', "i"},
    {U'ß', "ss"},
    {U'æ', "ae"},
    {U'œ', "oe"},
}};

// Moves the tone of an open "oa"/"oe"/"uy" syllable onto its first vowel.
void CanonicalizeSyllable(std::vector<SyllableLetter>& w) {
  const std::optional<std::size_t> i = FindOpenToneGroup(w);
  if (!i) return;
  SyllableLetter& first = w[*i];
  SyllableLetter& second = w[*i + 1];
  // Only the tone may be present: "oă" or "uơ" spellings are something else.
  if (!first.marks.empty() || !(second.marks.size() == 1 && IsToneMark(second.marks.front()))) {
    return;
  }
  first.marks.push_back(second.marks.front());
  second.marks.clear();
}

}  // namespace

std::string ToLowerNfc(std::string_view utf8) {
  const std::string nfc = ToNfc(utf8);  // also replaces invalid bytes
  CHECK(nfc.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max()));
  std::string lower;
  lower.reserve(nfc.size());
  icu::StringByteSink<std::string> sink(&lower);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8ToLower("", 0, icu::StringPiece(nfc.data(), static_cast<int32_t>(nfc.size())),
                            sink, nullptr, status);
  CHECK(U_SUCCESS(status));
  // Lower-casing may leave a decomposed sequence ("İ" → "i̇").
  return ToNfc(lower);
}

std::string FoldDiacritics(std::string_view utf8) {
  const std::vector<char32_t> cps = Decode(ToNfd(ToLowerNfc(utf8)));
  std::vector<char32_t> out;
  out.reserve(cps.size());
  bool after_latin = false;
  for (char32_t cp : cps) {
    if (IsMark(cp)) {
      // Marks of the Combining Diacritical Marks block are dropped even without a Latin
      // base: a legacy export may have lost the base or put a space before the mark.
      if (after_latin || (cp >= 0x0300 && cp <= 0x036F)) continue;
      out.push_back(cp);
      continue;
    }
    after_latin = IsLatin(cp);
    bool mapped = false;
    for (const auto& [from, to] : kUndecomposable) {
      if (cp == from) {
        out.insert(out.end(), to.begin(), to.end());
        mapped = true;
        break;
      }
    }
    if (!mapped) out.push_back(cp);
  }
  return ToNfc(Encode(out));
}

std::string NormalizeTonePlacement(std::string_view utf8) {
  const std::vector<char32_t> cps = Decode(ToNfd(utf8));
  std::vector<char32_t> out;
  out.reserve(cps.size());
  std::vector<SyllableLetter> word;
  auto flush = [&] {
    CanonicalizeSyllable(word);
    for (const SyllableLetter& l : word) {
      out.push_back(l.base);
      out.insert(out.end(), l.marks.begin(), l.marks.end());
    }
    word.clear();
  };
  for (char32_t cp : cps) {
    if (IsMark(cp) && !word.empty()) {
      word.back().marks.push_back(cp);
    } else if (u_isalpha(static_cast<UChar32>(cp))) {
      word.push_back({cp, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), {}});
    } else {
      flush();
      out.push_back(cp);
    }
  }
  flush();
  // NFC puts a moved tone back in canonical order and recomposes it.
  return ToNfc(Encode(out));
}

}  // namespace toasoan

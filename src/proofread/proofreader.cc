#include "proofread/proofreader.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <tuple>

#include "proofread/rules.h"
#include "text/utf8.h"

namespace toasoan {
namespace proofread_internal {
namespace {

// The code point that ends just before byte `pos`, and where it starts.
char32_t CodePointBefore(std::string_view s, std::size_t* pos) {
  std::size_t start = *pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t at = start;
  const int32_t cp = DecodeUtf8(s, &at);
  *pos = start;
  return cp < 0 ? 0xFFFD : static_cast<char32_t>(cp);
}

}  // namespace

ProofWarning WarningAtOriginal(const Part& part, std::string_view rule, std::size_t begin,
                               std::size_t end, std::optional<std::string> replacement,
                               std::string message) {
  const std::string_view text = part.text.original();
  ProofWarning w;
  w.rule = std::string(rule);
  w.field = part.field;
  w.paragraph = part.paragraph;
  w.offset = begin;
  w.length = end - begin;
  w.found = std::string(text.substr(begin, end - begin));
  w.char_offset = CountCodePoints(text.substr(0, begin));
  w.char_length = CountCodePoints(w.found);
  w.utf16_offset = Utf16Length(text.substr(0, begin));
  w.utf16_length = Utf16Length(w.found);
  w.replacement = std::move(replacement);
  w.message = std::move(message);
  return w;
}

ProofWarning WarningAt(const Part& part, std::string_view rule, std::size_t nfc_begin,
                       std::size_t nfc_end, std::optional<std::string> replacement,
                       std::string message) {
  return WarningAtOriginal(part, rule, part.text.OriginalBegin(nfc_begin),
                           part.text.OriginalEnd(nfc_end), std::move(replacement),
                           std::move(message));
}

bool AtSentenceStart(const Part& part, const ParagraphText::Word& w) {
  static constexpr std::u32string_view kOpening = U" \t\u00A0“‘«([\"'*-–—";
  static constexpr std::u32string_view kEnds = U".!?…:;";
  const std::string_view s = part.text.nfc();
  std::size_t pos = w.begin;
  while (pos > 0) {
    const char32_t cp = CodePointBefore(s, &pos);
    if (kOpening.find(cp) != std::u32string_view::npos) continue;
    return kEnds.find(cp) != std::u32string_view::npos;
  }
  return true;
}

bool IsCapitalised(std::string_view word) {
  bool first = true;
  for (std::size_t pos = 0; pos < word.size();) {
    const int32_t cp = DecodeUtf8(word, &pos);
    if (cp < 0) return false;
    if (first) {
      if (!u_isupper(cp) && !u_istitle(cp)) return false;
      first = false;
    } else if (u_isupper(cp) || u_isdigit(cp)) {
      return false;
    }
  }
  return !first;
}

bool IsAllCapitals(std::string_view word) {
  int letters = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const int32_t cp = DecodeUtf8(word, &pos);
    if (cp < 0 || u_islower(cp)) return false;
    if (u_isalpha(cp)) ++letters;
  }
  return letters >= 2;
}

std::string Quoted(std::string_view s) { return "“" + std::string(s) + "”"; }

}  // namespace proofread_internal

std::vector<ProofWarning> Proofread(const ProofreadText& text, const ProofreadOptions& options) {
  using namespace proofread_internal;
  std::vector<Part> parts;
  parts.push_back({ProofField::kTitle, 0, ParagraphText(text.title)});
  parts.push_back({ProofField::kLead, 0, ParagraphText(text.lead)});
  for (std::size_t i = 0; i < text.paragraphs.size(); ++i) {
    parts.push_back({ProofField::kBody, i, ParagraphText(text.paragraphs[i])});
  }
  std::vector<ProofWarning> out;
  CheckLegacyEncoding(parts, &out);
  CheckDecomposed(parts, &out);
  CheckRepeatedText(parts, &out);
  CheckNameSpelling(parts, &out);
  CheckTonePlacement(parts, options.tone_style, &out);
  if (options.dictionary != nullptr) {
    CheckSpelling(parts, *options.dictionary, options.tone_style, &out);
  }
  CheckPunctuation(parts, &out);
  std::erase_if(out, [&](const ProofWarning& w) { return options.dismissed.contains(w.Key()); });
  std::stable_sort(out.begin(), out.end(), [](const ProofWarning& a, const ProofWarning& b) {
    return std::tie(a.field, a.paragraph, a.offset) < std::tie(b.field, b.paragraph, b.offset);
  });
  return out;
}

}  // namespace toasoan

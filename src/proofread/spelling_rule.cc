#include <unicode/uchar.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "proofread/legacy_encoding.h"
#include "proofread/rules.h"
#include "proofread/tone_style.h"
#include "text/utf8.h"

namespace toasoan::proofread_internal {
namespace {

// Words the spelling rule leaves alone whatever the dictionary says: numbers and words
// with digits ("F0", "02"), words with letters outside Latin, abbreviations in capitals.
bool Exempt(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    const int32_t cp = DecodeUtf8(word, &pos);
    if (cp < 0 || u_isdigit(cp)) return true;
    if (cp > 0x24F && !(cp >= 0x1E00 && cp <= 0x1EFF) && u_isalpha(cp)) return true;
  }
  return IsAllCapitals(word);
}

bool NextToCapitalised(const Part& part, std::size_t i) {
  const auto& words = part.text.words();
  auto gap_is_space = [&](std::size_t a, std::size_t b) {
    const std::string_view gap =
        std::string_view(part.text.nfc()).substr(words[a].end, words[b].begin - words[a].end);
    return gap == " " || gap == "\u00A0";
  };
  if (i + 1 < words.size() && gap_is_space(i, i + 1) &&
      IsCapitalised(part.text.WordText(words[i + 1]))) {
    return true;
  }
  return i > 0 && gap_is_space(i - 1, i) && IsCapitalised(part.text.WordText(words[i - 1])) &&
         !AtSentenceStart(part, words[i - 1]);
}

}  // namespace

void CheckSpelling(const std::vector<Part>& parts, const SpellDictionary& dictionary,
                   ToneStyle style, std::vector<ProofWarning>* out) {
  // Capitalised words seen mid-sentence anywhere: names, also at a sentence start.
  std::set<std::string, std::less<>> names;
  for (const Part& part : parts) {
    for (const auto& w : part.text.words()) {
      const std::string_view word = part.text.WordText(w);
      if (IsCapitalised(word) && !AtSentenceStart(part, w)) names.emplace(word);
    }
  }
  std::map<std::string, std::optional<std::optional<std::string>>, std::less<>> verdicts;
  auto unknown = [&](std::string_view word) -> std::optional<std::optional<std::string>> {
    auto it = verdicts.find(word);
    if (it != verdicts.end()) return it->second;
    std::optional<std::optional<std::string>> verdict;
    bool known = dictionary.Check(word);
    if (!known) {
      // Either tone placement is correct spelling; mixing them is another rule's business.
      if (auto other = FindTonePlacement(word)) known = dictionary.Check(other->other);
    }
    if (!known) {
      std::optional<std::string> fix;
      const std::vector<std::string> suggestions = dictionary.Suggest(word);
      if (!suggestions.empty()) {
        fix = suggestions.front();
        if (auto placement = FindTonePlacement(*fix); placement && placement->style != style) {
          fix = placement->other;
        }
      }
      verdict = std::move(fix);
    }
    verdicts.emplace(std::string(word), verdict);
    return verdict;
  };
  for (const Part& part : parts) {
    if (GuessLegacyMojibake(part.text.nfc())) continue;  // the legacy-encoding rule's
    const auto& words = part.text.words();
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view word = part.text.WordText(words[i]);
      if (Exempt(word)) continue;
      if (IsCapitalised(word) && (!AtSentenceStart(part, words[i]) || names.contains(word) ||
                                  NextToCapitalised(part, i))) {
        continue;  // a name
      }
      auto verdict = unknown(word);
      if (!verdict) continue;
      out->push_back(WarningAt(part, proof_rule::kSpelling, words[i].begin, words[i].end, *verdict,
                               "Từ " + Quoted(word) + " không có trong từ điển tiếng Việt."));
    }
  }
}

}  // namespace toasoan::proofread_internal

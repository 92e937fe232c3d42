#pragma once

// Internal to the proofread layer: the rules Proofread() runs, each adding its warnings.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "proofread/paragraph_text.h"
#include "proofread/proofreader.h"
#include "proofread/warning.h"

namespace toasoan::proofread_internal {

// A field or body paragraph with its place in the article.
struct Part {
  ProofField field;
  std::size_t paragraph;
  ParagraphText text;
};

// A warning on the NFC range [begin, end) of `part` (positions mapped to the original).
ProofWarning WarningAt(const Part& part, std::string_view rule, std::size_t nfc_begin,
                       std::size_t nfc_end, std::optional<std::string> replacement,
                       std::string message);
// The same on a range of the original text.
ProofWarning WarningAtOriginal(const Part& part, std::string_view rule, std::size_t begin,
                               std::size_t end, std::optional<std::string> replacement,
                               std::string message);

// Whether the word `w` of `part` starts a sentence: nothing but opening punctuation
// before it since the start or a . ! ? … : ; or a line's "*" / "-" bullet.
bool AtSentenceStart(const Part& part, const ParagraphText::Word& w);
// Whether the word starts with a capital and has no other capital.
bool IsCapitalised(std::string_view word);
// Whether the word has at least two letters and no lower-case letter.
bool IsAllCapitals(std::string_view word);

// "“Ô Môn”" with Vietnamese quotes.
std::string Quoted(std::string_view s);

void CheckNameSpelling(const std::vector<Part>& parts, std::vector<ProofWarning>* out);
void CheckRepeatedText(const std::vector<Part>& parts, std::vector<ProofWarning>* out);
void CheckDecomposed(const std::vector<Part>& parts, std::vector<ProofWarning>* out);
void CheckLegacyEncoding(const std::vector<Part>& parts, std::vector<ProofWarning>* out);
void CheckTonePlacement(const std::vector<Part>& parts, ToneStyle style,
                        std::vector<ProofWarning>* out);
void CheckSpelling(const std::vector<Part>& parts, const SpellDictionary& dictionary,
                   ToneStyle style, std::vector<ProofWarning>* out);
void CheckPunctuation(const std::vector<Part>& parts, std::vector<ProofWarning>* out);

}  // namespace toasoan::proofread_internal

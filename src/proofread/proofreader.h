#pragma once

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "proofread/spell_dictionary.h"
#include "proofread/tone_style.h"
#include "proofread/warning.h"

namespace toasoan {

// The article text the proofreader reads: plain text (an HTML body goes through
// html/HtmlToText first, one paragraph a line). Any UTF-8; NFD, legacy "tổ hợp" and
// mojibake are what some rules look for, so nothing is normalised before.
struct ProofreadText {
  std::string title;
  std::string lead;
  std::vector<std::string> paragraphs;
};

struct ProofreadOptions {
  // The site's tone placement, the fix of the tone-placement rule.
  ToneStyle tone_style = ToneStyle::kOld;
  // The spelling rule runs only with a dictionary (not owned; must outlive the call).
  const SpellDictionary* dictionary = nullptr;
  // ProofWarning::Key()s an editor dismissed for this article: those warnings are left out.
  std::set<std::string, std::less<>> dismissed;
};

// Proofreads one article and returns its warnings, ordered by field (title, lead, body),
// paragraph and position. The rules (docs/proofreading.md), by rule id:
// - name-spelling: a name (two or more capitalised syllables in a row, or the last two
//   or more of such a run) spelt two ways that differ only in diacritics; each spelling
//   less frequent than the most frequent one is flagged with that as the fix. When the
//   most frequent spellings tie, nothing is flagged (no evidence which is right);
// - repeated-text: the title, lead or a paragraph equal (after NFC and white-space
//   collapsing) to an earlier one; the fix deletes it;
// - decomposed: letters written with combining marks that have a precomposed form; the
//   fix is the word in NFC;
// - legacy-encoding: a field or paragraph that reads as TCVN3 or VNI mojibake
//   (legacy_encoding.h); the fix is the decoded text;
// - tone-placement: only when the article uses both placements (tone_style.h), each word
//   not in options.tone_style, with the word in that style as the fix;
// - spelling: words the dictionary does not know (in either tone placement), except
//   words with digits, abbreviations in capitals, and names: capitalised words not at a
//   sentence start, or next to another capitalised word, or found capitalised mid-
//   sentence elsewhere in the article; the fix is the dictionary's first suggestion;
// - double-space: two or more spaces between words; the fix is one space;
// - unbalanced: a quote (" “ ” « ») or bracket (( ) [ ] { }) without its partner in the
//   same field or paragraph.
// Pure apart from the dictionary's lock; thread-safe.
std::vector<ProofWarning> Proofread(const ProofreadText& text, const ProofreadOptions& options);

}  // namespace toasoan

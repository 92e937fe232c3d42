#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "text/search_keys.h"

namespace toasoan::search {

// The terms a full-text index stores for a text, shared by every backend. At each word's
// position (search_keys.h):
// - its loose key;
// - colocated (same position), its exact key when that differs;
// - colocated, at the first occurrence of each exact spelling that is the most frequent
//   spelling of its loose key in this text (ties all count), the dominant term
//   kDominantPrefix + exact key: it tells an article about "Ô Môn" with one "Ơ Môn"
//   typo from an article about "Ơ";
// - colocated, from the second word on, the pair term: the loose keys of the word before
//   and this one joined by kPairSeparator ("o+mon"), unless the end of a sentence or
//   clause stands between them ("lúa. Giá", "xã, phường"). A phrase query also asks for
//   its pairs, so a phrase no document has fails on one short list instead of a scan of
//   every document holding its words, and no phrase runs across a full stop.
// Loose and exact keys never collide (search_keys.h), and no word contains the prefix
// or the separator.
inline constexpr std::string_view kDominantPrefix = "^";
inline constexpr std::string_view kPairSeparator = "+";

// The terms a query asks for.
inline const std::string& LooseTerm(const SearchKeys& k) { return k.loose; }
inline const std::string& ExactTerm(const SearchKeys& k) { return k.exact; }
inline std::string DominantTerm(const SearchKeys& k) {
  return std::string(kDominantPrefix) + k.exact;
}
inline std::string PairTerm(const SearchKeys& first, const SearchKeys& second) {
  return first.loose + std::string(kPairSeparator) + second.loose;
}

struct IndexTerm {
  std::string_view text;
  bool colocated = false;  // at the position of the term before
  std::size_t begin = 0;   // byte offsets of the word in the (NFC) text
  std::size_t end = 0;
};

// Calls `emit` with each term of `text` in order, stopping early when it returns false.
// Offsets are into ToNfc(text), which is `text` itself for stored text (always NFC).
void ForEachIndexTerm(std::string_view text, const std::function<bool(const IndexTerm&)>& emit);

}  // namespace toasoan::search

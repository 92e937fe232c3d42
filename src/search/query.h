#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/search_keys.h"

namespace toasoan::search {

// Bounds on what is searched: longer input is cut (at a character, then after the last
// word that fits), so a query's cost stays bounded whatever a client sends.
inline constexpr std::size_t kMaxQueryChars = 200;  // code points
inline constexpr std::size_t kMaxQueryWords = 10;

struct QueryWord {
  std::string text;  // as typed, NFC
  SearchKeys keys;

  // Typed with at least one diacritic: ranked by its exact key, word by word.
  bool marked() const { return keys.exact != keys.loose; }
};

// A reader's query, parsed. Words are found by the index pipeline (SegmentForSearch);
// text between double quotes (" “ ” « » „) is a phrase whose words must stand together
// in that order; an unclosed quote runs to the end. Nothing else is an operator.
struct Query {
  std::vector<QueryWord> words;
  // Phrases as [first, last) ranges of `words`, each of at least two words.
  std::vector<std::pair<std::size_t, std::size_t>> phrases;
  // What is searched, to show back to the reader: the input in NFC with runs of white
  // space collapsed, cut to the bounds (a phrase cut short gets its closing quote).
  std::string text;
  bool truncated = false;  // the input went past kMaxQueryChars or kMaxQueryWords
  bool ascii = false;      // `text` is all ASCII: a candidate for Telex/VNI decoding

  bool empty() const { return words.empty(); }
};

// Parses any bytes (invalid UTF-8 becomes U+FFFD, which is not a word). Pure.
Query ParseQuery(std::string_view input);

}  // namespace toasoan::search

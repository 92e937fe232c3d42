#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// A run of a word-level comparison: text both sides share, or text only the old
// (`kRemoved`) or the new (`kAdded`) side has. Pieces keep the spaces between words, so
// concatenating the kSame and kRemoved pieces gives the old text back, and kSame and
// kAdded the new one.
struct DiffPiece {
  enum class Kind { kSame, kRemoved, kAdded };
  Kind kind = Kind::kSame;
  std::string text;
};

// The words of `before` and `after` compared (a longest common subsequence of words;
// Myers' algorithm), adjacent pieces of one kind merged. Words are split at Unicode
// white space; punctuation stays with its word.
std::vector<DiffPiece> DiffWords(std::string_view before, std::string_view after);

}  // namespace toasoan

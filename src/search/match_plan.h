#pragma once

#include <string>
#include <vector>

#include "search/query.h"

namespace toasoan::search {

// A boolean match over index terms (index_terms.h), small enough for every backend to
// translate: SQLite FTS5 query syntax now, a PostgreSQL tsquery later.
struct Match {
  enum class Kind {
    kPhrase,  // `terms` at consecutive positions, in order (one term: anywhere)
    kAnd,     // every child
    kOr,      // any child
    kNear,    // every child (each a phrase) within `distance` terms of each other
  };
  Kind kind = Kind::kPhrase;
  std::vector<std::string> terms;  // kPhrase
  std::vector<Match> children;     // the others
  int distance = 0;                // kNear

  bool operator==(const Match&) const = default;
};

// How many terms may stand between query words for them to count as near.
inline constexpr int kNearDistance = 8;

// The ranking, as an ordered list of matches: a document ranks in the first tier it
// matches, and documents of one tier rank newest first. Every tier requires every query
// word (on its loose key) and every quoted phrase; the last tier requires nothing more,
// so every tier is a subset of it. Tiers go, from the first:
// 1. by exactness, word by word, over the words typed with diacritics: every such word
//    in the spelling the document mostly uses for it (its dominant term), then every
//    such word found exactly, then all but one, all but two … (while the combinations
//    stay few), then none;
// 2. within that, by proximity: all query words adjacent in order, then all within
//    kNearDistance terms, then anywhere.
// A query without diacritics thus ranks by proximity alone, with no penalty. Empty for
// an empty query.
std::vector<Match> PlanTiers(const Query& q);

}  // namespace toasoan::search

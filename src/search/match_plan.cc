#include "search/match_plan.h"

#include <bit>
#include <cstddef>
#include <optional>
#include <utility>

#include "search/index_terms.h"

namespace toasoan::search {
namespace {

// Past this many combinations a level of partial exactness is skipped: its documents
// fall to the next level, which keeps a long query's plan short.
constexpr int kMaxCombinations = 10;

enum class Proximity { kAdjacent, kNear, kAnywhere };

using Range = std::pair<std::size_t, std::size_t>;

// The query's words grouped as they must match: quoted phrases, and single words.
std::vector<Range> Groups(const Query& q) {
  std::vector<Range> groups;
  std::size_t p = 0;
  for (std::size_t i = 0; i < q.words.size();) {
    if (p < q.phrases.size() && q.phrases[p].first == i) {
      groups.push_back(q.phrases[p]);
      i = q.phrases[p].second;
      ++p;
    } else {
      groups.emplace_back(i, i + 1);
      ++i;
    }
  }
  return groups;
}

Match Phrase(std::vector<std::string> terms) {
  Match m;
  m.kind = Match::Kind::kPhrase;
  m.terms = std::move(terms);
  return m;
}

Match Of(Match::Kind kind, std::vector<Match> children, int distance = 0) {
  if (children.size() == 1) return std::move(children.front());
  Match m;
  m.kind = kind;
  m.children = std::move(children);
  m.distance = distance;
  return m;
}

// Words [first, last) of `q` standing together, spelt by `terms`: the phrase, behind the
// pair terms of its words (index_terms.h), which a backend finds without reading
// positions.
Match Together(const Query& q, const std::vector<std::string>& terms, std::size_t first,
               std::size_t last) {
  std::vector<std::string> phrase(terms.begin() + static_cast<long>(first),
                                  terms.begin() + static_cast<long>(last));
  if (last - first < 2) return Phrase(std::move(phrase));
  std::vector<Match> all;
  for (std::size_t i = first + 1; i < last; ++i) {
    all.push_back(Phrase({PairTerm(q.words[i - 1].keys, q.words[i].keys)}));
  }
  all.push_back(Phrase(std::move(phrase)));
  return Of(Match::Kind::kAnd, std::move(all));
}

// The words' terms (one per word) arranged by proximity.
Match Arrange(const Query& q, const std::vector<std::string>& terms,
              const std::vector<Range>& groups, Proximity proximity) {
  if (proximity == Proximity::kAdjacent) return Together(q, terms, 0, terms.size());
  std::vector<Match> phrases;
  for (const auto& [first, last] : groups) {
    phrases.push_back(Phrase(std::vector<std::string>(terms.begin() + static_cast<long>(first),
                                                      terms.begin() + static_cast<long>(last))));
  }
  if (proximity == Proximity::kNear) {
    // NEAR takes phrases only; the quoted ones' pairs go beside it.
    std::vector<Match> all;
    for (const auto& [first, last] : groups) {
      if (last - first >= 2) all.push_back(Together(q, terms, first, last));
    }
    all.push_back(Of(Match::Kind::kNear, std::move(phrases), kNearDistance));
    return Of(Match::Kind::kAnd, std::move(all));
  }
  std::vector<Match> all;
  for (const auto& [first, last] : groups) all.push_back(Together(q, terms, first, last));
  return Of(Match::Kind::kAnd, std::move(all));
}

// AND of `a` and `b`, flattened when either is an AND already.
Match Both(Match a, Match b) {
  std::vector<Match> all;
  for (Match* m : {&a, &b}) {
    if (m->kind == Match::Kind::kAnd) {
      for (Match& c : m->children) all.push_back(std::move(c));
    } else {
      all.push_back(std::move(*m));
    }
  }
  return Of(Match::Kind::kAnd, std::move(all));
}

int Combinations(int n, int k) {
  long long c = 1;
  for (int i = 1; i <= k; ++i) c = c * (n - k + i) / i;
  return c > kMaxCombinations ? kMaxCombinations + 1 : static_cast<int>(c);
}

// One level of exactness: the term each word matches by, and a condition on top.
struct Level {
  std::vector<std::string> terms;
  std::optional<Match> also;
};

}  // namespace

std::vector<Match> PlanTiers(const Query& q) {
  std::vector<Match> tiers;
  if (q.empty()) return tiers;
  const std::vector<Range> groups = Groups(q);

  std::vector<std::size_t> marked;
  std::vector<std::string> loose;
  std::vector<std::string> exact;
  for (std::size_t i = 0; i < q.words.size(); ++i) {
    const QueryWord& w = q.words[i];
    loose.push_back(LooseTerm(w.keys));
    exact.push_back(w.marked() ? ExactTerm(w.keys) : LooseTerm(w.keys));
    if (w.marked()) marked.push_back(i);
  }

  std::vector<Level> levels;
  const int k = static_cast<int>(marked.size());
  if (k > 0) {
    std::vector<Match> dominant;
    for (std::size_t i : marked) dominant.push_back(Phrase({DominantTerm(q.words[i].keys)}));
    levels.push_back(Level{exact, Of(Match::Kind::kAnd, std::move(dominant))});
    levels.push_back(Level{exact, std::nullopt});
    for (int j = k - 1; j >= 1; --j) {
      if (Combinations(k, j) > kMaxCombinations) continue;
      std::vector<Match> any;
      for (unsigned mask = 0; mask < (1u << k); ++mask) {
        if (std::popcount(mask) != j) continue;
        std::vector<Match> all;
        for (int b = 0; b < k; ++b) {
          if (mask & (1u << b)) all.push_back(Phrase({ExactTerm(q.words[marked[b]].keys)}));
        }
        any.push_back(Of(Match::Kind::kAnd, std::move(all)));
      }
      levels.push_back(Level{loose, Of(Match::Kind::kOr, std::move(any))});
    }
  }
  levels.push_back(Level{loose, std::nullopt});

  std::vector<Proximity> proximities = {Proximity::kAnywhere};
  if (groups.size() > 1)
    proximities = {Proximity::kAdjacent, Proximity::kNear, Proximity::kAnywhere};

  for (const Level& level : levels) {
    for (Proximity p : proximities) {
      Match arranged = Arrange(q, level.terms, groups, p);
      Match tier = level.also ? Both(*level.also, std::move(arranged)) : std::move(arranged);
      if (!tiers.empty() && tiers.back() == tier) continue;
      tiers.push_back(std::move(tier));
    }
  }
  return tiers;
}

}  // namespace toasoan::search

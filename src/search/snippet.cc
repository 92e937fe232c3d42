#include "search/snippet.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "text/whitespace.h"

namespace toasoan::search {
namespace {

// Which query words (bit i: words[i]) a text word matches loosely, and exactly.
struct WordMatch {
  uint32_t loose = 0;
  uint32_t exact = 0;
};

WordMatch MatchOf(const SearchKeys& keys, const Query& q) {
  WordMatch m;
  for (std::size_t i = 0; i < q.words.size() && i < 32; ++i) {
    const QueryWord& w = q.words[i];
    if (w.keys.loose != keys.loose) continue;
    m.loose |= 1u << i;
    if (w.marked() && w.keys.exact == keys.exact) m.exact |= 1u << i;
  }
  return m;
}

struct Marked {
  SegmentedText segmented;
  std::vector<WordMatch> matches;  // one per word
};

Marked MarkWords(std::string_view text, const Query& q) {
  Marked m{SegmentForSearch(CollapseWhitespace(text)), {}};
  m.matches.reserve(m.segmented.words.size());
  for (const SearchWord& w : m.segmented.words) m.matches.push_back(MatchOf(w.keys, q));
  return m;
}

void Append(TextRuns& runs, std::string_view text, bool mark) {
  if (text.empty()) return;
  if (!runs.empty() && runs.back().mark == mark) {
    runs.back().text += text;
  } else {
    runs.push_back(TextRun{std::string(text), mark});
  }
}

// The runs of bytes [from, to) of the text, words [first, last) lying inside it.
void AppendRange(const Marked& m, std::size_t from, std::size_t to, std::size_t first,
                 std::size_t last, TextRuns& runs) {
  const std::string_view text = m.segmented.text;
  std::size_t at = from;
  for (std::size_t i = first; i < last; ++i) {
    if (m.matches[i].loose == 0) continue;
    const SearchWord& w = m.segmented.words[i];
    Append(runs, text.substr(at, w.begin - at), false);
    Append(runs, text.substr(w.begin, w.end - w.begin), true);
    at = w.end;
  }
  Append(runs, text.substr(at, to - at), false);
}

struct Score {
  int distinct = 0;
  int exact = 0;
  int adjacent = 0;
  auto operator<=>(const Score&) const = default;
};

Score ScoreWindow(const std::vector<WordMatch>& matches, std::size_t first, std::size_t last) {
  uint32_t loose = 0;
  uint32_t exact = 0;
  Score s;
  for (std::size_t i = first; i < last; ++i) {
    loose |= matches[i].loose;
    exact |= matches[i].exact;
    // Query word b here and query word b + 1 next: the reader's words in order.
    if (i + 1 < last && ((matches[i].loose << 1) & matches[i + 1].loose) != 0) ++s.adjacent;
  }
  s.distinct = std::popcount(loose);
  s.exact = std::popcount(exact);
  return s;
}

}  // namespace

TextRuns Highlight(std::string_view text, const Query& q) {
  const Marked m = MarkWords(text, q);
  TextRuns runs;
  AppendRange(m, 0, m.segmented.text.size(), 0, m.segmented.words.size(), runs);
  return runs;
}

TextRuns Snippet(std::string_view text, const Query& q, std::size_t words) {
  const Marked m = MarkWords(text, q);
  const std::size_t n = m.segmented.words.size();
  if (words == 0) words = 1;
  // A passage starts a few words before a match, for context.
  constexpr std::size_t kLeadIn = 3;
  std::size_t best_first = 0;
  Score best = ScoreWindow(m.matches, 0, std::min(n, words));
  for (std::size_t i = 0; i < n; ++i) {
    if (m.matches[i].loose == 0) continue;
    const std::size_t first = i > kLeadIn ? i - kLeadIn : 0;
    const Score s = ScoreWindow(m.matches, first, std::min(n, first + words));
    if (best < s) {
      best = s;
      best_first = first;
    }
  }
  TextRuns runs;
  if (n == 0) {
    Append(runs, m.segmented.text, false);
    return runs;
  }
  const std::size_t last = std::min(n, best_first + words);
  const std::size_t from = best_first == 0 ? 0 : m.segmented.words[best_first].begin;
  const std::size_t to = last == n ? m.segmented.text.size() : m.segmented.words[last - 1].end;
  if (best_first > 0) Append(runs, "… ", false);
  AppendRange(m, from, to, best_first, last, runs);
  if (last < n) Append(runs, " …", false);
  return runs;
}

}  // namespace toasoan::search

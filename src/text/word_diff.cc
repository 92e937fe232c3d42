#include "text/word_diff.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

// Myers' search keeps one row of furthest reaching paths per edit step, so its memory
// grows with the square of the number of differing tokens. Beyond this many the words
// are not compared one by one: lines are, and changed lines come out whole.
constexpr int kMaxEdits = 1000;
// A changed run of lines is compared word by word only when it is this short (in
// tokens on each side); longer runs come out as removed and added text.
constexpr std::size_t kMaxHunkTokens = 4000;

// One step of an edit script over two token sequences.
struct Op {
  DiffPiece::Kind kind;
  std::size_t i = 0;  // index in `before` (kSame, kRemoved)
  std::size_t j = 0;  // index in `after` (kSame, kAdded)
};

// The shortest edit script between sequences of length n and m whose elements compare
// with `eq(i, j)` (Myers 1986, "An O(ND) difference algorithm"), in order; nullopt
// when it needs more than `max_edits` insertions and deletions.
template <typename Eq>
std::optional<std::vector<Op>> Myers(std::size_t n_size, std::size_t m_size, Eq eq, int max_edits) {
  const int64_t n = static_cast<int64_t>(n_size), m = static_cast<int64_t>(m_size);
  const int64_t max_d = std::min<int64_t>(n + m, max_edits);
  const int64_t offset = max_d + 1;
  std::vector<int64_t> v(static_cast<std::size_t>(2 * max_d + 3), 0);
  auto at = [&](int64_t k) -> int64_t& { return v[static_cast<std::size_t>(k + offset)]; };
  // trace[d]: v before step d, for k in [-(d+1), d+1].
  std::vector<std::vector<int64_t>> trace;
  for (int64_t d = 0; d <= max_d; ++d) {
    trace.emplace_back(&at(-(d + 1)), &at(d + 1) + 1);
    for (int64_t k = -d; k <= d; k += 2) {
      int64_t x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      int64_t y = x - k;
      while (x < n && y < m && eq(static_cast<std::size_t>(x), static_cast<std::size_t>(y))) {
        ++x;
        ++y;
      }
      at(k) = x;
      if (x >= n && y >= m) {
        // Walk back through the trace, collecting the script in reverse.
        std::vector<Op> ops;
        int64_t cx = n, cy = m;
        for (int64_t e = d; e >= 0; --e) {
          const std::vector<int64_t>& prev = trace[static_cast<std::size_t>(e)];
          auto pv = [&](int64_t kk) { return prev[static_cast<std::size_t>(kk + e + 1)]; };
          const int64_t ck = cx - cy;
          const int64_t pk = (ck == -e || (ck != e && pv(ck - 1) < pv(ck + 1))) ? ck + 1 : ck - 1;
          const int64_t px = e == 0 ? 0 : pv(pk);
          const int64_t py = e == 0 ? 0 : px - pk;
          while (cx > px && cy > py) {
            --cx;
            --cy;
            ops.push_back({DiffPiece::Kind::kSame, static_cast<std::size_t>(cx),
                           static_cast<std::size_t>(cy)});
          }
          if (e > 0) {
            if (cx == px) {
              --cy;
              ops.push_back({DiffPiece::Kind::kAdded, 0, static_cast<std::size_t>(cy)});
            } else {
              --cx;
              ops.push_back({DiffPiece::Kind::kRemoved, static_cast<std::size_t>(cx), 0});
            }
          }
          cx = px;
          cy = py;
        }
        std::reverse(ops.begin(), ops.end());
        return ops;
      }
    }
  }
  return std::nullopt;
}

// A word and the white space that follows it.
struct Word {
  std::string_view word;
  std::string_view space;
};

struct Words {
  std::string_view leading;  // white space before the first word
  std::vector<Word> words;
};

// The length of the white space at the start of `s` (Unicode white space).
std::size_t SpaceLength(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    const int32_t cp = DecodeUtf8(s, &next);
    if (cp < 0 || !IsWhitespace(static_cast<char32_t>(cp))) break;
    pos = next;
  }
  return pos;
}

// The length of the word at the start of `s`: up to the next white space.
std::size_t WordLength(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    const int32_t cp = DecodeUtf8(s, &next);
    if (cp >= 0 && IsWhitespace(static_cast<char32_t>(cp))) break;
    pos = next;
  }
  return pos;
}

Words SplitWords(std::string_view s) {
  Words w;
  std::size_t lead = SpaceLength(s);
  w.leading = s.substr(0, lead);
  s.remove_prefix(lead);
  while (!s.empty()) {
    const std::size_t wl = WordLength(s);
    const std::size_t sl = SpaceLength(s.substr(wl));
    w.words.push_back({s.substr(0, wl), s.substr(wl, sl)});
    s.remove_prefix(wl + sl);
  }
  return w;
}

// Collects pieces, merging neighbours of one kind and dropping empty ones.
class Pieces {
 public:
  void Add(DiffPiece::Kind kind, std::string_view text) {
    if (text.empty()) return;
    if (!out_.empty() && out_.back().kind == kind) {
      out_.back().text.append(text);
    } else {
      out_.push_back({kind, std::string(text)});
    }
  }
  void Append(const std::vector<DiffPiece>& pieces) {
    for (const DiffPiece& p : pieces) Add(p.kind, p.text);
  }
  std::vector<DiffPiece> Take() { return std::move(out_); }

 private:
  std::vector<DiffPiece> out_;
};

// Emits `ops` over token sequences: within a run of changes, all removed text before
// all added text. `same(op)` emits an unchanged token, `removed(i)` / `added(j)` give
// the text of a changed one.
template <typename Same, typename RemovedText, typename AddedText>
void Emit(const std::vector<Op>& ops, Pieces& out, Same same, RemovedText removed,
          AddedText added) {
  std::string gone, come;
  auto flush = [&] {
    out.Add(DiffPiece::Kind::kRemoved, gone);
    out.Add(DiffPiece::Kind::kAdded, come);
    gone.clear();
    come.clear();
  };
  for (const Op& op : ops) {
    switch (op.kind) {
      case DiffPiece::Kind::kSame:
        flush();
        same(op);
        break;
      case DiffPiece::Kind::kRemoved:
        gone += removed(op.i);
        break;
      case DiffPiece::Kind::kAdded:
        come += added(op.j);
        break;
    }
  }
  flush();
}

std::string Joined(const Word& w) {
  std::string s(w.word);
  s.append(w.space);
  return s;
}

// Word by word; nullopt when the texts differ in too many words.
std::optional<std::vector<DiffPiece>> DiffByWords(std::string_view before, std::string_view after) {
  const Words a = SplitWords(before), b = SplitWords(after);
  auto ops = Myers(
      a.words.size(), b.words.size(),
      [&](std::size_t i, std::size_t j) { return a.words[i].word == b.words[j].word; }, kMaxEdits);
  if (!ops) return std::nullopt;
  Pieces out;
  if (a.leading == b.leading) {
    out.Add(DiffPiece::Kind::kSame, a.leading);
  } else {
    out.Add(DiffPiece::Kind::kRemoved, a.leading);
    out.Add(DiffPiece::Kind::kAdded, b.leading);
  }
  Emit(
      *ops, out,
      [&](const Op& op) {
        const Word& x = a.words[op.i];
        const Word& y = b.words[op.j];
        out.Add(DiffPiece::Kind::kSame, x.word);
        if (x.space == y.space) {
          out.Add(DiffPiece::Kind::kSame, x.space);
        } else {
          out.Add(DiffPiece::Kind::kRemoved, x.space);
          out.Add(DiffPiece::Kind::kAdded, y.space);
        }
      },
      [&](std::size_t i) { return Joined(a.words[i]); },
      [&](std::size_t j) { return Joined(b.words[j]); });
  return out.Take();
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  while (!s.empty()) {
    std::size_t end = s.find('\n');
    end = end == std::string_view::npos ? s.size() : end + 1;
    lines.push_back(s.substr(0, end));
    s.remove_prefix(end);
  }
  return lines;
}

std::string Concat(const std::vector<std::string_view>& parts, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) s.append(parts[i]);
  return s;
}

// The coarse comparison for texts too different to compare word by word: line by line,
// a changed run of lines compared by words when short enough, else whole.
std::vector<DiffPiece> DiffByLines(std::string_view before, std::string_view after) {
  const std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  Pieces out;
  auto ops = Myers(
      a.size(), b.size(), [&](std::size_t i, std::size_t j) { return a[i] == b[j]; }, kMaxEdits);
  if (!ops) {
    // Even the lines differ too much: what both share at the start and the end, and
    // the middle as removed and added.
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
      ++tail;
    }
    out.Add(DiffPiece::Kind::kSame, Concat(a, 0, head));
    out.Add(DiffPiece::Kind::kRemoved, Concat(a, head, a.size() - tail));
    out.Add(DiffPiece::Kind::kAdded, Concat(b, head, b.size() - tail));
    out.Add(DiffPiece::Kind::kSame, Concat(a, a.size() - tail, a.size()));
    return out.Take();
  }
  std::size_t k = 0;
  while (k < ops->size()) {
    const Op& op = (*ops)[k];
    if (op.kind == DiffPiece::Kind::kSame) {
      out.Add(DiffPiece::Kind::kSame, a[op.i]);
      ++k;
      continue;
    }
    std::string gone, come;
    for (; k < ops->size() && (*ops)[k].kind != DiffPiece::Kind::kSame; ++k) {
      if ((*ops)[k].kind == DiffPiece::Kind::kRemoved) {
        gone.append(a[(*ops)[k].i]);
      } else {
        come.append(b[(*ops)[k].j]);
      }
    }
    std::optional<std::vector<DiffPiece>> fine;
    if (SplitWords(gone).words.size() <= kMaxHunkTokens &&
        SplitWords(come).words.size() <= kMaxHunkTokens) {
      fine = DiffByWords(gone, come);
    }
    if (fine) {
      out.Append(*fine);
    } else {
      out.Add(DiffPiece::Kind::kRemoved, gone);
      out.Add(DiffPiece::Kind::kAdded, come);
    }
  }
  return out.Take();
}

}  // namespace

std::vector<DiffPiece> DiffWords(std::string_view before, std::string_view after) {
  if (auto fine = DiffByWords(before, after)) return std::move(*fine);
  return DiffByLines(before, after);
}

}  // namespace toasoan

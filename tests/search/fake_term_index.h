#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "search/index_terms.h"
#include "search/ranker.h"

namespace toasoan::search {

// A TermIndex over a few in-memory documents that evaluates Match trees directly on the
// index terms: the ranking's reference behaviour, without any database. Documents are
// newest first by `order` (larger is newer).
class FakeTermIndex : public TermIndex {
 public:
  struct Doc {
    int64_t id = 0;
    int64_t order = 0;
    int64_t section_id = 1;
    std::vector<std::vector<std::set<std::string>>> columns;  // terms at each position
  };

  void Add(int64_t id, int64_t order, const std::vector<std::string>& columns,
           int64_t section_id = 1) {
    Doc d{id, order, section_id, {}};
    for (const std::string& text : columns) {
      std::vector<std::set<std::string>> positions;
      ForEachIndexTerm(text, [&](const IndexTerm& t) {
        if (!t.colocated) positions.emplace_back();
        positions.back().insert(std::string(t.text));
        return true;
      });
      d.columns.push_back(std::move(positions));
    }
    docs_.push_back(std::move(d));
  }

  Result<void> Scan(const Match& m, const Filter& filter,
                    const std::function<bool(int64_t)>& visit) override {
    ++scans_;
    std::vector<const Doc*> sorted;
    for (const Doc& d : docs_) sorted.push_back(&d);
    std::sort(sorted.begin(), sorted.end(),
              [](const Doc* a, const Doc* b) { return a->order > b->order; });
    for (const Doc* d : sorted) {
      if (filter.section_id && *filter.section_id != d->section_id) continue;
      if (!Matches(*d, m)) continue;
      if (!visit(d->id)) break;
    }
    return {};
  }

  int scans() const { return scans_; }

 private:
  // Start positions of `terms` as a phrase in column `c`.
  static std::vector<int> PhraseStarts(const Doc& d, size_t c,
                                       const std::vector<std::string>& terms) {
    std::vector<int> starts;
    const auto& col = d.columns[c];
    for (size_t p = 0; p + terms.size() <= col.size(); ++p) {
      bool all = true;
      for (size_t i = 0; i < terms.size() && all; ++i) all = col[p + i].contains(terms[i]);
      if (all) starts.push_back(static_cast<int>(p));
    }
    return starts;
  }

  static bool Matches(const Doc& d, const Match& m) {
    switch (m.kind) {
      case Match::Kind::kPhrase:
        for (size_t c = 0; c < d.columns.size(); ++c) {
          if (!PhraseStarts(d, c, m.terms).empty()) return true;
        }
        return false;
      case Match::Kind::kAnd:
        return std::all_of(m.children.begin(), m.children.end(),
                           [&](const Match& x) { return Matches(d, x); });
      case Match::Kind::kOr:
        return std::any_of(m.children.begin(), m.children.end(),
                           [&](const Match& x) { return Matches(d, x); });
      case Match::Kind::kNear:
        for (size_t c = 0; c < d.columns.size(); ++c) {
          if (NearIn(d, c, m, 0, -1, 1 << 30)) return true;
        }
        return false;
    }
    return false;
  }

  // Whether children [k, end) have instances such that all of them with the ones chosen
  // so far lie within m.distance terms between the earliest end and the latest start.
  static bool NearIn(const Doc& d, size_t c, const Match& m, size_t k, int max_start, int min_end) {
    if (k == m.children.size()) return max_start - min_end <= m.distance;
    const auto& terms = m.children[k].terms;
    for (int s : PhraseStarts(d, c, terms)) {
      const int e = s + static_cast<int>(terms.size());
      if (NearIn(d, c, m, k + 1, std::max(max_start, s), std::min(min_end, e))) return true;
    }
    return false;
  }

  std::vector<Doc> docs_;
  int scans_ = 0;
};

}  // namespace toasoan::search

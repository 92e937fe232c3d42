#include "search/index_terms.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace toasoan::search {
namespace {

struct Spelling {
  std::string_view exact;
  int count = 0;
  bool dominant = false;
  bool emitted = false;
};

}  // namespace

void ForEachIndexTerm(std::string_view text, const std::function<bool(const IndexTerm&)>& emit) {
  const SegmentedText segmented = SegmentForSearch(text);
  // Views into `segmented`, which stays unchanged while they live.
  std::unordered_map<std::string_view, std::vector<Spelling>> spellings;
  spellings.reserve(segmented.words.size());
  for (const SearchWord& w : segmented.words) {
    std::vector<Spelling>& of_loose = spellings[w.keys.loose];
    bool found = false;
    for (Spelling& s : of_loose) {
      if (s.exact == w.keys.exact) {
        ++s.count;
        found = true;
        break;
      }
    }
    if (!found) of_loose.push_back(Spelling{w.keys.exact, 1});
  }
  for (auto& [loose, of_loose] : spellings) {
    int most = 0;
    for (const Spelling& s : of_loose) most = std::max(most, s.count);
    for (Spelling& s : of_loose) s.dominant = s.count == most;
  }

  std::string extra;
  const SearchWord* previous = nullptr;
  for (const SearchWord& w : segmented.words) {
    IndexTerm term{w.keys.loose, false, w.begin, w.end};
    if (!emit(term)) return;
    term.colocated = true;
    // No diacritics: nothing to rank by.
    if (w.keys.exact != w.keys.loose) {
      term.text = w.keys.exact;
      if (!emit(term)) return;
      for (Spelling& s : spellings[w.keys.loose]) {
        if (s.exact != w.keys.exact) continue;
        if (s.dominant && !s.emitted) {
          s.emitted = true;
          extra.assign(kDominantPrefix);
          extra += w.keys.exact;
          term.text = extra;
          if (!emit(term)) return;
        }
        break;
      }
    }
    if (previous != nullptr) {
      extra.assign(previous->keys.loose);
      extra += kPairSeparator;
      extra += w.keys.loose;
      term.text = extra;
      if (!emit(term)) return;
    }
    previous = &w;
  }
}

}  // namespace toasoan::search

#include "search/index_terms.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "text/utf8.h"

namespace toasoan::search {
namespace {

// Whether the text between two words ends a sentence or clause ("lúa. Giá", "xã, phường",
// a line break), so the words do not stand together as a phrase. Joiners inside a token
// ("15/10", "3,5", "Covid-19") and dashes between words ("kinh tế - xã hội") do not.
bool BreaksPhrase(std::string_view gap) {
  bool space = false;
  bool stop = false;
  for (std::size_t i = 0; i < gap.size();) {
    const int32_t cp = DecodeUtf8(gap, &i);
    if (cp == '\n' || cp == '\r') return true;
    if (cp == ' ' || cp == '\t' || cp == 0x00A0) {
      space = true;
    } else if (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' ||
               cp == '(' || cp == ')' || cp == '[' || cp == ']' || cp == '"' || cp == 0x2026 ||
               cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB) {
      stop = true;
    }
  }
  return space && stop;
}

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
    if (previous != nullptr &&
        !BreaksPhrase(
            std::string_view(segmented.text).substr(previous->end, w.begin - previous->end))) {
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

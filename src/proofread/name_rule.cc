#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "proofread/rules.h"
#include "text/fold.h"

namespace toasoan::proofread_internal {
namespace {

struct Occurrence {
  std::size_t part;
  std::size_t begin, end;  // NFC bytes
};

bool SingleSpace(std::string_view gap) { return gap == " " || gap == "\u00A0"; }

}  // namespace

void CheckNameSpelling(const std::vector<Part>& parts, std::vector<ProofWarning>* out) {
  // folded name → spelling → where it occurs.
  std::map<std::string, std::map<std::string, std::vector<Occurrence>>> names;
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const ParagraphText& t = parts[p].text;
    const auto& words = t.words();
    for (std::size_t i = 0; i < words.size();) {
      if (!IsCapitalised(t.WordText(words[i]))) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < words.size() && IsCapitalised(t.WordText(words[j])) &&
             SingleSpace(std::string_view(t.nfc()).substr(words[j - 1].end,
                                                          words[j].begin - words[j - 1].end))) {
        ++j;
      }
      // The run and each of its tails of two syllables or more: "Huyện Ơ Môn" is
      // compared as itself, as "Ơ Môn".
      for (std::size_t s = i; s + 2 <= j; ++s) {
        std::string spelling;
        for (std::size_t k = s; k < j; ++k) {
          if (k > s) spelling += ' ';
          spelling += t.WordText(words[k]);
        }
        const std::string key = FoldDiacritics(spelling);
        names[key][spelling].push_back({p, words[s].begin, words[j - 1].end});
      }
      i = j;
    }
  }
  // Longer names first, so that a misspelt name is flagged once, as its longest form.
  std::vector<const std::map<std::string, std::vector<Occurrence>>*> groups;
  for (const auto& [key, spellings] : names) {
    if (spellings.size() > 1) groups.push_back(&spellings);
  }
  auto syllables = [](const std::string& s) { return std::count(s.begin(), s.end(), ' '); };
  std::stable_sort(groups.begin(), groups.end(), [&](auto* a, auto* b) {
    return syllables(a->begin()->first) > syllables(b->begin()->first);
  });
  std::vector<Occurrence> flagged;
  for (const auto* spellings : groups) {
    std::size_t best = 0, ties = 0;
    const std::string* majority = nullptr;
    for (const auto& [spelling, occ] : *spellings) {
      if (occ.size() > best) {
        best = occ.size();
        ties = 1;
        majority = &spelling;
      } else if (occ.size() == best) {
        ++ties;
      }
    }
    if (ties > 1) continue;  // no evidence which spelling is right
    for (const auto& [spelling, occ] : *spellings) {
      if (&spelling == majority) continue;
      for (const Occurrence& o : occ) {
        const bool overlaps = std::any_of(flagged.begin(), flagged.end(), [&](const Occurrence& f) {
          return f.part == o.part && f.begin < o.end && o.begin < f.end;
        });
        if (overlaps) continue;
        flagged.push_back(o);
        out->push_back(WarningAt(parts[o.part], proof_rule::kNameSpelling, o.begin, o.end,
                                 *majority,
                                 "Tên riêng viết hai cách trong bài: " + Quoted(spelling) + " (" +
                                     std::to_string(occ.size()) + " lần) và " + Quoted(*majority) +
                                     " (" + std::to_string(best) + " lần)."));
      }
    }
  }
}

}  // namespace toasoan::proofread_internal

#include "search/ranker.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "text/search_keys.h"

namespace toasoan::search {

Result<RankedPage> RankPage(TermIndex& index, const Query& q, const Filter& filter, int64_t offset,
                            int64_t limit) {
  RankedPage page;
  if (q.empty() || offset < 0 || limit <= 0) return page;
  // One more than the page, to tell whether another page follows.
  const auto wanted = static_cast<std::size_t>(offset + limit + 1);
  std::vector<int64_t> ranked;
  std::unordered_set<int64_t> seen;
  for (const Match& tier : PlanTiers(q)) {
    // A document of an earlier tier shows up again in later ones (each is a superset of
    // the tiers above it): it keeps its first place.
    TOASOAN_TRY(index.Scan(tier, filter, [&](int64_t doc) {
      if (seen.insert(doc).second) ranked.push_back(doc);
      return ranked.size() < wanted;
    }));
    if (ranked.size() >= wanted) break;
  }
  const auto first = static_cast<std::size_t>(offset);
  const std::size_t end = first + static_cast<std::size_t>(limit);
  for (std::size_t i = first; i < end && i < ranked.size(); ++i) page.docs.push_back(ranked[i]);
  page.has_more = ranked.size() > end;
  return page;
}

Result<Outcome> Search(TermIndex& index, std::string_view input, const Filter& filter,
                       int64_t offset, int64_t limit) {
  Outcome out;
  out.typed = ParseQuery(input);
  out.searched = out.typed;
  auto page = RankPage(index, out.typed, filter, offset, limit);
  if (!page) return Fail(page.error());
  out.page = std::move(*page);
  if (!out.page.docs.empty() || !out.typed.ascii || out.typed.empty()) return out;
  // A page past the end is empty too; only a query that finds nothing is retried.
  if (offset > 0) {
    auto any = RankPage(index, out.typed, filter, 0, 1);
    if (!any) return Fail(any.error());
    if (!any->docs.empty()) return out;
  }
  for (auto decode : {&DecodeTelex, &DecodeVni}) {
    const std::optional<std::string> decoded = decode(out.typed.text);
    if (!decoded) continue;
    Query retry = ParseQuery(*decoded);
    auto found = RankPage(index, retry, filter, offset, limit);
    if (!found) return Fail(found.error());
    if (found->docs.empty()) {
      if (offset == 0) continue;
      auto any = RankPage(index, retry, filter, 0, 1);
      if (!any) return Fail(any.error());
      if (any->docs.empty()) continue;
    }
    out.searched = std::move(retry);
    out.decoded = true;
    out.page = std::move(*found);
    return out;
  }
  return out;
}

}  // namespace toasoan::search

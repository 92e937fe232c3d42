#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "search/match_plan.h"
#include "search/query.h"

namespace toasoan::search {

// Which documents a search may return, besides matching.
struct Filter {
  std::optional<int64_t> section_id;
  std::optional<Timestamp> from;  // published at or after
  std::optional<Timestamp> to;    // published at or before
};

// What a backend's full-text index offers the ranker: documents are named by an id of
// the backend's choosing.
class TermIndex {
 public:
  virtual ~TermIndex() = default;
  // Calls `visit` with each document that matches `m` and `filter`, newest first (the
  // order of the public listings), until `visit` returns false or none are left.
  virtual Result<void> Scan(const Match& m, const Filter& filter,
                            const std::function<bool(int64_t doc)>& visit) = 0;
};

// A page of ranked documents.
struct RankedPage {
  std::vector<int64_t> docs;
  bool has_more = false;  // documents rank after the page
};

// Documents [offset, offset + limit) of the ranking PlanTiers(q) defines. The tiers are
// scanned in order, each only as far as the page needs, so a page near the top costs a
// few index lookups however many documents match.
Result<RankedPage> RankPage(TermIndex& index, const Query& q, const Filter& filter, int64_t offset,
                            int64_t limit);

// A search as readers expect it: the query parsed (ParseQuery) and ranked; when an ASCII
// query finds nothing at all, it is tried again decoded as Telex, then as VNI
// (search_keys.h), and the first that finds something is the answer.
struct Outcome {
  Query typed;     // the reader's query
  Query searched;  // the query the page answers: `typed`, or its decoding
  bool decoded = false;
  RankedPage page;
};
Result<Outcome> Search(TermIndex& index, std::string_view input, const Filter& filter,
                       int64_t offset, int64_t limit);

}  // namespace toasoan::search

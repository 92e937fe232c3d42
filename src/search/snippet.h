#pragma once

#include <cstddef>
#include <string_view>

#include "search/query.h"
#include "search/text_run.h"

namespace toasoan::search {

// `text` (NFC plain text) with every word whose loose key is a query word's marked —
// words matched loosely ("Ô" for "ơ", "Dân" for "dan") included — in the spelling of the
// text. Runs of white space become one space.
TextRuns Highlight(std::string_view text, const Query& q);

// A passage of about `words` words of `text` that best shows why it matched: the most
// distinct query words, then the most words found exactly, then query words side by
// side in order; the earliest such passage. "…" stands where the passage cuts the text.
// Without any match, the start of the text. Marked as Highlight marks.
TextRuns Snippet(std::string_view text, const Query& q, std::size_t words = 30);

}  // namespace toasoan::search

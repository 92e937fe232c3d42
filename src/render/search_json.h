#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/section.h"
#include "search/text_run.h"
#include "store/store.h"

namespace toasoan {

// Runs as HTML: each run's text escaped, marked runs inside <mark>…</mark>.
std::string MarkedHtml(const search::TextRuns& runs);

// One hit of GET /api/v1/search: {"id", "url", "title", "title_html", "section": {"id",
// "slug", "name"}, "published_at", "snippet"}, "snippet" and "title_html" being
// MarkedHtml, times RFC 3339 (UTC). `base_url` makes the URL absolute.
nlohmann::json SearchHitJson(const SearchHit& hit, const Section& s, const std::string& base_url);

}  // namespace toasoan

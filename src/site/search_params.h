#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "domain/section.h"
#include "http/request.h"
#include "store/store.h"

namespace toasoan {

// The query string of a search, shared by the search page and GET /api/v1/search:
// q (any bytes), section (slug or id), from and to (a day as YYYY-MM-DD, which <input
// type=date> sends, or DD/MM/YYYY; Vietnam days, both ends included) and page.
// Parsing never fails; what cannot be read is flagged and left out.
struct SearchParams {
  SearchRequest request;         // ready for Store::Search
  std::string section_slug;      // of the section filter, "" for none
  std::string from;              // the dates as given (valid UTF-8, at most 32 bytes), for
  std::string to;                // the form to show back
  bool bad_date = false;         // from or to was given and could not be read
  bool bad_page = false;         // page was given and is not a positive number (1 is used)
  bool unknown_section = false;  // section was given and names no section
};

// Search results per page, on the page and in the API.
inline constexpr int kSearchPerPage = 10;

SearchParams ParseSearchParams(const http::Request& req, const std::vector<Section>& sections);

// The instant a Vietnam calendar day starts, for "2020-10-16" or "16/10/2020"; nullopt
// for anything else or a day that does not exist.
std::optional<Timestamp> ParseVietnamDay(std::string_view text);

// "?q=…&section=…&from=…&to=…&page=N" repeating `p` at `page` (left out for page 1),
// with or without the filters; empty values are left out.
std::string SearchQueryString(const SearchParams& p, std::string_view q, int page,
                              bool with_filters);

}  // namespace toasoan

#pragma once

#include <memory>

#include "render/site_renderer.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace toasoan {

// The dictionary of the search page (site/search.tpl): the form filled with the query
// and filters, a notice for each of decoded, truncated and bad_date, then HIT sections
// (URL, TITLE_RUN and SNIPPET_RUN sections of TEXT with MARK or PLAIN shown, SECTION_NAME,
// SECTION_URL, DATETIME, DATE), or NONE with the suggestions, or EMPTY_QUERY; and the
// pager. A hit whose section is not in the menu is left out.
std::unique_ptr<ctemplate::TemplateDictionary> SearchDictionary(const PageFrame& f,
                                                                const SearchPageView& v);

}  // namespace toasoan

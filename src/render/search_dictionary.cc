#include "render/search_dictionary.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include "render/page_view.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

void AddRuns(ctemplate::TemplateDictionary* dict, const char* name, const search::TextRuns& runs) {
  for (const search::TextRun& r : runs) {
    ctemplate::TemplateDictionary* run = dict->AddSectionDictionary(name);
    run->SetValue("TEXT", r.text);
    run->ShowSection(r.mark ? "MARK" : "PLAIN");
  }
}

}  // namespace

std::unique_ptr<ctemplate::TemplateDictionary> SearchDictionary(const PageFrame& f,
                                                                const SearchPageView& v) {
  auto page = std::make_unique<ctemplate::TemplateDictionary>("search");
  HeadInfo head;
  head.description = f.site.description;
  head.noindex = true;  // endless combinations of words: not for search engines' indexes
  head.open_graph = false;
  FillHead(page.get(), f.site, head);
  FillHeader(page.get(), f, NavPosition::Nowhere());
  FillFooter(page.get(), f.site);

  page->SetValue("QUERY", v.query);
  page->SetValue("SEARCHED", v.searched_for);
  page->SetValue("TYPED", v.query);
  page->SetValue("FROM", v.from);
  page->SetValue("TO", v.to);
  page->SetIntValue("PAGE", v.page);
  page->ShowSection(v.query.empty() ? "NO_QUERY" : "HAS_QUERY");
  if (v.page > 1) page->ShowSection("PAGED");
  for (const Section& s : f.sections) {
    ctemplate::TemplateDictionary* option = page->AddSectionDictionary("SECTION_OPTION");
    option->SetValue("SLUG", s.slug);
    option->SetValue("NAME", s.name);
    if (s.slug == v.section_slug) option->ShowSection("SELECTED");
  }
  if (v.decoded) page->ShowSection("DECODED");
  if (v.truncated) page->ShowSection("TRUNCATED");
  if (v.bad_date) page->ShowSection("BAD_DATE");

  ctemplate::TemplateDictionary* results = nullptr;
  for (const SearchHit& hit : v.hits) {
    const Section* section = nullptr;
    for (const Section& s : f.sections) {
      if (s.id == hit.article.section_id) section = &s;
    }
    if (section == nullptr) continue;
    if (results == nullptr) results = page->AddSectionDictionary("RESULTS");
    ctemplate::TemplateDictionary* h = results->AddSectionDictionary("HIT");
    h->SetValue("URL", ArticlePath(*section, hit.article));
    h->SetValue("SECTION_NAME", section->name);
    h->SetValue("SECTION_URL", SectionPath(*section));
    if (hit.article.published_at) {
      h->SetValue("DATETIME", FormatRfc3339Vietnam(*hit.article.published_at));
      h->SetValue("DATE", FormatVietnamDate(*hit.article.published_at) + " " +
                              FormatVietnamTime(*hit.article.published_at));
    }
    AddRuns(h, "TITLE_RUN", hit.title);
    AddRuns(h, "SNIPPET_RUN", hit.snippet);
  }
  if (v.searched_for.empty()) {
    page->ShowSection("EMPTY_QUERY");
  } else if (results != nullptr) {
    // Shown above.
  } else if (v.page == 1) {
    ctemplate::TemplateDictionary* none = page->AddSectionDictionary("NONE");
    if (!v.unfiltered_url.empty()) {
      none->AddSectionDictionary("FILTERED")->SetValue("URL", v.unfiltered_url);
    }
  } else {
    page->ShowSection("PAST_END");
  }
  if (!v.prev_url.empty() || !v.next_url.empty()) {
    ctemplate::TemplateDictionary* pager = page->AddSectionDictionary("PAGER");
    if (!v.prev_url.empty()) pager->AddSectionDictionary("PREV")->SetValue("URL", v.prev_url);
    if (!v.next_url.empty()) pager->AddSectionDictionary("NEXT")->SetValue("URL", v.next_url);
  }
  return page;
}

}  // namespace toasoan

#pragma once

#include <memory>
#include <vector>

#include "render/site_renderer.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace toasoan {

// One function per public page: the dictionary its template (template_files.h) expands
// with. Only values go in; every word a reader sees is in the templates.
std::unique_ptr<ctemplate::TemplateDictionary> HomeDictionary(
    const PageFrame& f, const std::vector<Article>& latest,
    const std::vector<SectionBlock>& blocks);
std::unique_ptr<ctemplate::TemplateDictionary> SectionDictionary(const PageFrame& f,
                                                                 const Section& s,
                                                                 const ArticleList& list);
std::unique_ptr<ctemplate::TemplateDictionary> ArticleDictionary(const PageFrame& f,
                                                                 const Section& s, const Article& a,
                                                                 const ArticleExtras& extras = {});
std::unique_ptr<ctemplate::TemplateDictionary> PrintDictionary(const PageFrame& f, const Section& s,
                                                               const Article& a);
// The saved copy: the print view's content with `assets` inlined (SiteRenderer::SavedPage).
std::unique_ptr<ctemplate::TemplateDictionary> SavedDictionary(const PageFrame& f, const Section& s,
                                                               const Article& a,
                                                               const OfflineAssets& assets);
// The 404 and 410 pages share their frame and differ only in the template's words.
std::unique_ptr<ctemplate::TemplateDictionary> ErrorDictionary(const PageFrame& f);

}  // namespace toasoan

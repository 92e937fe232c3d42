#pragma once

#include <memory>
#include <string>

#include "render/frozen_templates.h"
#include "render/site_renderer.h"

namespace ctemplate {
class TemplateDictionary;
}  // namespace ctemplate

namespace toasoan {

// SiteRenderer on ctemplate. Load parses every file of kSiteTemplates (each must start
// with the AUTOESCAPE pragma) into FrozenTemplates; a page then expands from the frozen
// cache only, which ctemplate allows from many threads at once.
class CtemplateRenderer final : public SiteRenderer {
 public:
  static Result<std::unique_ptr<SiteRenderer>> Load(const std::string& templates_dir);
  ~CtemplateRenderer() override;

  std::string Home(const PageFrame& f, const std::vector<Article>& latest,
                   const std::vector<SectionBlock>& blocks) const override;
  std::string SectionPage(const PageFrame& f, const Section& s,
                          const ArticleList& list) const override;
  using SiteRenderer::ArticlePage;
  std::string ArticlePage(const PageFrame& f, const Section& s, const Article& a,
                          const ArticleExtras& extras) const override;
  std::string PrintPage(const PageFrame& f, const Section& s, const Article& a) const override;
  std::string SavedPage(const PageFrame& f, const Section& s, const Article& a,
                        const OfflineAssets& assets) const override;
  std::string SearchPage(const PageFrame& f, const SearchPageView& v) const override;
  std::string NotFoundPage(const PageFrame& f) const override;
  std::string GonePage(const PageFrame& f) const override;

 private:
  explicit CtemplateRenderer(FrozenTemplates templates);

  // Expands `page` (one of the k*Template names) with `dict`. Load has expanded every
  // page once, so a failure here is a bug.
  std::string Expand(const char* page, const ctemplate::TemplateDictionary& dict) const;
  // Renders every page with sample data, to find a missing or broken include at start.
  Result<void> SelfCheck() const;

  FrozenTemplates templates_;
};

}  // namespace toasoan

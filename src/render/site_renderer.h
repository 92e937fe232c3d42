#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/site_settings.h"
#include "store/store.h"

namespace toasoan {

// The articles a home page block shows for one section.
struct SectionBlock {
  Section section;
  std::vector<Article> articles;
};

// What every public page needs: the site settings and the section menu.
struct PageFrame {
  SiteSettings site;
  std::vector<Section> sections;  // the menu, in order
};

// Renders the public pages from the template files of a folder (templates/), loaded once
// at construction. Every value is escaped by its HTML context. Thread-safe after Load.
class SiteRenderer {
 public:
  // Loads and checks every template under `templates_dir`; fails with a sentence naming
  // the broken template.
  static Result<std::unique_ptr<SiteRenderer>> Load(const std::string& templates_dir);
  virtual ~SiteRenderer() = default;

  virtual std::string Home(const PageFrame& f, const std::vector<Article>& latest,
                           const std::vector<SectionBlock>& blocks) const = 0;
  // A page of a section's listing; `list.page` and `list.pages` drive the pager.
  virtual std::string SectionPage(const PageFrame& f, const Section& s,
                                  const ArticleList& list) const = 0;
  virtual std::string ArticlePage(const PageFrame& f, const Section& s, const Article& a) const = 0;
  // The print view: no navigation, print stylesheet.
  virtual std::string PrintPage(const PageFrame& f, const Section& s, const Article& a) const = 0;
  virtual std::string NotFoundPage(const PageFrame& f) const = 0;
  // 410: the article was withdrawn.
  virtual std::string GonePage(const PageFrame& f) const = 0;
};

}  // namespace toasoan

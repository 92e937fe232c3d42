#include "render/page_dictionaries.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>
#include <spdlog/spdlog.h>

#include <string>

#include "render/absolute_url.h"
#include "render/article_view.h"
#include "render/audio_player.h"
#include "render/page_view.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

std::unique_ptr<ctemplate::TemplateDictionary> NewPage(const char* name) {
  return std::make_unique<ctemplate::TemplateDictionary>(name);
}

const Section* FindSection(const std::vector<Section>& sections, int64_t id) {
  for (const Section& s : sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace

std::unique_ptr<ctemplate::TemplateDictionary> HomeDictionary(
    const PageFrame& f, const std::vector<Article>& latest,
    const std::vector<SectionBlock>& blocks) {
  auto page = NewPage("home");
  HeadInfo head;
  head.description = f.site.description;
  head.canonical_path = "/";
  FillHead(page.get(), f.site, head);
  FillHeader(page.get(), f, NavPosition::Home());
  FillFooter(page.get(), f.site);
  FillMostRead(page.get(), f);

  bool any = false;
  if (!latest.empty()) {
    ctemplate::TemplateDictionary* list = page->AddSectionDictionary("LATEST");
    for (const Article& a : latest) {
      const Section* s = FindSection(f.sections, a.section_id);
      for (size_t i = 0; s == nullptr && i < blocks.size(); ++i) {
        if (blocks[i].section.id == a.section_id) s = &blocks[i].section;
      }
      if (s == nullptr) {
        // Its path needs the section's slug; the caller passes every section it shows.
        spdlog::warn("home page: article {} is in section {}, which is not in the menu", a.id,
                     a.section_id);
        continue;
      }
      AddTeaser(list, "ARTICLE", *s, a, /*with_lead=*/true, /*with_section=*/true);
      any = true;
    }
  }
  for (const SectionBlock& b : blocks) {
    if (b.articles.empty()) continue;
    ctemplate::TemplateDictionary* block = page->AddSectionDictionary("SECTION_BLOCK");
    block->SetValue("NAME", b.section.name);
    block->SetValue("URL", SectionPath(b.section));
    for (size_t i = 0; i < b.articles.size(); ++i) {
      AddTeaser(block, "ARTICLE", b.section, b.articles[i], /*with_lead=*/i == 0,
                /*with_section=*/false);
    }
    any = true;
  }
  if (!any) page->ShowSection("EMPTY");
  return page;
}

std::unique_ptr<ctemplate::TemplateDictionary> SectionDictionary(const PageFrame& f,
                                                                 const Section& s,
                                                                 const ArticleList& list) {
  auto page = NewPage("section");
  const std::string path = SectionPath(s);
  HeadInfo head;
  head.description = f.site.description;
  head.canonical_path = list.page > 1 ? path + "?page=" + std::to_string(list.page) : path;
  head.og_title = s.name;
  head.feed_section = s;
  FillHead(page.get(), f.site, head);
  FillHeader(page.get(), f, NavPosition::Listing(s.id));
  FillFooter(page.get(), f.site);

  page->SetValue("SECTION_NAME", s.name);
  if (list.page > 1) page->AddSectionDictionary("PAGED")->SetIntValue("PAGE", list.page);
  for (const Article& a : list.items) {
    AddTeaser(page.get(), "ARTICLE", s, a, /*with_lead=*/true, /*with_section=*/false);
  }
  if (list.items.empty()) page->ShowSection("EMPTY");
  if (list.pages > 1) {
    ctemplate::TemplateDictionary* pager = page->AddSectionDictionary("PAGER");
    pager->SetIntValue("PAGE", list.page);
    pager->SetIntValue("PAGES", list.pages);
    if (list.page > 1) {
      pager->AddSectionDictionary("PREV")->SetValue("URL",
                                                    "?page=" + std::to_string(list.page - 1));
    }
    if (list.page < list.pages) {
      pager->AddSectionDictionary("NEXT")->SetValue("URL",
                                                    "?page=" + std::to_string(list.page + 1));
    }
  }
  return page;
}

std::unique_ptr<ctemplate::TemplateDictionary> ArticleDictionary(const PageFrame& f,
                                                                 const Section& s, const Article& a,
                                                                 const ArticleExtras& extras) {
  auto page = NewPage("article");
  page->SetValue("TITLE", a.title);
  HeadInfo head = ArticleHead(f, s, a);
  head.feed_section = s;
  FillHead(page.get(), f.site, head);
  FillHeader(page.get(), f, NavPosition::InSection(s.id));
  FillFooter(page.get(), f.site);
  FillArticleContent(page.get(), s, a, extras.body_photos);
  page->SetValue("SHARE_URL", AbsoluteUrl(f.site, ArticlePath(s, a)));
  page->SetValue("PRINT_URL", PrintPath(s, a));
  page->SetValue("SAVE_URL", SavePath(s, a));
  if (extras.audio) FillAudioPlayer(page.get(), *extras.audio);
  if (!extras.related.empty()) {
    ctemplate::TemplateDictionary* related = page->AddSectionDictionary("RELATED");
    for (const ArticleLink& link : extras.related) {
      ctemplate::TemplateDictionary* item = related->AddSectionDictionary("ITEM");
      const Timestamp t = link.article.published_at.value_or(link.article.updated_at);
      item->SetValue("TITLE", link.article.title);
      item->SetValue("URL", ArticlePath(link.section, link.article));
      item->SetValue("DATETIME", FormatRfc3339Vietnam(t));
      item->SetValue("DATE", FormatVietnamDate(t));
    }
  }
  FillMostRead(page.get(), f);
  return page;
}

std::unique_ptr<ctemplate::TemplateDictionary> PrintDictionary(const PageFrame& f, const Section& s,
                                                               const Article& a) {
  auto page = NewPage("print");
  page->SetValue("TITLE", a.title);
  HeadInfo head = ArticleHead(f, s, a);  // canonical: the article page itself
  head.noindex = true;
  head.print_view = true;
  head.open_graph = false;
  head.published_time.clear();
  head.json_ld.clear();
  FillHead(page.get(), f.site, head);
  FillArticleContent(page.get(), s, a);
  page->SetValue("ARTICLE_PATH", ArticlePath(s, a));
  page->SetValue("ARTICLE_URL", AbsoluteUrl(f.site, ArticlePath(s, a)));
  return page;
}

std::unique_ptr<ctemplate::TemplateDictionary> SavedDictionary(const PageFrame& f, const Section& s,
                                                               const Article& a,
                                                               const OfflineAssets& assets) {
  auto page = NewPage("saved");
  page->SetValue("TITLE", a.title);
  page->SetValue("SITE_NAME", f.site.name);
  ShowIfSet(page.get(), "DESCRIPTION", a.lead.empty() ? f.site.description : a.lead);
  page->SetValue("SITE_URL", AbsoluteUrl(f.site, "/"));
  page->SetValue("ARTICLE_URL", AbsoluteUrl(f.site, ArticlePath(s, a)));
  // Inserted raw into <style>: "</" could close the element and open markup.
  if (assets.css.find("</") == std::string::npos) {
    page->SetValue("CSS", assets.css);
  } else {
    spdlog::error("saved copy of article {}: the stylesheet contains \"</\"; left out", a.id);
  }
  FillArticleContent(page.get(), s, a, assets.photo_data_urls);
  return page;
}

std::unique_ptr<ctemplate::TemplateDictionary> ErrorDictionary(const PageFrame& f) {
  auto page = NewPage("error");
  HeadInfo head;
  head.open_graph = false;
  head.noindex = true;
  FillHead(page.get(), f.site, head);
  FillHeader(page.get(), f, NavPosition::Nowhere());
  FillFooter(page.get(), f.site);
  return page;
}

}  // namespace toasoan

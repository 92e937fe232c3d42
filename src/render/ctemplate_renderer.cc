#include "render/ctemplate_renderer.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <optional>
#include <string_view>
#include <utility>

#include "base/check.h"
#include "render/page_dictionaries.h"
#include "render/search_dictionary.h"
#include "render/template_files.h"

namespace toasoan {
namespace {

// Data that reaches every branch of every template, for the check at load time.
struct Sample {
  PageFrame frame;
  Section section;
  Article article;
  ArticleList list;
  ArticleExtras extras;
  SearchPageView search;       // hits, every notice, a pager
  SearchPageView search_none;  // nothing found, with filters
};

Sample MakeSample() {
  Sample s;
  SiteSettings& site = s.frame.site;
  site.name = "n";
  site.description = "d";
  site.base_url = "http://localhost";
  site.logo_url = "/l.svg";
  site.governing_body = "g";
  site.responsible_person = "r";
  site.licence = "l";
  site.address = "a";
  site.contact = "c";
  s.section.id = 1;
  s.section.name = "s";
  s.section.slug = "s";
  s.frame.sections = {s.section};
  Article& a = s.article;
  a.id = 1;
  a.section_id = 1;
  a.slug = "a";
  a.title = "t";
  a.lead = "l";
  a.body_html = "<p>p</p><p>q</p>";
  a.bylines = {"b", "c"};
  a.photos.resize(2);
  a.photos[0].file = "f.jpg";
  for (Photo& p : a.photos) {
    p.caption = "c";
    p.credit = "r";
  }
  a.photos[1].position = 5;
  a.published_at = Timestamp{};
  s.extras.audio = ArticleAudio{.article_id = 1,
                                .speech_hash = "0123456789abcdef",
                                .file = "audio/1-0123456789abcdef.mp3",
                                .duration_ms = 61'000,
                                .bytes = 366'000,
                                .created_at = Timestamp{}};
  // A day of a leap lunar month (1/4 nhuận, 23/05/2020) reaches every branch of the date.
  s.frame.today = Timestamp{std::chrono::sys_days{std::chrono::year{2020} / 5 / 23}};
  s.frame.most_read.day = {{s.section, a}};
  s.frame.most_read.week = {{s.section, a}, {s.section, a}};
  s.extras.related = {{s.section, a}};
  s.list.items = {a};
  s.list.page = 2;
  s.list.pages = 3;
  SearchPageView& v = s.search;
  v.query = v.searched_for = "q";
  v.decoded = v.truncated = v.bad_date = true;
  v.section_slug = "s";
  v.page = 2;
  v.prev_url = "?q=q";
  v.next_url = "?q=q&page=3";
  v.hits.push_back({a, {{"t", true}, {"u", false}}, {{"p", false}, {"q", true}}});
  s.search_none = v;
  s.search_none.hits.clear();
  s.search_none.page = 1;
  s.search_none.unfiltered_url = "?q=q";
  return s;
}

}  // namespace

CtemplateRenderer::CtemplateRenderer(FrozenTemplates templates)
    : templates_(std::move(templates)) {}

CtemplateRenderer::~CtemplateRenderer() = default;

Result<std::unique_ptr<SiteRenderer>> CtemplateRenderer::Load(const std::string& templates_dir) {
  auto templates = FrozenTemplates::Load(templates_dir, kSiteTemplates);
  if (!templates) return Fail(templates.error());
  std::unique_ptr<CtemplateRenderer> renderer(new CtemplateRenderer(std::move(*templates)));
  TOASOAN_TRY(renderer->SelfCheck());
  return std::unique_ptr<SiteRenderer>(std::move(renderer));
}

Result<void> CtemplateRenderer::SelfCheck() const {
  const Sample s = MakeSample();
  const std::pair<const char*, std::unique_ptr<ctemplate::TemplateDictionary>> pages[] = {
      {kHomeTemplate, HomeDictionary(s.frame, {s.article}, {{s.section, {s.article}}})},
      {kHomeTemplate, HomeDictionary(PageFrame{}, {}, {})},
      {kSectionTemplate, SectionDictionary(s.frame, s.section, s.list)},
      {kSectionTemplate, SectionDictionary(s.frame, s.section, ArticleList{})},
      {kArticleTemplate, ArticleDictionary(s.frame, s.section, s.article)},
      {kArticleTemplate, ArticleDictionary(s.frame, s.section, s.article, s.extras)},
      {kPrintTemplate, PrintDictionary(s.frame, s.section, s.article)},
      {kSavedTemplate,
       SavedDictionary(
           s.frame, s.section, s.article,
           {.css = "p{}", .photo_data_urls = {{"f.jpg", "data:image/png;base64,AA=="}}})},
      {kNotFoundTemplate, ErrorDictionary(s.frame)},
      {kGoneTemplate, ErrorDictionary(PageFrame{})},
      {kSearchTemplate, SearchDictionary(s.frame, s.search)},
      {kSearchTemplate, SearchDictionary(PageFrame{}, SearchPageView{})},
      {kSearchTemplate, SearchDictionary(s.frame, s.search_none)},
  };
  for (const auto& [name, dict] : pages) {
    if (!templates_.Expand(name, *dict)) {
      return Fail(Error::InvalidArgument(std::string("template ") + name +
                                         " does not expand; check the partials it includes"));
    }
  }
  return {};
}

std::string CtemplateRenderer::Expand(const char* page,
                                      const ctemplate::TemplateDictionary& dict) const {
  std::optional<std::string> out = templates_.Expand(page, dict);
  CHECK(out.has_value());  // SelfCheck expanded every page and include at load
  return std::move(*out);
}

std::string CtemplateRenderer::Home(const PageFrame& f, const std::vector<Article>& latest,
                                    const std::vector<SectionBlock>& blocks) const {
  return Expand(kHomeTemplate, *HomeDictionary(f, latest, blocks));
}

std::string CtemplateRenderer::SectionPage(const PageFrame& f, const Section& s,
                                           const ArticleList& list) const {
  return Expand(kSectionTemplate, *SectionDictionary(f, s, list));
}

std::string CtemplateRenderer::ArticlePage(const PageFrame& f, const Section& s, const Article& a,
                                           const ArticleExtras& extras) const {
  return Expand(kArticleTemplate, *ArticleDictionary(f, s, a, extras));
}

std::string CtemplateRenderer::PrintPage(const PageFrame& f, const Section& s,
                                         const Article& a) const {
  return Expand(kPrintTemplate, *PrintDictionary(f, s, a));
}

std::string CtemplateRenderer::SavedPage(const PageFrame& f, const Section& s, const Article& a,
                                         const OfflineAssets& assets) const {
  return Expand(kSavedTemplate, *SavedDictionary(f, s, a, assets));
}

std::string CtemplateRenderer::SearchPage(const PageFrame& f, const SearchPageView& v) const {
  return Expand(kSearchTemplate, *SearchDictionary(f, v));
}

std::string CtemplateRenderer::NotFoundPage(const PageFrame& f) const {
  return Expand(kNotFoundTemplate, *ErrorDictionary(f));
}

std::string CtemplateRenderer::GonePage(const PageFrame& f) const {
  return Expand(kGoneTemplate, *ErrorDictionary(f));
}

}  // namespace toasoan

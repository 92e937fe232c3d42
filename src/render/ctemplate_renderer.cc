#include "render/ctemplate_renderer.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>
#include <utility>

#include "base/check.h"
#include "render/page_dictionaries.h"
#include "render/search_dictionary.h"
#include "render/template_files.h"

namespace toasoan {
namespace {

// Blank lines and the indentation of every line go; text that must keep a space across
// a line break in a template therefore stays on one line.
constexpr ctemplate::Strip kStrip = ctemplate::STRIP_WHITESPACE;

// A template without the pragma would print every variable unescaped.
Result<void> CheckPragma(const std::filesystem::path& file, std::string_view name) {
  std::ifstream in(file, std::ios::binary);
  std::string first(kAutoEscapePragma.size(), '\0');
  if (!in.read(first.data(), static_cast<std::streamsize>(first.size())) ||
      first != kAutoEscapePragma) {
    return Fail(Error::InvalidArgument("template " + std::string(name) + " (" + file.string() +
                                       ") does not start with " + std::string(kAutoEscapePragma)));
  }
  return {};
}

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

CtemplateRenderer::CtemplateRenderer(std::unique_ptr<ctemplate::TemplateCache> cache)
    : cache_(std::move(cache)) {}

CtemplateRenderer::~CtemplateRenderer() = default;

Result<std::unique_ptr<SiteRenderer>> CtemplateRenderer::Load(const std::string& templates_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(templates_dir, ec)) {
    return Fail(Error::Io("template folder " + templates_dir + " does not exist"));
  }
  auto cache = std::make_unique<ctemplate::TemplateCache>();
  if (!cache->SetTemplateRootDirectory(templates_dir)) {
    return Fail(Error::Io("cannot use " + templates_dir + " as the template folder"));
  }
  for (std::string_view name : kSiteTemplates) {
    const std::filesystem::path file = std::filesystem::path(templates_dir) / name;
    if (!std::filesystem::is_regular_file(file, ec)) {
      return Fail(Error::Io("template " + std::string(name) + " is missing from " + templates_dir));
    }
    TOASOAN_TRY(CheckPragma(file, name));
    // ctemplate logs the reason (line and column) to stderr.
    if (!cache->LoadTemplate(std::string(name), kStrip)) {
      return Fail(Error::InvalidArgument("template " + file.string() +
                                         " does not parse; ctemplate logged why above"));
    }
  }
  cache->Freeze();
  std::unique_ptr<CtemplateRenderer> renderer(new CtemplateRenderer(std::move(cache)));
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
    std::string out;
    if (!cache_->ExpandNoLoad(name, kStrip, dict.get(), nullptr, &out)) {
      return Fail(Error::InvalidArgument(std::string("template ") + name +
                                         " does not expand; check the partials it includes"));
    }
  }
  return {};
}

std::string CtemplateRenderer::Expand(const char* page,
                                      const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  const bool ok = cache_->ExpandNoLoad(page, kStrip, &dict, nullptr, &out);
  CHECK(ok);  // SelfCheck expanded every page and include at load
  return out;
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

#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/article.h"
#include "domain/article_audio.h"
#include "domain/photo_asset.h"
#include "domain/section.h"
#include "domain/site_settings.h"
#include "store/store.h"

namespace toasoan {

// The articles a home page block shows for one section.
struct SectionBlock {
  Section section;
  std::vector<Article> articles;
};

// A link to an article in a side list ("Bài liên quan", "Đọc nhiều"): its title, its
// path (from the section's and article's slugs and its id) and its date.
struct ArticleLink {
  Section section;
  Article article;
};

// "Đọc nhiều": the published articles read most in the last 24 hours and 7 days.
struct MostReadLists {
  std::vector<ArticleLink> day;
  std::vector<ArticleLink> week;
};

// What every public page needs: the site settings and the section menu, and what every
// page shows around its own content.
struct PageFrame {
  SiteSettings site;
  std::vector<Section> sections;  // the menu, in order
  // "Today" in the header with its lunar date, in Vietnam time ("Thứ Sáu, 16/10/2020
  // (30/8 âm lịch)"); none: no date line. Pages showing it carry the tag "date".
  std::optional<Timestamp> today;
  // Shown by the pages whose template has the block (home, article); empty lists are
  // not shown.
  MostReadLists most_read;
};

// What the saved copy of an article carries inside itself, so that it opens offline.
struct OfflineAssets {
  std::string css;  // the print stylesheet, written into a <style> element
  // Photo::file → its bytes as a data: URL ("data:image/jpeg;base64,…"). A photo that is
  // not here shows its caption only.
  std::map<std::string, std::string> photo_data_urls;
};

// What an article page shows besides the article itself.
struct ArticleExtras {
  // The listen-to-article player ("Nghe bài viết"), shown only when the audio is ready.
  std::optional<ArticleAudio> audio;
  // "Bài liên quan": related articles, best first (domain/related.h).
  std::vector<ArticleLink> related;
  // The library photos the body's images show (render/body_images.h): those images are
  // drawn like photo rows, with their variants' srcset. Others stay plain <img>.
  std::vector<PhotoAsset> body_photos;
};

// What the search page (/tim-kiem) shows.
struct SearchPageView {
  std::string query;         // the search box's value: what the reader typed (bounded)
  std::string searched_for;  // what was searched: `query`, or its Telex/VNI decoding
  bool decoded = false;      // searched_for decodes query; the page says so
  bool truncated = false;    // the query was cut to its bounds; the page says so
  std::string section_slug;  // the section filter, "" for all
  std::string from;          // the date filters as the reader gave them
  std::string to;
  bool bad_date = false;  // a date filter could not be read and was not applied
  std::vector<SearchHit> hits;
  int page = 1;
  std::string prev_url;        // the pager's links, "" for none
  std::string next_url;        //
  std::string unfiltered_url;  // the query without its filters, "" when it has none
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
  virtual std::string ArticlePage(const PageFrame& f, const Section& s, const Article& a,
                                  const ArticleExtras& extras) const = 0;
  std::string ArticlePage(const PageFrame& f, const Section& s, const Article& a) const {
    return ArticlePage(f, s, a, ArticleExtras{});
  }
  // The print view: no navigation, print stylesheet.
  virtual std::string PrintPage(const PageFrame& f, const Section& s, const Article& a) const = 0;
  // The saved copy ("Lưu bài viết"): the print view as one self-contained HTML file with
  // no script, its CSS inlined and its photos as data: URLs; relative links resolve
  // against the site (a <base> element). CSS containing "</" is left out (it would end
  // the <style> element), and so is a photo value that is not a base64 image data: URL.
  virtual std::string SavedPage(const PageFrame& f, const Section& s, const Article& a,
                                const OfflineAssets& assets) const = 0;
  // The search page: the form, then the hits with their matched words marked, or a
  // word on why nothing was found and what to try.
  virtual std::string SearchPage(const PageFrame& f, const SearchPageView& v) const = 0;
  virtual std::string NotFoundPage(const PageFrame& f) const = 0;
  // 410: the article was withdrawn.
  virtual std::string GonePage(const PageFrame& f) const = 0;
};

}  // namespace toasoan

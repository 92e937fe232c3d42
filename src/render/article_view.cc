#include "render/article_view.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "render/absolute_url.h"
#include "render/body_blocks.h"
#include "render/body_images.h"
#include "render/json_ld.h"
#include "render/template_files.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

Timestamp PublishedTime(const Article& a) { return a.published_at.value_or(a.updated_at); }

// Photo::file → data: URL for the saved copy; null on the site's pages.
using InlinePhotos = std::map<std::string, std::string>;

// The width a photo takes on the page (site.css: the column is 720 px from a tablet up,
// the screen's width below), for the browser's choice among the srcset candidates.
constexpr char kPhotoSizes[] = "(min-width: 768px) 720px, 100vw";

// "/media/a-480.webp 480w, /media/a-960.webp 960w" of the variants of `mime_type`, plus
// the original when it is wider than all of them and `with_original`.
std::string Srcset(const Photo& p, std::string_view mime_type, bool with_original) {
  std::string out;
  int widest = 0;
  for (const ImageVariant& v : p.variants) {
    if (v.mime_type != mime_type) continue;
    if (!out.empty()) out += ", ";
    out += "/media/" + v.file + " " + std::to_string(v.width) + "w";
    widest = std::max(widest, v.width);
  }
  if (with_original && !out.empty() && p.width > widest) {
    out += ", " + MediaPath(p) + " " + std::to_string(p.width) + "w";
  }
  return out;
}

// Adds the PICTURE include (partials/picture.tpl) of `p` to `parent`: its file, `alt`,
// its size when known and the srcsets of its variants; lazily loaded unless `first`.
void AddPicture(ctemplate::TemplateDictionary* parent, const Photo& p, const std::string& alt,
                bool first) {
  ctemplate::TemplateDictionary* img = parent->AddIncludeDictionary("PICTURE");
  img->SetFilename(kPicturePartial);
  img->SetValue("SRC", MediaPath(p));
  img->SetValue("ALT", alt);
  if (!first) img->ShowSection("LAZY");
  if (p.width > 0 && p.height > 0) {
    ctemplate::TemplateDictionary* size = img->AddSectionDictionary("SIZE");
    size->SetIntValue("WIDTH", p.width);
    size->SetIntValue("HEIGHT", p.height);
  }
  for (const auto& [section, mime_type] :
       {std::pair{"WEBP", "image/webp"}, std::pair{"JPEG", "image/jpeg"}}) {
    const std::string srcset = Srcset(p, mime_type, section == std::string_view("JPEG"));
    if (srcset.empty()) continue;
    ctemplate::TemplateDictionary* set = img->AddSectionDictionary(section);
    set->SetValue("SRCSET", srcset);
    set->SetValue("SIZES", kPhotoSizes);
  }
}

void AddPhoto(ctemplate::TemplateDictionary* block, const Photo& p, const InlinePhotos* inlined,
              bool first) {
  ctemplate::TemplateDictionary* d = block->AddIncludeDictionary("PHOTO");
  d->SetFilename(kPhotoPartial);
  // Every <img> has an alt: the newsroom's own text, else the caption, else "" (which
  // tells a screen reader the picture adds nothing to the words around it).
  const std::string alt = p.alt.empty() ? p.caption : p.alt;
  if (inlined != nullptr) {
    const auto it = p.file.empty() ? inlined->end() : inlined->find(p.file);
    if (it != inlined->end() && IsImageDataUrl(it->second)) {
      ctemplate::TemplateDictionary* img = d->AddSectionDictionary("INLINE_IMAGE");
      img->SetValue("DATA_URL", it->second);
      img->SetValue("ALT", alt);
    }
  } else if (p.file.empty()) {
    // Awaiting its upload: a neutral box, never an <img> without a source.
    d->ShowSection("AWAITING");
  } else {
    AddPicture(d->AddSectionDictionary("IMAGE"), p, alt, first);
  }
  if (!p.caption.empty() || !p.credit.empty()) {
    ctemplate::TemplateDictionary* cap = d->AddSectionDictionary("FIGCAPTION");
    ShowIfSet(cap, "CAPTION", p.caption);
    ShowIfSet(cap, "CREDIT", p.credit);
  }
}

// Library photo file → the asset, for the body's images.
using BodyPhotos = std::map<std::string, const PhotoAsset*>;

// The body image `img` of a library photo `asset` as a Photo row would show it.
Photo PhotoOfBodyImage(const BodyImage& img, const PhotoAsset& asset) {
  Photo p;
  p.file = asset.file;
  p.asset_id = asset.id;
  p.width = asset.width;
  p.height = asset.height;
  p.variants = asset.variants;
  if (p.width <= 0 || p.height <= 0) {
    p.width = img.width;
    p.height = img.height;
  }
  return p;
}

// Adds the PARTs of one body block: its HTML, cut at each <img> of a library photo in
// `body_photos`, which becomes that photo's PICTURE (its alt kept). `*image_shown` says
// whether an image came before; it is set when the block has one.
void AddBlockParts(ctemplate::TemplateDictionary* block, std::string_view html,
                   const BodyPhotos* body_photos, bool* image_shown) {
  size_t done = 0;
  for (const BodyImage& img : FindBodyImages(html)) {
    const bool first = !*image_shown;
    *image_shown = true;
    if (body_photos == nullptr) continue;
    const std::string file = LibraryPhotoFile(img.src);
    const auto it = file.empty() ? body_photos->end() : body_photos->find(file);
    if (it == body_photos->end()) continue;
    ctemplate::TemplateDictionary* part = block->AddSectionDictionary("PART");
    part->SetValue("HTML", std::string(html.substr(done, img.begin - done)));
    const PhotoAsset& asset = *it->second;
    // The body's alt as written; an image without one takes the library's text.
    const std::string alt = img.has_alt ? img.alt : (asset.alt.empty() ? asset.caption : asset.alt);
    AddPicture(part, PhotoOfBodyImage(img, asset), alt, first);
    done = img.end;
  }
  block->AddSectionDictionary("PART")->SetValue("HTML", std::string(html.substr(done)));
}

std::string FirstPhotoUrl(const SiteSettings& site, const Article& a) {
  for (const Photo& p : a.photos) {
    if (!p.file.empty()) return AbsoluteUrl(site, MediaPath(p));
  }
  return {};
}

void FillContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a,
                 const InlinePhotos* inlined, const BodyPhotos* body_photos) {
  ctemplate::TemplateDictionary* d = page->AddIncludeDictionary("CONTENT");
  d->SetFilename(kArticleContentPartial);
  d->SetValue("SECTION_NAME", s.name);
  d->SetValue("SECTION_URL", SectionPath(s));
  d->SetValue("TITLE", a.title);
  d->SetValue("UPDATED_ISO", FormatRfc3339Vietnam(a.updated_at));
  d->SetValue("UPDATED_LINE", FormatUpdateLine(a.updated_at));
  ShowIfSet(d, "LEAD", a.lead);

  std::vector<Photo> photos = a.photos;
  std::stable_sort(photos.begin(), photos.end(),
                   [](const Photo& x, const Photo& y) { return x.position < y.position; });
  const std::vector<std::string_view> blocks = SplitTopLevelBlocks(a.body_html);
  auto next_photo = photos.begin();
  // The page's first image is likely in view on load: it is not lazy.
  bool image_shown = false;
  auto add_photo = [&](ctemplate::TemplateDictionary* block, const Photo& p) {
    AddPhoto(block, p, inlined, !image_shown);
    image_shown = true;
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    ctemplate::TemplateDictionary* block = d->AddSectionDictionary("BLOCK");
    for (; next_photo != photos.end() && next_photo->position <= static_cast<int>(i);
         ++next_photo) {
      add_photo(block, *next_photo);
    }
    AddBlockParts(block, blocks[i], body_photos, &image_shown);
  }
  // Photos placed after the last paragraph (or in an article without a body).
  if (next_photo != photos.end()) {
    ctemplate::TemplateDictionary* block = d->AddSectionDictionary("BLOCK");
    for (; next_photo != photos.end(); ++next_photo) add_photo(block, *next_photo);
  }

  if (!a.bylines.empty()) {
    ctemplate::TemplateDictionary* bylines = d->AddSectionDictionary("BYLINES");
    for (const std::string& name : a.bylines) {
      bylines->AddSectionDictionary("BYLINE")->SetValue("NAME", name);
    }
  }
}

}  // namespace

void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a) {
  FillContent(page, s, a, nullptr, nullptr);
}

void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a,
                        const std::vector<PhotoAsset>& body_photos) {
  BodyPhotos by_file;
  for (const PhotoAsset& asset : body_photos) {
    if (!asset.file.empty()) by_file.emplace(asset.file, &asset);
  }
  FillContent(page, s, a, nullptr, &by_file);
}

void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a,
                        const std::map<std::string, std::string>& photo_data_urls) {
  FillContent(page, s, a, &photo_data_urls, nullptr);
}

bool IsImageDataUrl(std::string_view url) {
  constexpr std::string_view kPrefix = "data:image/";
  constexpr std::string_view kBase64 = ";base64,";
  if (!url.starts_with(kPrefix)) return false;
  const size_t marker = url.find(kBase64);
  if (marker == std::string_view::npos) return false;
  const std::string_view type = url.substr(kPrefix.size(), marker - kPrefix.size());
  if (type.empty()) return false;
  for (char c : type) {
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!ok) return false;
  }
  const std::string_view data = url.substr(marker + kBase64.size());
  size_t padding = 0;
  for (char c : data) {
    if (c == '=') {
      ++padding;
      continue;
    }
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '+' || c == '/';
    if (!ok || padding > 0) return false;  // padding only at the end
  }
  return padding <= 2 && data.size() % 4 == 0;
}

HeadInfo ArticleHead(const PageFrame& f, const Section& s, const Article& a) {
  HeadInfo head;
  head.description = a.lead.empty() ? f.site.description : a.lead;
  head.canonical_path = ArticlePath(s, a);
  head.og_title = a.title;
  head.og_type = "article";
  head.image_url = FirstPhotoUrl(f.site, a);
  head.published_time = FormatRfc3339Vietnam(PublishedTime(a));
  head.modified_time = FormatRfc3339Vietnam(a.updated_at);
  head.section_name = s.name;
  const std::string image =
      head.image_url.empty() ? AbsoluteUrl(f.site, f.site.logo_url) : head.image_url;
  // Without its JSON-LD the page still serves its reader.
  Result<std::string> json =
      NewsArticleJsonLd(f.site, s, a, AbsoluteUrl(f.site, head.canonical_path), image);
  if (json) {
    head.json_ld = std::move(*json);
  } else {
    spdlog::warn("article {}: {}", a.id, json.error().message());
  }
  return head;
}

void AddTeaser(ctemplate::TemplateDictionary* dict, const char* name, const Section& s,
               const Article& a, bool with_lead, bool with_section) {
  ctemplate::TemplateDictionary* d = dict->AddSectionDictionary(name);
  d->SetValue("TITLE", a.title);
  d->SetValue("URL", ArticlePath(s, a));
  const Timestamp t = PublishedTime(a);
  d->SetValue("DATETIME", FormatRfc3339Vietnam(t));
  d->SetValue("DATE", FormatVietnamDate(t) + " " + FormatVietnamTime(t));
  if (with_lead) ShowIfSet(d, "LEAD", a.lead);
  if (with_section) {
    ctemplate::TemplateDictionary* sec = d->AddSectionDictionary("SECTION");
    sec->SetValue("NAME", s.name);
    sec->SetValue("URL", SectionPath(s));
  }
}

}  // namespace toasoan

#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/article.h"
#include "domain/photo_asset.h"
#include "domain/section.h"
#include "render/page_view.h"
#include "render/site_renderer.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace toasoan {

// Adds the CONTENT include (partials/article_content.tpl) to `page`: section link,
// TITLE, the update line, the lead, the body split into BLOCKs with each photo (PHOTO
// include, partials/photo.tpl) before the block at its position, and the bylines.
// Shared by the article page and its print view.
void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a);

// The same for the article page, where each <img> of the body showing one of
// `body_photos` (library photos, matched by "/media/" + PhotoAsset::file) becomes the
// <picture> a photo row of it would have (srcsets of its variants, sizes, width and
// height, lazy unless it is the page's first image), with the body's own alt. Other
// images stay as they are.
void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a,
                        const std::vector<PhotoAsset>& body_photos);

// The same for the saved copy, whose photos are inlined: a photo's <img> takes its source
// from `photo_data_urls` (Photo::file → data: URL, see IsImageDataUrl); a photo without
// a valid entry shows its caption only, never a box that would need a file.
void FillArticleContent(ctemplate::TemplateDictionary* page, const Section& s, const Article& a,
                        const std::map<std::string, std::string>& photo_data_urls);

// Whether `url` is "data:image/<type>;base64,<base64>" and nothing else, so it can stand
// in an attribute without escaping (ctemplate would turn a data: URL into "#").
bool IsImageDataUrl(std::string_view url);

// The <head> of an article page: lead as description, og:type article, first photo
// with a file (else the logo) as image, times, section, NewsArticle JSON-LD.
HeadInfo ArticleHead(const PageFrame& f, const Section& s, const Article& a);

// Adds one article of a listing as a section dictionary `name` of `dict`: TITLE, URL,
// DATETIME (RFC 3339) and DATE ("16/10/2020 02:34"), LEAD when `with_lead`, and
// SECTION (NAME, URL) when `with_section`.
void AddTeaser(ctemplate::TemplateDictionary* dict, const char* name, const Section& s,
               const Article& a, bool with_lead, bool with_section);

}  // namespace toasoan

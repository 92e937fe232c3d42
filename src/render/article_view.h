#pragma once

#include <string>

#include "domain/article.h"
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

// The <head> of an article page: lead as description, og:type article, first photo
// with a file (else the logo) as image, times, section, NewsArticle JSON-LD.
HeadInfo ArticleHead(const PageFrame& f, const Section& s, const Article& a);

// Adds one article of a listing as a section dictionary `name` of `dict`: TITLE, URL,
// DATETIME (RFC 3339) and DATE ("16/10/2020 02:34"), LEAD when `with_lead`, and
// SECTION (NAME, URL) when `with_section`.
void AddTeaser(ctemplate::TemplateDictionary* dict, const char* name, const Section& s,
               const Article& a, bool with_lead, bool with_section);

}  // namespace toasoan

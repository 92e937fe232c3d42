#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/article.h"
#include "domain/section.h"

namespace toasoan {

// Public URL paths. An article lives at /{section-slug}/{article-slug}-{id}; its print
// view at that path + "/in". Only the id identifies the article: a request with an
// outdated slug or section is redirected to the canonical path.
std::string SectionPath(const Section& s);
std::string ArticlePath(const Section& s, const Article& a);
std::string PrintPath(const Section& s, const Article& a);
// The saved copy ("Lưu bài viết"), a download: the article path + "/luu".
std::string SavePath(const Section& s, const Article& a);
// The feeds: the site's latest articles at /rss.xml (RSS 2.0) and /atom.xml (Atom), a
// section's at /{section-slug}/rss.xml and /{section-slug}/atom.xml.
inline constexpr char kRssPath[] = "/rss.xml";
inline constexpr char kAtomPath[] = "/atom.xml";
std::string SectionRssPath(const Section& s);
std::string SectionAtomPath(const Section& s);
// The public path of a photo's file ("/media/" + file); empty while the photo awaits its file.
std::string MediaPath(const Photo& p);
// The id at the end of an article path segment ("o-mon-thoi-lai-1" → 1), if any.
std::optional<int64_t> ArticleIdFromSegment(std::string_view segment);

}  // namespace toasoan

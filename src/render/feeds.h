#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/site_settings.h"

namespace toasoan {

// The cover photo of a feed item: its absolute URL, media type and size in bytes (RSS
// requires all three for an enclosure).
struct FeedEnclosure {
  std::string url;
  std::string type;  // "image/jpeg"
  uint64_t length = 0;
};

// One article of a feed. The article's body is not used: feeds carry the full lead.
struct FeedItem {
  Article article;
  Section section;
  std::optional<FeedEnclosure> enclosure;
};

// What a feed is about: the whole site or one section.
struct FeedChannel {
  std::string title;        // the site's name, or "section - site"
  std::string description;  // the site's description
  std::string page_url;     // absolute URL of the page the feed follows (home, section)
  std::string self_url;     // absolute URL of the feed itself
  Timestamp updated{};      // the newest time of its items (or of the site, when empty)
};

// RSS 2.0 (with atom:link rel=self and dc:creator for the bylines) and Atom 1.0 documents
// of `items`, newest first as given. Each item links to its article page and carries its
// title, lead, section, bylines, publication and update times (Vietnam offset), and the
// cover photo as an enclosure (RSS) or a link rel="enclosure" (Atom). Item ids are tag
// URIs made of the site's host, the publication date and the article id
// ("tag:phusa.gov.vn,2020-10-16:bai-viet/1"), so a retitled article (whose URL changes)
// is not seen as new. Every value is escaped, and characters XML cannot carry are
// dropped; RSS descriptions, which readers take as HTML, are escaped for HTML first (the
// lead is plain text), Atom's summary is type="text". Pure and thread-safe.
std::string RssFeed(const SiteSettings& site, const FeedChannel& channel,
                    const std::vector<FeedItem>& items);
std::string AtomFeed(const SiteSettings& site, const FeedChannel& channel,
                     const std::vector<FeedItem>& items);

// "Fri, 16 Oct 2020 02:34:00 +0700": RFC 822 (with a four-digit year, as RSS 2.0 asks)
// in Vietnam time.
std::string FormatRfc822Vietnam(Timestamp t);

}  // namespace toasoan

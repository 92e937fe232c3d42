#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "http/router.h"
#include "render/feeds.h"
#include "store/store.h"

namespace toasoan {

// The RSS 2.0 and Atom feeds: /rss.xml and /atom.xml of the whole site,
// /{section}/rss.xml and /{section}/atom.xml of one section (its own articles, not its
// children's). Each holds the latest 50 published articles with their full lead and their
// cover photo: the first photo whose file is in the media folder, with its media type and
// size read from that file. Answers are cacheable and tagged with what they show
// ("list:all" or "section:ID" and "list:section:ID", "sections", "settings", and
// "article:ID" per item). Thread-safe.
class Feeds {
 public:
  static constexpr int kItems = 50;

  // `media_dir` is the data folder's media/; `base_url_override` as PublicSite's; `clock`
  // dates a feed that has no items.
  Feeds(Store& store, std::filesystem::path media_dir, std::string base_url_override,
        const Clock& clock = Clock::System())
      : store_(store),
        media_dir_(std::move(media_dir)),
        base_url_override_(std::move(base_url_override)),
        clock_(clock) {}

  // `not_found` answers a feed of a section that does not exist.
  void AddRoutes(http::Router& router, http::Handler not_found) const;

 private:
  enum class Format { kRss, kAtom };

  http::Response Feed(std::optional<std::string_view> section_slug, Format format,
                      const http::Handler& not_found) const;
  // The enclosure of an article's first photo whose file exists under media_dir_.
  std::optional<FeedEnclosure> Enclosure(const SiteSettings& site, const Article& a) const;

  Store& store_;
  std::filesystem::path media_dir_;
  std::string base_url_override_;
  const Clock& clock_;
};

// The media type of an image file from its extension ("image/jpeg"), or "" for a file
// that is not a web image.
std::string ImageMediaType(const std::filesystem::path& file);

}  // namespace toasoan

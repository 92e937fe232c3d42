#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "render/site_renderer.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace toasoan {

// What a page's <head> says about it beyond the site-wide lines. The page templates
// write their own <title>, so every reader-visible word stays in the templates.
struct HeadInfo {
  std::string description;     // <meta name=description>, og:description; "" for none
  std::string canonical_path;  // "/quan-uy-huyen-uy"; "" for none (error pages)
  bool open_graph = true;      // og:* lines (not on error pages)
  std::string og_title;        // defaults to the site name
  std::string og_type = "website";
  std::string image_url;    // og:image; "" means the site logo, if any
  bool noindex = false;     // error pages and the print view
  bool print_view = false;  // print.css for every medium instead of site.css
  // Article pages only.
  std::string published_time;  // RFC 3339, Vietnam offset
  std::string modified_time;
  std::string section_name;
  std::string json_ld;  // already safe for a <script> element
  // The section whose feeds the page links to besides the site's (its listing and its
  // articles); none on other pages.
  std::optional<Section> feed_section;
};

// Sets SITE_NAME on the page itself and fills its HEAD include (partials/head.tpl).
void FillHead(ctemplate::TemplateDictionary* page, const SiteSettings& site, const HeadInfo& head);

// Where a page stands in the section menu.
struct NavPosition {
  bool home = false;          // the home page itself
  int64_t section_id = -1;    // the section the page belongs to, -1 for none
  bool section_page = false;  // the page is that section's listing (not an article in it)

  static NavPosition Home() { return {true, -1, false}; }
  static NavPosition Listing(int64_t section_id) { return {false, section_id, true}; }
  static NavPosition InSection(int64_t section_id) { return {false, section_id, false}; }
  static NavPosition Nowhere() { return {}; }
};

// Fills the HEADER include (partials/header.tpl): skip link, logo, the date of f.today
// with its lunar date when set, and the section menu, its current item marked with
// aria-current ("page" on the item's own page, "true" on an article of the section).
void FillHeader(ctemplate::TemplateDictionary* page, const PageFrame& f, NavPosition nav);

// Fills the MOST_READ include (partials/most_read.tpl) with f.most_read, "Đọc nhiều";
// nothing when both lists are empty.
void FillMostRead(ctemplate::TemplateDictionary* page, const PageFrame& f);

// Fills the FOOTER include (partials/footer.tpl) with the publisher lines that are set.
void FillFooter(ctemplate::TemplateDictionary* page, const SiteSettings& site);

// Shows `section` with {{TEXT}} = `value` when `value` is not empty.
void ShowIfSet(ctemplate::TemplateDictionary* dict, const char* section, const std::string& value);

}  // namespace toasoan

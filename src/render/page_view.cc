#include "render/page_view.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <string_view>

#include "render/absolute_url.h"
#include "render/template_files.h"
#include "render/urls.h"
#include "text/lunar_calendar.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

// The footer template writes the label ("Cơ quan chủ quản: …"); a setting typed with
// its label already in front must not show it twice.
std::string WithoutLabel(std::string value, std::string_view label) {
  if (value.starts_with(label)) {
    value.erase(0, label.size());
    const size_t start = value.find_first_not_of(" :");
    value.erase(0, start == std::string::npos ? value.size() : start);
  }
  return value;
}

}  // namespace

void ShowIfSet(ctemplate::TemplateDictionary* dict, const char* section, const std::string& value) {
  if (value.empty()) return;
  dict->AddSectionDictionary(section)->SetValue("TEXT", value);
}

void FillHead(ctemplate::TemplateDictionary* page, const SiteSettings& site, const HeadInfo& head) {
  page->SetValue("SITE_NAME", site.name);
  ctemplate::TemplateDictionary* d = page->AddIncludeDictionary("HEAD");
  d->SetFilename(kHeadPartial);
  d->SetValue("SITE_NAME", site.name);
  ShowIfSet(d, "DESCRIPTION", head.description);
  if (head.noindex) d->ShowSection("NOINDEX");
  const std::string canonical = AbsoluteUrl(site, head.canonical_path);
  ShowIfSet(d, "CANONICAL", canonical);
  d->ShowSection(head.print_view ? "PRINT_VIEW" : "SCREEN_VIEW");
  if (head.open_graph) {
    ctemplate::TemplateDictionary* og = d->AddSectionDictionary("OPEN_GRAPH");
    og->SetValue("SITE_NAME", site.name);
    og->SetValue("TITLE", head.og_title.empty() ? site.name : head.og_title);
    og->SetValue("TYPE", head.og_type);
    ShowIfSet(og, "OG_DESCRIPTION", head.description);
    ShowIfSet(og, "OG_URL", canonical);
    const std::string image =
        head.image_url.empty() ? AbsoluteUrl(site, site.logo_url) : head.image_url;
    ShowIfSet(og, "OG_IMAGE", image);
  }
  if (!head.published_time.empty()) {
    ctemplate::TemplateDictionary* meta = d->AddSectionDictionary("ARTICLE_META");
    meta->SetValue("PUBLISHED_TIME", head.published_time);
    meta->SetValue("MODIFIED_TIME", head.modified_time);
    meta->SetValue("SECTION_NAME", head.section_name);
  }
  if (!head.json_ld.empty()) d->AddSectionDictionary("JSON_LD")->SetValue("JSON", head.json_ld);
  if (head.feed_section) {
    ctemplate::TemplateDictionary* feed = d->AddSectionDictionary("SECTION_FEED");
    feed->SetValue("NAME", head.feed_section->name);
    feed->SetValue("RSS", SectionRssPath(*head.feed_section));
    feed->SetValue("ATOM", SectionAtomPath(*head.feed_section));
  }
}

void FillHeader(ctemplate::TemplateDictionary* page, const PageFrame& f, NavPosition nav) {
  ctemplate::TemplateDictionary* d = page->AddIncludeDictionary("HEADER");
  d->SetFilename(kHeaderPartial);
  d->SetValue("SITE_NAME", f.site.name);
  if (f.site.logo_url.empty()) {
    d->ShowSection("TEXT_LOGO");
  } else {
    d->AddSectionDictionary("LOGO")->SetValue("LOGO_URL", f.site.logo_url);
  }
  if (f.today) {
    const LunarDate lunar = VietnamLunarDate(*f.today);
    ctemplate::TemplateDictionary* today = d->AddSectionDictionary("TODAY");
    today->SetValue("DATE", FormatVietnamWeekdayDate(*f.today));
    // The date part of the RFC 3339 time: the day in Vietnam.
    today->SetValue("DATE_ISO", FormatRfc3339Vietnam(*f.today).substr(0, 10));
    today->SetIntValue("LUNAR_DAY", lunar.day);
    today->SetIntValue("LUNAR_MONTH", lunar.month);
    if (lunar.leap) today->ShowSection("LEAP");
  }
  if (nav.home) d->ShowSection("HOME_CURRENT");
  for (const Section& s : f.sections) {
    ctemplate::TemplateDictionary* item = d->AddSectionDictionary("NAV_ITEM");
    item->SetValue("NAME", s.name);
    item->SetValue("URL", SectionPath(s));
    if (s.id == nav.section_id) item->ShowSection(nav.section_page ? "CURRENT_PAGE" : "CURRENT");
  }
}

void FillMostRead(ctemplate::TemplateDictionary* page, const PageFrame& f) {
  if (f.most_read.day.empty() && f.most_read.week.empty()) return;
  ctemplate::TemplateDictionary* d = page->AddIncludeDictionary("MOST_READ");
  d->SetFilename(kMostReadPartial);
  for (const auto& [name, list] :
       {std::pair{"DAY", &f.most_read.day}, std::pair{"WEEK", &f.most_read.week}}) {
    if (list->empty()) continue;
    ctemplate::TemplateDictionary* section = d->AddSectionDictionary(name);
    for (const ArticleLink& link : *list) {
      ctemplate::TemplateDictionary* item = section->AddSectionDictionary("ITEM");
      item->SetValue("TITLE", link.article.title);
      item->SetValue("URL", ArticlePath(link.section, link.article));
    }
  }
}

void FillFooter(ctemplate::TemplateDictionary* page, const SiteSettings& site) {
  ctemplate::TemplateDictionary* d = page->AddIncludeDictionary("FOOTER");
  d->SetFilename(kFooterPartial);
  d->SetValue("SITE_NAME", site.name);
  ShowIfSet(d, "DESCRIPTION", site.description);
  ShowIfSet(d, "GOVERNING_BODY", WithoutLabel(site.governing_body, "Cơ quan chủ quản"));
  ShowIfSet(d, "RESPONSIBLE_PERSON",
            WithoutLabel(site.responsible_person, "Chịu trách nhiệm chính"));
  ShowIfSet(d, "LICENCE", WithoutLabel(WithoutLabel(site.licence, "Giấy phép số"), "Giấy phép"));
  ShowIfSet(d, "ADDRESS", WithoutLabel(site.address, "Địa chỉ"));
  ShowIfSet(d, "CONTACT", site.contact);
}

}  // namespace toasoan

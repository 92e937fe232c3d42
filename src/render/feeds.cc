#include "render/feeds.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <string_view>

#include "html/escape.h"
#include "render/absolute_url.h"
#include "render/urls.h"
#include "render/xml_text.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

Timestamp Published(const Article& a) { return a.published_at.value_or(a.updated_at); }

// `<name>text</name>` with the text escaped.
void Element(std::string* out, std::string_view name, std::string_view text) {
  out->append("<").append(name).append(">");
  AppendXmlEscaped(text, out);
  out->append("</").append(name).append(">\n");
}

// ` name="value"` with the value escaped.
void Attribute(std::string* out, std::string_view name, std::string_view value) {
  out->append(" ").append(name).append("=\"");
  AppendXmlEscaped(value, out);
  out->append("\"");
}

// The host of the site's URL, without scheme, port or path: the tagging entity of the
// items' tag URIs (RFC 4151).
std::string Host(const SiteSettings& site) {
  std::string_view url = site.base_url;
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find_first_of("/:?#"));
  return url.empty() ? std::string("localhost") : std::string(url);
}

std::string TagUri(const SiteSettings& site, const Article& a) {
  // The date part of the Vietnam time in RFC 3339: YYYY-MM-DD.
  return "tag:" + Host(site) + "," + FormatRfc3339Vietnam(Published(a)).substr(0, 10) +
         ":bai-viet/" + std::to_string(a.id);
}

std::string Bylines(const Article& a) {
  std::string joined;
  for (const std::string& name : a.bylines) {
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
}

}  // namespace

std::string FormatRfc822Vietnam(Timestamp t) {
  using namespace std::chrono;
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed",
                                                    "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const Timestamp local = t + kVietnamOffset;
  const sys_days day = floor<days>(local);
  const year_month_day ymd{day};
  const hh_mm_ss<seconds> hms{local - day};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02d:%02d:%02d +0700",
                kDays[weekday{day}.c_encoding()], static_cast<unsigned>(ymd.day()),
                kMonths[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string RssFeed(const SiteSettings& site, const FeedChannel& channel,
                    const std::vector<FeedItem>& items) {
  std::string out;
  out.reserve(1024 + items.size() * 1024);
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
  Element(&out, "title", channel.title);
  Element(&out, "link", channel.page_url);
  // RSS readers take a description as HTML: the plain text is escaped for HTML first.
  Element(&out, "description", EscapeHtml(channel.description));
  out.append("<atom:link rel=\"self\" type=\"application/rss+xml\"");
  Attribute(&out, "href", channel.self_url);
  out.append("/>\n");
  Element(&out, "language", "vi");
  Element(&out, "lastBuildDate", FormatRfc822Vietnam(channel.updated));
  Element(&out, "generator", "Tòa Soạn");
  for (const FeedItem& item : items) {
    const Article& a = item.article;
    out.append("<item>\n");
    Element(&out, "title", a.title);
    Element(&out, "link", AbsoluteUrl(site, ArticlePath(item.section, a)));
    out.append("<guid isPermaLink=\"false\">");
    AppendXmlEscaped(TagUri(site, a), &out);
    out.append("</guid>\n");
    if (!a.lead.empty()) Element(&out, "description", EscapeHtml(a.lead));
    Element(&out, "pubDate", FormatRfc822Vietnam(Published(a)));
    Element(&out, "category", item.section.name);
    if (!a.bylines.empty()) Element(&out, "dc:creator", Bylines(a));
    if (item.enclosure) {
      out.append("<enclosure");
      Attribute(&out, "url", item.enclosure->url);
      Attribute(&out, "length", std::to_string(item.enclosure->length));
      Attribute(&out, "type", item.enclosure->type);
      out.append("/>\n");
    }
    out.append("</item>\n");
  }
  out.append("</channel>\n</rss>\n");
  return out;
}

std::string AtomFeed(const SiteSettings& site, const FeedChannel& channel,
                     const std::vector<FeedItem>& items) {
  std::string out;
  out.reserve(1024 + items.size() * 1024);
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n");
  Element(&out, "id", channel.self_url);
  Element(&out, "title", channel.title);
  if (!channel.description.empty()) Element(&out, "subtitle", channel.description);
  Element(&out, "updated", FormatRfc3339Vietnam(channel.updated));
  out.append("<link rel=\"self\" type=\"application/atom+xml\"");
  Attribute(&out, "href", channel.self_url);
  out.append("/>\n<link rel=\"alternate\" type=\"text/html\"");
  Attribute(&out, "href", channel.page_url);
  out.append("/>\n<author>");
  Element(&out, "name", site.name);
  out.append("</author>\n");
  Element(&out, "generator", "Tòa Soạn");
  for (const FeedItem& item : items) {
    const Article& a = item.article;
    out.append("<entry>\n");
    Element(&out, "id", TagUri(site, a));
    Element(&out, "title", a.title);
    out.append("<link rel=\"alternate\" type=\"text/html\"");
    Attribute(&out, "href", AbsoluteUrl(site, ArticlePath(item.section, a)));
    out.append("/>\n");
    Element(&out, "published", FormatRfc3339Vietnam(Published(a)));
    Element(&out, "updated", FormatRfc3339Vietnam(std::max(a.updated_at, Published(a))));
    if (!a.lead.empty()) {
      out.append("<summary type=\"text\">");
      AppendXmlEscaped(a.lead, &out);
      out.append("</summary>\n");
    }
    for (const std::string& name : a.bylines) {
      out.append("<author>");
      Element(&out, "name", name);
      out.append("</author>\n");
    }
    out.append("<category");
    Attribute(&out, "term", item.section.slug);
    Attribute(&out, "label", item.section.name);
    out.append("/>\n");
    if (item.enclosure) {
      out.append("<link rel=\"enclosure\"");
      Attribute(&out, "href", item.enclosure->url);
      Attribute(&out, "type", item.enclosure->type);
      Attribute(&out, "length", std::to_string(item.enclosure->length));
      out.append("/>\n");
    }
    out.append("</entry>\n");
  }
  out.append("</feed>\n");
  return out;
}

}  // namespace toasoan

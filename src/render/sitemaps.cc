#include "render/sitemaps.h"

#include "render/xml_text.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

constexpr char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
constexpr char kSitemapNs[] = "http://www.sitemaps.org/schemas/sitemap/0.9";
constexpr char kNewsNs[] = "http://www.google.com/schemas/sitemap-news/0.9";

void Element(std::string* out, std::string_view name, std::string_view text) {
  out->append("<").append(name).append(">");
  AppendXmlEscaped(text, out);
  out->append("</").append(name).append(">");
}

// <loc> and <lastmod> of an entry, inside `wrapper`.
void AppendEntry(std::string* out, std::string_view wrapper, const SitemapEntry& e) {
  out->append("<").append(wrapper).append(">");
  Element(out, "loc", e.loc);
  if (e.lastmod) Element(out, "lastmod", FormatRfc3339Vietnam(*e.lastmod));
  out->append("</").append(wrapper).append(">\n");
}

}  // namespace

std::string SitemapIndexXml(const std::vector<SitemapEntry>& sitemaps) {
  std::string out = kXmlDeclaration;
  out.append("<sitemapindex xmlns=\"").append(kSitemapNs).append("\">\n");
  for (const SitemapEntry& e : sitemaps) AppendEntry(&out, "sitemap", e);
  out.append("</sitemapindex>\n");
  return out;
}

std::string SitemapXml(const std::vector<SitemapEntry>& pages) {
  std::string out = kXmlDeclaration;
  out.reserve(pages.size() * 160 + 128);
  out.append("<urlset xmlns=\"").append(kSitemapNs).append("\">\n");
  for (const SitemapEntry& e : pages) AppendEntry(&out, "url", e);
  out.append("</urlset>\n");
  return out;
}

std::string NewsSitemapXml(const std::string& publication_name,
                           const std::vector<NewsSitemapEntry>& articles) {
  std::string out = kXmlDeclaration;
  out.append("<urlset xmlns=\"")
      .append(kSitemapNs)
      .append("\" xmlns:news=\"")
      .append(kNewsNs)
      .append("\">\n");
  for (const NewsSitemapEntry& a : articles) {
    out.append("<url>");
    Element(&out, "loc", a.loc);
    out.append("<news:news><news:publication>");
    Element(&out, "news:name", publication_name);
    Element(&out, "news:language", "vi");
    out.append("</news:publication>");
    Element(&out, "news:publication_date", FormatRfc3339Vietnam(a.published));
    Element(&out, "news:title", a.title);
    out.append("</news:news></url>\n");
  }
  out.append("</urlset>\n");
  return out;
}

std::string RobotsTxt(const std::vector<std::string>& sitemap_urls) {
  std::string out =
      "User-agent: *\n"
      "Allow: /\n"
      "Disallow: /api/\n";
  if (!sitemap_urls.empty()) out.push_back('\n');
  for (const std::string& url : sitemap_urls) {
    // A line break in a URL would start a directive of its own.
    if (url.find_first_of("\r\n") != std::string::npos) continue;
    out.append("Sitemap: ").append(url).push_back('\n');
  }
  return out;
}

}  // namespace toasoan

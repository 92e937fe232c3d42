#include "render/json_ld.h"

#include <exception>

#include <nlohmann/json.hpp>

#include "render/absolute_url.h"
#include "text/vietnamese_time.h"

namespace toasoan {

std::string ScriptSafeJson(std::string_view json) {
  std::string out;
  out.reserve(json.size() + 16);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        // U+2028 and U+2029 (E2 80 A8/A9) end a line in older JavaScript parsers.
        if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
            (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
          out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += c;
        }
    }
  }
  return out;
}

Result<std::string> NewsArticleJsonLd(const SiteSettings& site, const Section& section,
                                      const Article& a, const std::string& page_url,
                                      const std::string& image_url) {
  try {
    using nlohmann::json;
    json authors = json::array();
    for (const std::string& name : a.bylines) {
      authors.push_back({{"@type", "Person"}, {"name", name}});
    }
    json publisher = {{"@type", "Organization"}, {"name", site.name}};
    if (!site.logo_url.empty()) {
      publisher["logo"] = {{"@type", "ImageObject"}, {"url", AbsoluteUrl(site, site.logo_url)}};
    }
    json doc = {
        {"@context", "https://schema.org"},
        {"@type", "NewsArticle"},
        {"headline", a.title},
        {"datePublished", FormatRfc3339Vietnam(a.published_at.value_or(a.updated_at))},
        {"dateModified", FormatRfc3339Vietnam(a.updated_at)},
        {"articleSection", section.name},
        {"inLanguage", "vi"},
        {"publisher", publisher},
        {"mainEntityOfPage", {{"@type", "WebPage"}, {"@id", page_url}}},
    };
    if (!a.lead.empty()) doc["description"] = a.lead;
    if (!authors.empty()) doc["author"] = authors;
    if (!image_url.empty()) doc["image"] = json::array({image_url});
    // Invalid UTF-8 (which NFC-clean stored text never has) becomes U+FFFD, not a throw.
    return ScriptSafeJson(doc.dump(-1, ' ', false, json::error_handler_t::replace));
  } catch (const std::exception& e) {
    return Fail(
        Error::Internal(std::string("cannot build the JSON-LD of an article: ") + e.what()));
  }
}

}  // namespace toasoan

#include "render/search_json.h"

#include "html/escape.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {

std::string MarkedHtml(const search::TextRuns& runs) {
  std::string out;
  for (const search::TextRun& r : runs) {
    if (r.mark) out += "<mark>";
    AppendEscapedHtml(r.text, &out);
    if (r.mark) out += "</mark>";
  }
  return out;
}

nlohmann::json SearchHitJson(const SearchHit& hit, const Section& s, const std::string& base_url) {
  const Article& a = hit.article;
  return {{"id", a.id},
          {"url", base_url + ArticlePath(s, a)},
          {"title", a.title},
          {"title_html", MarkedHtml(hit.title)},
          {"section", {{"id", s.id}, {"slug", s.slug}, {"name", s.name}}},
          {"published_at",
           a.published_at ? nlohmann::json(FormatRfc3339(*a.published_at)) : nlohmann::json()},
          {"snippet", MarkedHtml(hit.snippet)}};
}

}  // namespace toasoan

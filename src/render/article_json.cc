#include "render/article_json.h"

#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {

std::string PhotoPath(const Photo& p) {
  return p.file.empty() ? std::string() : "/media/" + p.file;
}

nlohmann::json SectionJson(const Section& s, const std::string& base_url) {
  nlohmann::json j = {{"id", s.id},
                      {"slug", s.slug},
                      {"name", s.name},
                      {"url", base_url + SectionPath(s)},
                      {"position", s.position}};
  j["parent_id"] = s.parent_id ? nlohmann::json(*s.parent_id) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json ArticleJson(const Article& a, const Section& s, const std::string& base_url) {
  nlohmann::json photos = nlohmann::json::array();
  for (const auto& p : a.photos) {
    std::string path = MediaPath(p);
    photos.push_back(
        {{"url", path.empty() ? nlohmann::json(nullptr) : nlohmann::json(base_url + path)},
         {"caption", p.caption},
         {"credit", p.credit},
         {"alt", p.alt}});
  }
  nlohmann::json j = {
      {"id", a.id},
      {"url", base_url + ArticlePath(s, a)},
      {"section", {{"id", s.id}, {"slug", s.slug}, {"name", s.name}}},
      {"title", a.title},
      {"lead", a.lead},
      {"body_html", a.body_html},
      {"bylines", a.bylines},
      {"photos", std::move(photos)},
      {"status", ArticleStatusName(a.status)},
      {"updated_at", FormatRfc3339(a.updated_at)},
  };
  j["published_at"] =
      a.published_at ? nlohmann::json(FormatRfc3339(*a.published_at)) : nlohmann::json(nullptr);
  return j;
}

nlohmann::json ErrorJson(std::string_view code, std::string_view message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

}  // namespace toasoan

#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "domain/article.h"
#include "domain/section.h"
#include "store/store.h"

namespace toasoan {

// The content API's shapes (GET /api/v1/...). Later APIs reuse these names:
// article {"id", "url", "section": {"id", "slug", "name"}, "title", "lead", "body_html",
// "bylines", "photos": [{"url", "caption", "credit", "alt"}], "status", "published_at",
// "updated_at"} with times in RFC 3339 (UTC). `base_url` makes URLs absolute.
nlohmann::json SectionJson(const Section& s, const std::string& base_url);
nlohmann::json ArticleJson(const Article& a, const Section& s, const std::string& base_url);
// A JSON error body: {"error": {"code", "message"}}.
nlohmann::json ErrorJson(std::string_view code, std::string_view message);

}  // namespace toasoan

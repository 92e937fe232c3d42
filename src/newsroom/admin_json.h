#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <tl/expected.hpp>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "domain/section.h"
#include "domain/user.h"
#include "newsroom/newsroom.h"
#include "store/newsroom_store.h"
#include "text/word_diff.h"

namespace toasoan {

// JSON ↔ domain for the Admin API (admin_api.h). Field names follow the public content
// API (render/article_json.h); times go out as RFC 3339 in UTC and come in as ISO 8601
// with an offset ("2026-11-26T09:00:00+07:00", "…Z") or as Unix seconds.

// What is wrong with a request body: 400 when it is not JSON or a field has the wrong
// type, 422 when the value has the right type but is not acceptable. `message` is
// Vietnamese, for the user.
struct BodyError {
  int status = 400;
  std::string message;
};
template <typename T>
using Parsed = tl::expected<T, BodyError>;

// The body as a JSON object (an empty body is an empty object).
Parsed<nlohmann::json> ParseJsonObject(std::string_view body);

// "2026-11-26T09:00:00+07:00", "2026-11-26T02:00:00Z", with optional fractional seconds
// (dropped) and 'T' or a space between date and time. A time without an offset is refused:
// it would be ambiguous. kInvalidArgument with a Vietnamese user message otherwise.
Result<Timestamp> ParseIso8601(std::string_view text);
// A time field: a string as above or an integer of Unix seconds.
Parsed<Timestamp> ParseTimeField(const nlohmann::json& value, std::string_view field);

// An article as the newsroom sees it: the content API's shape plus "section_id",
// "author_id", "created_at", "scheduled_at", and each photo's "file" and "position".
// `section` may be null when the section is unknown (then only "section_id").
nlohmann::json AdminArticleJson(const Article& a, const Section* section,
                                const std::string& base_url);

// The body of POST /articles and PATCH /articles/{id}: "title", "lead", "body_html",
// "bylines" (strings), "photos" ([{"file", "caption", "credit", "alt", "position"}]),
// "section_id" or "section_slug" (resolved by the caller), "note".
struct ArticleInput {
  ArticleEdit edit;
  std::optional<std::string> section_slug;
};
Parsed<ArticleInput> ParseArticleInput(const nlohmann::json& j);

// {"to": "submitted" | "returned" | "scheduled" | "published" | "unpublished" | "draft",
//  "comment": "…", "at": time}.
Parsed<Transition> ParseTransition(const nlohmann::json& j);

// {"id", "name", "slug", "parent_id", "position"} — the content API's section shape
// without its URL.
nlohmann::json AdminSectionJson(const Section& s);
// The body of POST /sections and PATCH /sections/{id}: the fields given replace those of
// `base` (a new section starts empty).
Parsed<Section> ParseSectionInput(const nlohmann::json& j, Section base);

// {"id", "username", "display_name", "role", "section_ids", "disabled", "created_at"}.
nlohmann::json UserJson(const User& u);
// The body of POST /users and PATCH /users/{id}: "username", "password" (new accounts),
// "display_name", "role", "section_ids" (numbers) or "sections" (slugs, resolved by the
// caller), "disabled".
struct UserInput {
  std::optional<std::string> username;
  std::optional<std::string> password;
  std::optional<std::string> display_name;
  std::optional<Role> role;
  std::optional<std::vector<int64_t>> section_ids;
  std::optional<std::vector<std::string>> section_slugs;
  std::optional<bool> disabled;
};
Parsed<UserInput> ParseUserInput(const nlohmann::json& j);

// A revision: {"id", "article_id", "user_id", "at", "note", "title"} and, `with_text`,
// "lead" and "body_html".
nlohmann::json RevisionJson(const Revision& r, bool with_text);
// [{"kind": "same" | "removed" | "added", "text"}].
nlohmann::json DiffJson(const std::vector<DiffPiece>& pieces);
// {"from": revision, "to": revision, "title": diff, "lead": diff, "body": diff}.
nlohmann::json ComparisonJson(const RevisionComparison& c);

// {"id", "at", "user_id", "username", "action", "target", "detail", "address"}.
nlohmann::json AuditEntryJson(const AuditEntry& e);

// A positive integer in decimal, as in a path segment or query parameter.
std::optional<int64_t> ParsePositiveId(std::string_view s);

}  // namespace toasoan

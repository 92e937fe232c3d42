// The proofreading routes of the Admin API (admin_api.h): warnings are advice, shown
// beside the editor; nothing here changes an article.
#include "newsroom/admin_api.h"

namespace toasoan {

using admin_api::BadBodyAnswer;
using admin_api::ErrorAnswer;
using admin_api::JsonAnswer;

namespace {

http::Response NoSuchArticle() {
  return JsonAnswer(404,
                    {{"error", {{"code", "not_found"}, {"message", "Không tìm thấy bài viết."}}}});
}

nlohmann::json WarningJson(const ProofWarning& w) {
  nlohmann::json fix = nullptr;
  if (w.replacement) fix = *w.replacement;
  return {{"rule", w.rule},
          {"field", ProofFieldName(w.field)},
          {"paragraph", w.paragraph},
          {"offset", w.offset},
          {"length", w.length},
          {"utf16_offset", w.utf16_offset},
          {"utf16_length", w.utf16_length},
          {"found", w.found},
          {"fix", std::move(fix)},
          {"message", w.message},
          {"key", w.Key()}};
}

http::Response WarningsAnswer(const std::vector<ProofWarning>& warnings) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& w : warnings) items.push_back(WarningJson(w));
  return JsonAnswer(200, {{"warnings", std::move(items)}});
}

// A string member of `body`: absent is "", another type is a 400.
Parsed<std::string> StringMember(const nlohmann::json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::string();
  if (!it->is_string()) {
    return tl::unexpected<BodyError>(
        BodyError{400, "Trường " + std::string(name) + " phải là chuỗi."});
  }
  return it->get<std::string>();
}

}  // namespace

http::Response AdminApi::ProofreadArticle(std::string_view id_text, const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto warnings = newsroom_.ProofreadArticle(who.actor, *id);
  if (!warnings) return ErrorAnswer(warnings.error());
  return WarningsAnswer(*warnings);
}

http::Response AdminApi::ProofreadUnsaved(const http::Request& req, const Authenticated& who) {
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  ProofreadDraft draft;
  for (auto [name, out] : {std::pair{"title", &draft.title}, std::pair{"lead", &draft.lead},
                           std::pair{"body_html", &draft.body_html}}) {
    auto value = StringMember(*body, name);
    if (!value) return BadBodyAnswer(value.error());
    *out = std::move(*value);
  }
  std::optional<int64_t> article_id;
  if (auto it = body->find("article_id"); it != body->end() && !it->is_null()) {
    if (!it->is_number_integer() || it->get<int64_t>() <= 0) {
      return BadBodyAnswer({400, "Trường article_id phải là số nguyên dương."});
    }
    article_id = it->get<int64_t>();
  }
  auto warnings = newsroom_.ProofreadUnsaved(who.actor, draft, article_id);
  if (!warnings) return ErrorAnswer(warnings.error());
  return WarningsAnswer(*warnings);
}

http::Response AdminApi::SetDismissed(const http::Request& req, std::string_view id_text,
                                      bool dismissed, const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  std::string key;
  if (auto q = req.QueryParam("key"); q && !q->empty() && req.body.empty()) {
    key = std::string(*q);
  } else {
    auto body = ParseJsonObject(req.body);
    if (!body) return BadBodyAnswer(body.error());
    auto it = body->find("key");
    if (it == body->end()) return BadBodyAnswer({422, "Thiếu mã cảnh báo (key)."});
    if (!it->is_string()) return BadBodyAnswer({400, "Trường key phải là chuỗi."});
    key = it->get<std::string>();
  }
  auto done = dismissed ? newsroom_.DismissWarning(who.actor, *id, key)
                        : newsroom_.RestoreWarning(who.actor, *id, key);
  if (!done) return ErrorAnswer(done.error());
  return JsonAnswer(200, {{"key", key}, {"dismissed", dismissed}});
}

}  // namespace toasoan

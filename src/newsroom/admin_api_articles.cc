// The article routes of the Admin API (admin_api.h).
#include "newsroom/admin_api.h"

#include <utility>

namespace toasoan {

using admin_api::BadBodyAnswer;
using admin_api::ErrorAnswer;
using admin_api::JsonAnswer;

namespace {

http::Response NoSuchArticle() {
  return JsonAnswer(404,
                    {{"error", {{"code", "not_found"}, {"message", "Không tìm thấy bài viết."}}}});
}

// The article a request body carries, its section slug (if any) turned into an id by
// `resolve_section` (AdminApi::ResolveSection); or the answer refusing it: 400/422 for the
// body, the lookup's error otherwise.
template <typename ResolveSection>
tl::expected<ArticleEdit, http::Response> ReadArticleEdit(const http::Request& req,
                                                          ResolveSection resolve_section) {
  auto body = ParseJsonObject(req.body);
  if (!body) return tl::unexpected(BadBodyAnswer(body.error()));
  auto in = ParseArticleInput(*body);
  if (!in) return tl::unexpected(BadBodyAnswer(in.error()));
  auto section = resolve_section(*in);
  if (!section) return tl::unexpected(ErrorAnswer(section.error()));
  in->edit.section_id = *section;
  return std::move(in->edit);
}

}  // namespace

http::Response AdminApi::ArticleAnswer(int status, const Article& a) {
  auto section = store_.SectionById(a.section_id);
  if (!section && !section.error().IsNotFound()) return ErrorAnswer(section.error());
  return JsonAnswer(status, AdminArticleJson(a, section ? &*section : nullptr, BaseUrl()));
}

Result<std::optional<int64_t>> AdminApi::ResolveSection(const ArticleInput& in) {
  if (!in.section_slug) return in.edit.section_id;
  auto s = store_.SectionBySlug(*in.section_slug);
  if (!s) {
    if (s.error().IsNotFound()) {
      return Fail(Error::InvalidArgument("unknown section " + *in.section_slug,
                                         "Không có chuyên mục \"" + *in.section_slug + "\"."));
    }
    return Fail(s.error());
  }
  return std::optional<int64_t>(s->id);
}

http::Response AdminApi::ListArticles(const http::Request& req, const Authenticated& who) {
  NewsroomQuery q;
  auto id_param = [&](std::string_view name) -> Parsed<std::optional<int64_t>> {
    auto v = req.QueryParam(name);
    if (!v || v->empty()) return std::optional<int64_t>();
    auto id = ParsePositiveId(*v);
    if (!id) {
      return tl::unexpected<BodyError>(
          BodyError{400, "Tham số " + std::string(name) + " phải là số nguyên dương."});
    }
    return std::optional<int64_t>(*id);
  };
  auto section_id = id_param("section_id");
  if (!section_id) return BadBodyAnswer(section_id.error());
  if (*section_id) q.section_ids = {**section_id};
  if (auto slug = req.QueryParam("section"); slug && !slug->empty() && !*section_id) {
    auto s = store_.SectionBySlug(*slug);
    if (!s) {
      if (!s.error().IsNotFound()) return ErrorAnswer(s.error());
      return BadBodyAnswer({422, "Không có chuyên mục \"" + *slug + "\"."});
    }
    q.section_ids = {s->id};
  }
  if (auto status = req.QueryParam("status"); status && !status->empty()) {
    auto parsed = ParseArticleStatus(*status);
    if (!parsed) return BadBodyAnswer({422, "Trạng thái \"" + *status + "\" không tồn tại."});
    q.status = *parsed;
  }
  auto author = id_param("author_id");
  if (!author) return BadBodyAnswer(author.error());
  q.author_id = *author;
  if (auto text = req.QueryParam("q")) q.text = *text;
  auto page = id_param("page");
  if (!page) return BadBodyAnswer(page.error());
  if (*page) {
    if (**page > 1'000'000) return BadBodyAnswer({400, "Tham số page quá lớn."});
    q.page = static_cast<int>(**page);
  }

  auto list = newsroom_.ListArticles(who.actor, q);
  if (!list) return ErrorAnswer(list.error());
  auto sections = store_.ListSections();
  if (!sections) return ErrorAnswer(sections.error());
  std::map<int64_t, const Section*> by_id;
  for (const auto& s : *sections) by_id[s.id] = &s;
  std::string base = BaseUrl();
  nlohmann::json items = nlohmann::json::array();
  for (const auto& a : list->items) {
    auto it = by_id.find(a.section_id);
    items.push_back(AdminArticleJson(a, it == by_id.end() ? nullptr : it->second, base));
  }
  return JsonAnswer(200, {{"items", std::move(items)},
                          {"page", list->page},
                          {"pages", list->pages},
                          {"total", list->total}});
}

http::Response AdminApi::CreateArticle(const http::Request& req, const Authenticated& who) {
  auto edit = ReadArticleEdit(req, [this](const ArticleInput& in) { return ResolveSection(in); });
  if (!edit) return std::move(edit.error());
  auto created = newsroom_.CreateArticle(who.actor, *edit);
  if (!created) return ErrorAnswer(created.error());
  return ArticleAnswer(201, *created);
}

http::Response AdminApi::GetArticle(std::string_view id_text, const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto a = newsroom_.GetArticle(who.actor, *id);
  if (!a) return ErrorAnswer(a.error());
  return ArticleAnswer(200, *a);
}

http::Response AdminApi::UpdateArticle(const http::Request& req, std::string_view id_text,
                                       const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto edit = ReadArticleEdit(req, [this](const ArticleInput& in) { return ResolveSection(in); });
  if (!edit) return std::move(edit.error());
  auto updated = newsroom_.UpdateArticle(who.actor, *id, *edit);
  if (!updated) return ErrorAnswer(updated.error());
  return ArticleAnswer(200, *updated);
}

http::Response AdminApi::Transition(const http::Request& req, std::string_view id_text,
                                    const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto t = ParseTransition(*body);
  if (!t) return BadBodyAnswer(t.error());
  auto moved = newsroom_.TransitionArticle(who.actor, *id, *t);
  if (!moved) return ErrorAnswer(moved.error());
  return ArticleAnswer(200, *moved);
}

http::Response AdminApi::ListRevisions(std::string_view id_text, const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto revisions = newsroom_.ListRevisions(who.actor, *id);
  if (!revisions) return ErrorAnswer(revisions.error());
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : *revisions) items.push_back(RevisionJson(r, false));
  return JsonAnswer(200, {{"items", std::move(items)}});
}

http::Response AdminApi::GetRevision(std::string_view id_text, std::string_view rid_text,
                                     const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  auto rid = ParsePositiveId(rid_text);
  if (!id || !rid) return NoSuchArticle();
  auto r = newsroom_.GetRevision(who.actor, *id, *rid);
  if (!r) return ErrorAnswer(r.error());
  return JsonAnswer(200, RevisionJson(*r, true));
}

http::Response AdminApi::CompareRevisions(const http::Request& req, std::string_view id_text,
                                          const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchArticle();
  auto from = ParsePositiveId(req.QueryParam("from").value_or(""));
  auto to = ParsePositiveId(req.QueryParam("to").value_or(""));
  if (!from || !to) {
    return BadBodyAnswer({400, "Tham số from và to phải là mã phiên bản (số nguyên dương)."});
  }
  auto c = newsroom_.CompareRevisions(who.actor, *id, *from, *to);
  if (!c) return ErrorAnswer(c.error());
  return JsonAnswer(200, ComparisonJson(*c));
}

http::Response AdminApi::RestoreRevision(std::string_view id_text, std::string_view rid_text,
                                         const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  auto rid = ParsePositiveId(rid_text);
  if (!id || !rid) return NoSuchArticle();
  auto restored = newsroom_.RestoreRevision(who.actor, *id, *rid);
  if (!restored) return ErrorAnswer(restored.error());
  return ArticleAnswer(200, *restored);
}

}  // namespace toasoan

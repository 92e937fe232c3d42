// Newsroom: the revisions of an article: list, read, compare, restore.

#include <utility>

#include "html/html_text.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_support.h"

namespace toasoan {

Result<std::vector<Revision>> Newsroom::ListRevisions(const Actor& actor, int64_t article_id) {
  TOASOAN_TRY(GetArticle(actor, article_id));
  return newsroom_store_.ListRevisions(article_id);
}

Result<Revision> Newsroom::GetRevision(const Actor& actor, int64_t article_id,
                                       int64_t revision_id) {
  TOASOAN_TRY(GetArticle(actor, article_id));
  auto r = newsroom_store_.RevisionById(revision_id);
  if (!r) return Fail(r.error());
  if (r->article_id != article_id) {
    return Fail(Error::NotFound("revision " + std::to_string(revision_id) +
                                " is not one of article " + std::to_string(article_id)));
  }
  return r;
}

Result<RevisionComparison> Newsroom::CompareRevisions(const Actor& actor, int64_t article_id,
                                                      int64_t from_id, int64_t to_id) {
  auto from = GetRevision(actor, article_id, from_id);
  if (!from) return Fail(from.error());
  auto to = GetRevision(actor, article_id, to_id);
  if (!to) return Fail(to.error());
  auto from_text = HtmlToText(from->body_html);
  if (!from_text) return Fail(from_text.error());
  auto to_text = HtmlToText(to->body_html);
  if (!to_text) return Fail(to_text.error());
  RevisionComparison c;
  c.title = DiffWords(from->title, to->title);
  c.lead = DiffWords(from->lead, to->lead);
  c.body = DiffWords(*from_text, *to_text);
  c.from = std::move(*from);
  c.to = std::move(*to);
  return c;
}

Result<Article> Newsroom::RestoreRevision(const Actor& actor, int64_t article_id,
                                          int64_t revision_id) {
  auto r = GetRevision(actor, article_id, revision_id);
  if (!r) return Fail(r.error());
  ArticleEdit edit;
  edit.title = r->title;
  edit.lead = r->lead;
  edit.body_html = r->body_html;
  edit.note = "Khôi phục từ phiên bản #" + std::to_string(revision_id);
  return SaveEdit(actor, article_id, edit, "article.restored");
}

}  // namespace toasoan

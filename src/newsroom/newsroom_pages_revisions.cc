// The revision pages of NewsroomPages: list, view, word-level comparison and restore.
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <algorithm>

#include "newsroom/newsroom_page_forms.h"
#include "newsroom/newsroom_page_rows.h"
#include "newsroom/newsroom_pages.h"

namespace toasoan {
namespace {

std::string RevisionLabel(const Revision& r) {
  return "Phiên bản " + std::to_string(r.id) + " (" + FormatVietnamDateTime(r.at) + ")";
}

void AddDiffPart(ctemplate::TemplateDictionary* compare, const char* label,
                 const std::vector<DiffPiece>& pieces) {
  ctemplate::TemplateDictionary* part = compare->AddSectionDictionary("PART");
  part->SetValue("LABEL", label);
  for (const DiffPiece& piece : pieces) {
    ctemplate::TemplateDictionary* d = part->AddSectionDictionary("PIECE");
    const char* kind = piece.kind == DiffPiece::Kind::kAdded     ? "ADDED"
                       : piece.kind == DiffPiece::Kind::kRemoved ? "REMOVED"
                                                                 : "SAME";
    d->AddSectionDictionary(kind)->SetValue("TEXT", piece.text);
  }
}

}  // namespace

http::Response NewsroomPages::Revisions(const Authenticated& who, const http::Request& req,
                                        std::string_view id) const {
  auto article_id = ParseId(id);
  if (!article_id) return Failure(&who, Error::NotFound("bad article id"));
  auto a = newsroom_.GetArticle(who.actor, *article_id);
  if (!a) return Failure(&who, a.error());
  auto revisions = newsroom_.ListRevisions(who.actor, a->id);
  if (!revisions) return Failure(&who, revisions.error());
  std::vector<Revision> list = std::move(*revisions);
  std::sort(list.begin(), list.end(), [](const Revision& x, const Revision& y) {
    return x.at != y.at ? x.at > y.at : x.id > y.id;
  });

  Page p = Start(&who, "Các phiên bản", kNrRevisions);
  Dict* c = p.content;
  c->SetIntValue("ID", static_cast<long>(a->id));
  c->SetValue("TITLE", a->title);
  auto from = ParseId(req.QueryParam("tu").value_or(""));
  auto to = ParseId(req.QueryParam("den").value_or(""));
  if (from && to) {
    auto cmp = newsroom_.CompareRevisions(who.actor, a->id, *from, *to);
    if (!cmp) return Failure(&who, cmp.error());
    Dict* compare = c->AddSectionDictionary("COMPARE");
    compare->SetIntValue("FROM", static_cast<long>(cmp->from.id));
    compare->SetIntValue("TO", static_cast<long>(cmp->to.id));
    AddDiffPart(compare, "Tiêu đề", cmp->title);
    AddDiffPart(compare, "Sapo", cmp->lead);
    AddDiffPart(compare, "Nội dung", cmp->body);
  }
  if (list.empty()) c->ShowSection("NO_REVISIONS");
  // The comparison form and the list, inside HAS_REVISIONS.
  Dict* revs = list.empty() ? c : c->AddSectionDictionary("HAS_REVISIONS");
  RowContext names = MakeRowContext(store_, newsroom_, who.actor);
  // By default compare the newest revision
  int64_t default_to = list.empty() ? 0 : list[0].id;
  // and the newest one before it that reads differently (transitions keep revisions too).
  int64_t default_from = list.size() > 1 ? list[1].id : default_to;
  for (size_t i = 1; i < list.size(); ++i) {
    if (list[i].title != list[0].title || list[i].lead != list[0].lead ||
        list[i].body_html != list[0].body_html) {
      default_from = list[i].id;
      break;
    }
  }
  for (const Revision& r : list) {
    Dict* o = revs->AddSectionDictionary("FROM_OPTION");
    o->SetIntValue("ID", static_cast<long>(r.id));
    o->SetValue("LABEL", RevisionLabel(r));
    if (r.id == from.value_or(default_from)) o->ShowSection("SELECTED");
    o = revs->AddSectionDictionary("TO_OPTION");
    o->SetIntValue("ID", static_cast<long>(r.id));
    o->SetValue("LABEL", RevisionLabel(r));
    if (r.id == to.value_or(default_to)) o->ShowSection("SELECTED");
    Dict* row = revs->AddSectionDictionary("REVISION");
    row->SetIntValue("ID", static_cast<long>(r.id));
    row->SetIntValue("ARTICLE_ID", static_cast<long>(a->id));
    row->SetValue("AT", FormatVietnamDateTime(r.at));
    if (std::string who_name = AuthorName(names, r.user_id); !who_name.empty()) {
      row->SetValueAndShowSection("NAME", who_name, "WHO");
    }
    if (!r.note.empty()) row->SetValueAndShowSection("TEXT", r.note, "NOTE");
  }
  return Render(200, p);
}

http::Response NewsroomPages::RevisionView(const Authenticated& who, std::string_view id,
                                           std::string_view rid) const {
  auto article_id = ParseId(id);
  auto revision_id = ParseId(rid);
  if (!article_id || !revision_id) return Failure(&who, Error::NotFound("bad revision id"));
  auto r = newsroom_.GetRevision(who.actor, *article_id, *revision_id);
  if (!r) return Failure(&who, r.error());
  Page p = Start(&who, "Phiên bản " + std::to_string(r->id), kNrRevision);
  Dict* c = p.content;
  c->SetIntValue("ID", static_cast<long>(*article_id));
  c->SetIntValue("REVISION_ID", static_cast<long>(r->id));
  c->SetValue("AT", FormatVietnamDateTime(r->at));
  RowContext names = MakeRowContext(store_, newsroom_, who.actor);
  if (std::string who_name = AuthorName(names, r->user_id); !who_name.empty()) {
    c->SetValueAndShowSection("NAME", who_name, "WHO");
  }
  if (!r->note.empty()) c->SetValueAndShowSection("TEXT", r->note, "NOTE");
  c->SetValue("TITLE", r->title);
  c->SetValue("LEAD", r->lead);
  c->SetValue("BODY", r->body_html);
  return Render(200, p);
}

http::Response NewsroomPages::RestoreRevision(const Authenticated& who, std::string_view id,
                                              std::string_view rid) const {
  auto article_id = ParseId(id);
  auto revision_id = ParseId(rid);
  if (!article_id || !revision_id) return Failure(&who, Error::NotFound("bad revision id"));
  auto restored = newsroom_.RestoreRevision(who.actor, *article_id, *revision_id);
  if (!restored) return Failure(&who, restored.error());
  return Written("/toa-soan/bai-viet/" + std::to_string(restored->id) + "?da-khoi-phuc=1");
}

}  // namespace toasoan

#include "newsroom/newsroom_page_rows.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include "newsroom/newsroom_page_forms.h"
#include "newsroom/newsroom_page_templates.h"

namespace toasoan {

RowContext MakeRowContext(Store& store, Newsroom& newsroom, const Actor& actor) {
  RowContext ctx;
  ctx.me = actor.user.id;
  if (auto sections = store.ListSections()) {
    for (const auto& s : *sections) ctx.sections[s.id] = s.name;
  }
  if (actor.user.role == Role::kAdmin) {
    if (auto users = newsroom.ListUsers(actor)) {
      for (const auto& u : *users) {
        ctx.users[u.id] = u.display_name.empty() ? u.username : u.display_name;
      }
    }
  }
  return ctx;
}

std::string AuthorName(const RowContext& ctx, int64_t id) {
  if (id == 0) return {};
  if (id == ctx.me) return "Bạn";
  auto it = ctx.users.find(id);
  return it == ctx.users.end() ? std::string() : it->second;
}

void AddRows(const RowContext& ctx, const std::vector<Article>& items,
             ctemplate::TemplateDictionary* dict) {
  ctemplate::TemplateDictionary* rows = dict->AddIncludeDictionary("ROWS");
  rows->SetFilename(kNrArticleRows);
  for (const Article& a : items) {
    ctemplate::TemplateDictionary* r = rows->AddSectionDictionary("ROW");
    r->SetIntValue("ID", static_cast<long>(a.id));
    r->SetValue("TITLE", a.title.empty() ? std::string("(Chưa có tiêu đề)") : a.title);
    std::string_view status = ArticleStatusName(a.status);
    r->SetValue("STATUS", ctemplate::TemplateString(status.data(), status.size()));
    std::string_view label = ArticleStatusLabel(a.status);
    r->SetValue("STATUS_LABEL", ctemplate::TemplateString(label.data(), label.size()));
    auto s = ctx.sections.find(a.section_id);
    r->SetValue("SECTION", s == ctx.sections.end() ? std::string() : s->second);
    if (std::string name = AuthorName(ctx, a.author_id); !name.empty()) {
      r->SetValueAndShowSection("NAME", name, "AUTHOR");
    }
    r->SetValue("UPDATED", FormatVietnamDateTime(a.updated_at));
    if (a.status == ArticleStatus::kScheduled && a.scheduled_at) {
      r->SetValueAndShowSection("AT", FormatVietnamDateTime(*a.scheduled_at), "SCHEDULED");
    }
  }
}

}  // namespace toasoan

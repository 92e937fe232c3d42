#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "render/frozen_templates.h"

namespace ctemplate {
class TemplateDictionary;
}  // namespace ctemplate

namespace toasoan {

// The newsroom's template files, relative to the templates folder. Every page is the
// layout with one of the content templates as its CONTENT include.
inline constexpr char kNrLayout[] = "newsroom/layout.tpl";
inline constexpr char kNrMessage[] = "newsroom/message.tpl";
inline constexpr char kNrSignIn[] = "newsroom/sign_in.tpl";
inline constexpr char kNrPassword[] = "newsroom/password.tpl";
inline constexpr char kNrArticleRows[] = "newsroom/article_rows.tpl";
inline constexpr char kNrDashboard[] = "newsroom/dashboard.tpl";
inline constexpr char kNrArticles[] = "newsroom/articles.tpl";
inline constexpr char kNrArticleForm[] = "newsroom/article_form.tpl";
inline constexpr char kNrRevisions[] = "newsroom/revisions.tpl";
inline constexpr char kNrRevision[] = "newsroom/revision.tpl";
inline constexpr char kNrUserFields[] = "newsroom/user_fields.tpl";
inline constexpr char kNrUsers[] = "newsroom/users.tpl";
inline constexpr char kNrUser[] = "newsroom/user.tpl";
inline constexpr char kNrSectionFields[] = "newsroom/section_fields.tpl";
inline constexpr char kNrSections[] = "newsroom/sections.tpl";
inline constexpr char kNrSection[] = "newsroom/section.tpl";
inline constexpr char kNrAudit[] = "newsroom/audit.tpl";

inline constexpr std::array<std::string_view, 17> kNewsroomTemplates = {
    kNrArticleRows, kNrUserFields, kNrSectionFields, kNrMessage,   kNrSignIn,   kNrPassword,
    kNrDashboard,   kNrArticles,   kNrArticleForm,   kNrRevisions, kNrRevision, kNrUsers,
    kNrUser,        kNrSections,   kNrSection,       kNrAudit,     kNrLayout,
};

// The newsroom pages' templates on ctemplate, loaded once and frozen, each required to
// start with the AUTOESCAPE pragma (render/template_files.h), so every value is escaped
// for its context. Thread-safe after Load.
class NewsroomTemplates {
 public:
  static Result<std::unique_ptr<NewsroomTemplates>> Load(const std::string& templates_dir);
  ~NewsroomTemplates();

  // Expands the layout with `dict` (whose CONTENT include names a content template).
  Result<std::string> Expand(const ctemplate::TemplateDictionary& dict) const;

 private:
  explicit NewsroomTemplates(FrozenTemplates templates);
  FrozenTemplates templates_;
};

}  // namespace toasoan

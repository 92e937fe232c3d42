#include "newsroom/newsroom_page_templates.h"

#include <utility>

namespace toasoan {

NewsroomTemplates::NewsroomTemplates(FrozenTemplates templates)
    : templates_(std::move(templates)) {}

NewsroomTemplates::~NewsroomTemplates() = default;

Result<std::unique_ptr<NewsroomTemplates>> NewsroomTemplates::Load(
    const std::string& templates_dir) {
  auto templates = FrozenTemplates::Load(templates_dir, kNewsroomTemplates);
  if (!templates) return Fail(templates.error());
  return std::unique_ptr<NewsroomTemplates>(new NewsroomTemplates(std::move(*templates)));
}

Result<std::string> NewsroomTemplates::Expand(const ctemplate::TemplateDictionary& dict) const {
  std::optional<std::string> out = templates_.Expand(kNrLayout, dict);
  if (!out) return Fail(Error::Internal("newsroom page does not expand"));
  return std::move(*out);
}

}  // namespace toasoan

#include "newsroom/newsroom_page_templates.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <ctemplate/template_dictionary.h>

#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "render/template_files.h"

namespace toasoan {
namespace {

constexpr ctemplate::Strip kStrip = ctemplate::STRIP_WHITESPACE;

Result<void> CheckPragma(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string first(kAutoEscapePragma.size(), '\0');
  if (!in.read(first.data(), static_cast<std::streamsize>(first.size())) ||
      first != kAutoEscapePragma) {
    return Fail(Error::InvalidArgument("template " + file.string() + " does not start with " +
                                       std::string(kAutoEscapePragma)));
  }
  return {};
}

}  // namespace

NewsroomTemplates::NewsroomTemplates(std::unique_ptr<ctemplate::TemplateCache> cache)
    : cache_(std::move(cache)) {}

NewsroomTemplates::~NewsroomTemplates() = default;

Result<std::unique_ptr<NewsroomTemplates>> NewsroomTemplates::Load(
    const std::string& templates_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(templates_dir, ec)) {
    return Fail(Error::Io("template folder " + templates_dir + " does not exist"));
  }
  auto cache = std::make_unique<ctemplate::TemplateCache>();
  if (!cache->SetTemplateRootDirectory(templates_dir)) {
    return Fail(Error::Io("cannot use " + templates_dir + " as the template folder"));
  }
  for (std::string_view name : kNewsroomTemplates) {
    const std::filesystem::path file = std::filesystem::path(templates_dir) / name;
    if (!std::filesystem::is_regular_file(file, ec)) {
      return Fail(Error::Io("template " + std::string(name) + " is missing from " + templates_dir));
    }
    TOASOAN_TRY(CheckPragma(file));
    if (!cache->LoadTemplate(std::string(name), kStrip)) {
      return Fail(Error::InvalidArgument("template " + file.string() +
                                         " does not parse; ctemplate logged why above"));
    }
  }
  cache->Freeze();
  return std::unique_ptr<NewsroomTemplates>(new NewsroomTemplates(std::move(cache)));
}

Result<std::string> NewsroomTemplates::Expand(const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  if (!cache_->ExpandNoLoad(kNrLayout, kStrip, &dict, nullptr, &out)) {
    return Fail(Error::Internal("newsroom page does not expand"));
  }
  return out;
}

}  // namespace toasoan

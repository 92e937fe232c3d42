#include "render/frozen_templates.h"

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

// Blank lines and the indentation of every line go; text that must keep a space across
// a line break in a template therefore stays on one line.
constexpr ctemplate::Strip kStrip = ctemplate::STRIP_WHITESPACE;

// A template without the pragma would print every variable unescaped.
Result<void> CheckPragma(const std::filesystem::path& file, std::string_view name) {
  std::ifstream in(file, std::ios::binary);
  std::string first(kAutoEscapePragma.size(), '\0');
  if (!in.read(first.data(), static_cast<std::streamsize>(first.size())) ||
      first != kAutoEscapePragma) {
    return Fail(Error::InvalidArgument("template " + std::string(name) + " (" + file.string() +
                                       ") does not start with " + std::string(kAutoEscapePragma)));
  }
  return {};
}

}  // namespace

FrozenTemplates::FrozenTemplates(std::unique_ptr<ctemplate::TemplateCache> cache)
    : cache_(std::move(cache)) {}

FrozenTemplates::FrozenTemplates(FrozenTemplates&&) noexcept = default;
FrozenTemplates& FrozenTemplates::operator=(FrozenTemplates&&) noexcept = default;
FrozenTemplates::~FrozenTemplates() = default;

Result<FrozenTemplates> FrozenTemplates::Load(const std::string& templates_dir,
                                              std::span<const std::string_view> names) {
  std::error_code ec;
  if (!std::filesystem::is_directory(templates_dir, ec)) {
    return Fail(Error::Io("template folder " + templates_dir + " does not exist"));
  }
  auto cache = std::make_unique<ctemplate::TemplateCache>();
  if (!cache->SetTemplateRootDirectory(templates_dir)) {
    return Fail(Error::Io("cannot use " + templates_dir + " as the template folder"));
  }
  for (std::string_view name : names) {
    const std::filesystem::path file = std::filesystem::path(templates_dir) / name;
    if (!std::filesystem::is_regular_file(file, ec)) {
      return Fail(Error::Io("template " + std::string(name) + " is missing from " + templates_dir));
    }
    TOASOAN_TRY(CheckPragma(file, name));
    // ctemplate logs the reason (line and column) to stderr.
    if (!cache->LoadTemplate(std::string(name), kStrip)) {
      return Fail(Error::InvalidArgument("template " + file.string() +
                                         " does not parse; ctemplate logged why above"));
    }
  }
  cache->Freeze();
  return FrozenTemplates(std::move(cache));
}

std::optional<std::string> FrozenTemplates::Expand(
    const char* name, const ctemplate::TemplateDictionary& dict) const {
  std::string out;
  if (!cache_->ExpandNoLoad(name, kStrip, &dict, nullptr, &out)) return std::nullopt;
  return out;
}

}  // namespace toasoan

#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"

namespace ctemplate {
class TemplateCache;
class TemplateDictionary;
}  // namespace ctemplate

namespace toasoan {

// A private ctemplate cache holding exactly a given list of template files, loaded once
// and frozen, so pages expand from it on many threads at once and an include can never
// reach a file that was not checked. Whitespace is stripped (blank lines and every
// line's indentation go). The site renderer and the newsroom pages share it.
class FrozenTemplates {
 public:
  // Loads `names` (relative to `templates_dir`, includes before the templates that use
  // them) in order. Each must exist (kIo naming it), start with kAutoEscapePragma
  // (render/template_files.h) and parse (kInvalidArgument naming the file; ctemplate logs
  // the line and column to stderr). A missing folder is kIo "... does not exist".
  static Result<FrozenTemplates> Load(const std::string& templates_dir,
                                      std::span<const std::string_view> names);

  FrozenTemplates(FrozenTemplates&&) noexcept;
  FrozenTemplates& operator=(FrozenTemplates&&) noexcept;
  ~FrozenTemplates();

  // `name` (one of the loaded names) expanded with `dict`, or nullopt when it does not
  // expand (an include names a file that was not loaded). Thread-safe.
  std::optional<std::string> Expand(const char* name,
                                    const ctemplate::TemplateDictionary& dict) const;

 private:
  explicit FrozenTemplates(std::unique_ptr<ctemplate::TemplateCache> cache);
  std::unique_ptr<ctemplate::TemplateCache> cache_;
};

}  // namespace toasoan

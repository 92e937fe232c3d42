#include "proofread/spell_dictionary.h"

#include <hunspell.hxx>

#include <system_error>

namespace toasoan {

Result<std::unique_ptr<SpellDictionary>> SpellDictionary::Open(const std::filesystem::path& base) {
  std::filesystem::path aff = base, dic = base;
  aff += ".aff";
  dic += ".dic";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(aff, ec) || !std::filesystem::is_regular_file(dic, ec)) {
    return Fail(Error::NotFound("spelling dictionary not found: " + base.string() + ".{aff,dic}"));
  }
  auto hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  return std::unique_ptr<SpellDictionary>(new SpellDictionary(std::move(hunspell)));
}

SpellDictionary::SpellDictionary(std::unique_ptr<Hunspell> hunspell)
    : hunspell_(std::move(hunspell)) {}

SpellDictionary::~SpellDictionary() = default;

bool SpellDictionary::Check(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return hunspell_->spell(std::string(word));
}

std::vector<std::string> SpellDictionary::Suggest(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return hunspell_->suggest(std::string(word));
}

}  // namespace toasoan

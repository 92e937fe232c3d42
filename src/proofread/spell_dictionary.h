#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

class Hunspell;

namespace toasoan {

// A Hunspell dictionary (Debian's hunspell-vi: /usr/share/hunspell/vi_VN.aff and .dic,
// a list of Vietnamese syllables with the tone on the main vowel: "hoà", "thuý", "uỷ").
// Thread-safe: Hunspell itself is not, so every call takes a lock.
class SpellDictionary {
 public:
  // Where Debian installs the Vietnamese dictionary, without the .aff/.dic extension.
  static constexpr std::string_view kDefaultVietnamese = "/usr/share/hunspell/vi_VN";

  // Opens `base`.aff and `base`.dic; kNotFound when either is missing.
  static Result<std::unique_ptr<SpellDictionary>> Open(const std::filesystem::path& base);

  ~SpellDictionary();
  SpellDictionary(const SpellDictionary&) = delete;
  SpellDictionary& operator=(const SpellDictionary&) = delete;

  // Whether `word` (NFC, one word) is spelt correctly. Hunspell accepts a capitalised or
  // upper-case form of a lower-case entry ("Ngày", "NGÀY").
  bool Check(std::string_view word) const;

  // Hunspell's suggestions for `word`, best first (may be empty; can take milliseconds).
  std::vector<std::string> Suggest(std::string_view word) const;

 private:
  explicit SpellDictionary(std::unique_ptr<Hunspell> hunspell);

  mutable std::mutex mutex_;
  std::unique_ptr<Hunspell> hunspell_;
};

}  // namespace toasoan

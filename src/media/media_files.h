#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace toasoan {

// The hex SHA-256 of `bytes`, first 32 digits (128 bits): the name of a stored photo.
std::string ContentHash(std::string_view bytes);

// Writes `bytes` to `dir/name` so that the name never shows a partial file: a temporary
// file in the same folder (".name.XXXXXX", a dot name the media route never serves),
// fsync, rename over `name`, fsync of the folder. On failure the temporary file is
// removed and nothing else changed. Creates `dir` when missing. Fails with kIo.
Result<void> WriteFileAtomically(const std::filesystem::path& dir, std::string_view name,
                                 std::string_view bytes);

// Files written by one operation, removed when it is destroyed unless Keep() was
// called: so a failure halfway leaves none of them behind.
class NewFiles {
 public:
  NewFiles() = default;
  NewFiles(const NewFiles&) = delete;
  NewFiles& operator=(const NewFiles&) = delete;
  ~NewFiles();

  void Add(std::filesystem::path path) { paths_.push_back(std::move(path)); }
  void Keep() { paths_.clear(); }

 private:
  std::vector<std::filesystem::path> paths_;
};

}  // namespace toasoan

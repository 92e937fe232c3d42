#pragma once

#include <filesystem>
#include <memory>

#include "app/config.h"
#include "base/result.h"
#include "store/store.h"

namespace toasoan {

// A portal's data folder: toasoan.db (SQLite), media/ (photo files), logs/. Opening
// creates what is missing, migrates the database, and writes the config file's site
// settings into a new database.
struct DataFolder {
  std::filesystem::path root;
  std::unique_ptr<Store> store;

  std::filesystem::path media() const { return root / "media"; }
  std::filesystem::path logs() const { return root / "logs"; }
};

Result<DataFolder> OpenDataFolder(const std::filesystem::path& root, const Config& config);

// The site's public address: the stored one, else http://LISTEN.
std::string EffectiveBaseUrl(const SiteSettings& s, std::string_view listen);

}  // namespace toasoan

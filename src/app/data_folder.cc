#include "app/data_folder.h"

#include "store/sqlite/sqlite_store.h"

namespace toasoan {

Result<DataFolder> OpenDataFolder(const std::filesystem::path& root, const Config& config) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const fs::path& dir : {root, root / "media", root / "logs"}) {
    fs::create_directories(dir, ec);
    if (ec) return Fail(Error::Io("cannot create folder " + dir.string() + ": " + ec.message()));
  }
  auto store = SqliteStore::Open(root / "toasoan.db");
  if (!store) return Fail(store.error());
  auto settings = (*store)->LoadSettings();
  if (!settings) return Fail(settings.error());
  if (settings->name.empty()) {
    TOASOAN_TRY((*store)->SaveSettings(config.site));
  }
  DataFolder f;
  f.root = root;
  f.store = std::move(*store);
  return f;
}

std::string EffectiveBaseUrl(const SiteSettings& s, std::string_view listen) {
  if (!s.base_url.empty()) {
    std::string b = s.base_url;
    while (!b.empty() && b.back() == '/') b.pop_back();
    return b;
  }
  return "http://" + std::string(listen);
}

}  // namespace toasoan

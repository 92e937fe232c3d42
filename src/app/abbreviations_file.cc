#include "app/abbreviations_file.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <spdlog/spdlog.h>

namespace toasoan {

Result<std::filesystem::path> EnsureAbbreviationsFile(const std::filesystem::path& data_root,
                                                      const std::filesystem::path& resource_root) {
  namespace fs = std::filesystem;
  const fs::path file = data_root / "abbreviations.tsv";
  std::error_code ec;
  if (fs::exists(file, ec)) return file;
  const fs::path shipped = resource_root / "config" / "abbreviations.tsv";
  // Copy to a temporary name first, so a crash never leaves half a list behind.
  const fs::path partial = data_root / ".abbreviations.tsv.partial";
  fs::copy_file(shipped, partial, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    return Fail(Error::Io("cannot copy the default abbreviation list " + shipped.string() + " to " +
                          partial.string() + ": " + ec.message()));
  }
  fs::rename(partial, file, ec);
  if (ec) {
    return Fail(Error::Io("cannot create " + file.string() + ": " + ec.message()));
  }
  spdlog::info("created {} from {}", file.string(), shipped.string());
  return file;
}

Result<Abbreviations> LoadAbbreviationsFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(Error::Io("cannot read the abbreviation list " + file.string()));
  std::stringstream text;
  text << in.rdbuf();
  if (in.bad()) return Fail(Error::Io("cannot read the abbreviation list " + file.string()));
  std::vector<std::string> problems;
  Abbreviations list = Abbreviations::Parse(text.str(), &problems);
  for (const std::string& p : problems) spdlog::warn("{}: {} (skipped)", file.string(), p);
  return list;
}

}  // namespace toasoan

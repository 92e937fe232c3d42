#pragma once

#include <filesystem>

#include "base/result.h"
#include "text/abbreviations.h"

namespace toasoan {

// The data folder's editable abbreviation list (DATA/abbreviations.tsv) for the
// listen-to-article audio. On first use it is copied from the default shipped in
// ROOT/config/abbreviations.tsv; after that the administrator's copy rules and the
// default is never read again. Returns the file's path. Fails with kIo when neither file
// can be read or the copy cannot be written.
Result<std::filesystem::path> EnsureAbbreviationsFile(const std::filesystem::path& data_root,
                                                      const std::filesystem::path& resource_root);

// Reads and parses the list (Abbreviations::Parse); each bad line is logged as a warning
// naming the file and line, and skipped. Fails with kIo when the file cannot be read.
Result<Abbreviations> LoadAbbreviationsFile(const std::filesystem::path& file);

}  // namespace toasoan

#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "proofread/tone_style.h"

namespace toasoan {

struct CheckOptions {
  ToneStyle tone_style = ToneStyle::kOld;  // --style old (hòa) | new (hoà)
  // Hunspell dictionary without .aff/.dic; when it cannot be opened the spelling rule is
  // skipped with a note on stderr.
  std::filesystem::path dictionary = "/usr/share/hunspell/vi_VN";
};

// `toasoan check FILE...`: proofreads each file and prints one line per warning on
// stdout, "FILE:LINE:COLUMN: rule: message (gợi ý: fix)". A text file is read raw, one
// paragraph per non-blank line (LINE is the file's line, COLUMN the 1-based character
// column; a line that is not UTF-8 is read as Windows-1252, which is how legacy TCVN3 or
// VNI text shows); a .html/.htm file gives the paragraphs of its text (LINE is then the
// paragraph's number). Every paragraph is checked as body text. Returns 0 without
// warnings, 1 with warnings or when a file could not be read (reported on stderr; the
// other files are still checked).
int CheckCommand(const CheckOptions& options, const std::vector<std::string>& files);

}  // namespace toasoan

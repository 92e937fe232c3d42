#pragma once

#include <string>
#include <vector>

namespace toasoan::search {

// A piece of plain text (NFC, not escaped) that a reader sees, marked when it is a word
// that matched the query. A highlighted title or snippet is a sequence of runs; the
// page and the API escape each run and wrap marked ones in <mark>.
struct TextRun {
  std::string text;
  bool mark = false;

  bool operator==(const TextRun&) const = default;
};

using TextRuns = std::vector<TextRun>;

}  // namespace toasoan::search

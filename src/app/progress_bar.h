#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace toasoan {

// A progress bar for long CLI work, on `out` (stderr): redrawn in place on a terminal
// ("reindex [########------------]  40% 4000/10000"), a line per tenth otherwise (a log
// file should not fill with carriage returns). Update is cheap when nothing shows.
// Not thread-safe.
class ProgressBar {
 public:
  ProgressBar(std::FILE* out, std::string label);

  void Update(int64_t done, int64_t total);
  // Ends the bar's line.
  void Finish();

 private:
  void Draw(int64_t done, int64_t total);

  std::FILE* out_;
  std::string label_;
  bool terminal_;
  int last_percent_ = -100;  // nothing drawn yet
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace toasoan

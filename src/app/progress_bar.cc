#include "app/progress_bar.h"

#include <unistd.h>

#include <algorithm>

namespace toasoan {

ProgressBar::ProgressBar(std::FILE* out, std::string label)
    : out_(out), label_(std::move(label)), terminal_(::isatty(::fileno(out)) != 0) {}

void ProgressBar::Update(int64_t done, int64_t total) {
  const int percent =
      total <= 0 ? 100 : static_cast<int>(std::clamp<int64_t>(done * 100 / total, 0, 100));
  const auto now = std::chrono::steady_clock::now();
  if (terminal_) {
    // A few redraws a second at most, and the last one always.
    if (done < total && percent == last_percent_ &&
        now - last_draw_ < std::chrono::milliseconds(200)) {
      return;
    }
  } else if (percent / 10 == last_percent_ / 10 && done < total) {
    return;
  }
  if (!terminal_ && percent == last_percent_) return;
  last_percent_ = percent;
  last_draw_ = now;
  Draw(done, total);
}

void ProgressBar::Draw(int64_t done, int64_t total) {
  constexpr int kWidth = 30;
  const int filled = last_percent_ * kWidth / 100;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '-');
  std::fprintf(out_, "%s%s [%s] %3d%% %lld/%lld%s", terminal_ ? "\r" : "", label_.c_str(),
               bar.c_str(), last_percent_, static_cast<long long>(done),
               static_cast<long long>(total), terminal_ ? "" : "\n");
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (terminal_ && drawn_) std::fputc('\n', out_);
  std::fflush(out_);
}

}  // namespace toasoan

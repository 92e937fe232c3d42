#include <string>
#include <vector>

#include "proofread/rules.h"
#include "proofread/tone_style.h"

namespace toasoan::proofread_internal {

void CheckTonePlacement(const std::vector<Part>& parts, ToneStyle style,
                        std::vector<ProofWarning>* out) {
  struct Found {
    const Part* part;
    ParagraphText::Word word;
    TonePlacementOf placement;
  };
  std::vector<Found> found;
  std::string example_old, example_new;
  for (const Part& part : parts) {
    for (const ParagraphText::Word& w : part.text.words()) {
      auto placement = FindTonePlacement(part.text.WordText(w));
      if (!placement) continue;
      std::string& example = placement->style == ToneStyle::kOld ? example_old : example_new;
      if (example.empty()) example = std::string(part.text.WordText(w));
      found.push_back({&part, w, std::move(*placement)});
    }
  }
  if (example_old.empty() || example_new.empty()) return;  // one style throughout
  const std::string& wrong_example = style == ToneStyle::kOld ? example_new : example_old;
  const std::string& right_example = style == ToneStyle::kOld ? example_old : example_new;
  for (const Found& f : found) {
    if (f.placement.style == style) continue;
    out->push_back(WarningAt(
        *f.part, proof_rule::kTonePlacement, f.word.begin, f.word.end, f.placement.other,
        "Bài viết dùng lẫn hai kiểu đặt dấu thanh (" + Quoted(wrong_example) + " và " +
            Quoted(right_example) + "); theo kiểu của trang: " + Quoted(f.placement.other) + "."));
  }
}

}  // namespace toasoan::proofread_internal

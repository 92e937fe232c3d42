#include "text/slug.h"

#include "text/fold.h"

namespace toasoan {
namespace {

bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

std::string Slugify(std::string_view utf8, std::size_t max_length) {
  const std::string folded = FoldDiacritics(utf8);
  std::string slug;
  slug.reserve(folded.size());
  bool pending_dash = false;
  for (char c : folded) {
    if (IsSlugChar(c)) {
      if (pending_dash && !slug.empty()) slug.push_back('-');
      pending_dash = false;
      slug.push_back(c);
    } else {
      pending_dash = true;
    }
  }
  if (slug.size() <= max_length) return slug;
  // A '-' at index max_length or before ends a prefix that fits and falls between words.
  const std::size_t dash = slug.rfind('-', max_length);
  if (dash != std::string::npos && dash > 0) {
    slug.resize(dash);
  } else {
    slug.resize(max_length);
  }
  return slug;
}

}  // namespace toasoan

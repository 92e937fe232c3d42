#pragma once

#include <string_view>
#include <vector>

namespace toasoan {

// Splits sanitized body HTML into its top-level elements ("<p>…</p>", "<blockquote>…
// </blockquote>", "<hr>" …), so photos can stand between them. Text or comments between
// elements stay with the element that follows; whatever trails the last element is its
// own block. Concatenating the blocks gives back `html` exactly. When the markup is not
// balanced (it always is after the sanitizer), the whole body is one block.
std::vector<std::string_view> SplitTopLevelBlocks(std::string_view html);

}  // namespace toasoan

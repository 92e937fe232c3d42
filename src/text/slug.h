#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace toasoan {

// An ASCII URL slug folded from Vietnamese text (FoldDiacritics): lower case, diacritics
// removed, đ → d, runs of anything else (punctuation, spaces, non-Latin letters) become
// one '-', no leading or trailing '-'. A slug longer than `max_length` bytes is cut at the
// last word boundary that fits, or inside the first word when that alone is too long.
// "Ô Môn, Thới Lai: Họp mặt" → "o-mon-thoi-lai-hop-mat". Empty when the text has no ASCII
// letters or digits after folding. The default keeps whole the 81-byte slug of a typical
// long Vietnamese headline (the seed article's). Pure and thread-safe.
std::string Slugify(std::string_view utf8, std::size_t max_length = 100);

}  // namespace toasoan

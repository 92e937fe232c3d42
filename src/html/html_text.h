#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace toasoan {

// The text of an HTML fragment, for search indexes, feed summaries and meta
// descriptions: what SanitizeBodyHtml would keep, as NFC plain text with one line per
// block (paragraph, heading, list item, quote, caption, table row) and per <br>; cells
// of a row are separated by a space; white space is collapsed within each line and empty
// lines are dropped. Script, style and the other dropped elements give no text; image
// alt text is not included. Same limits and errors as SanitizeBodyHtml. Pure and
// thread-safe.
Result<std::string> HtmlToText(std::string_view html);

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

namespace toasoan {

// Escapes text for HTML element content and quoted attribute values: & < > " ' become
// &amp; &lt; &gt; &quot; &#39;; every other byte is copied unchanged (the caller owns
// UTF-8 validity). Not for unquoted attributes, URLs, scripts or styles. Pure and
// thread-safe.
std::string EscapeHtml(std::string_view text);

// Appends EscapeHtml(text) to `out`, for building a page without temporaries.
void AppendEscapedHtml(std::string_view text, std::string* out);

}  // namespace toasoan

#pragma once

#include <string>
#include <string_view>

namespace toasoan {

// Appends `text` to `out` as XML 1.0 character data or a quoted attribute value: & < > "
// and ' become entity references, and characters XML 1.0 forbids (C0 controls other
// than tab, line feed and carriage return; U+FFFE and U+FFFF; ill-formed UTF-8) are
// dropped, so any stored text yields a well-formed document. Pure and thread-safe.
void AppendXmlEscaped(std::string_view text, std::string* out);

}  // namespace toasoan

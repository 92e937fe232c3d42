#pragma once

#include <string_view>

#include "media/photo_text.h"

namespace toasoan {

// Reads the caption (Caption-Abstract, 2:120) and credit (By-line 2:80, each of them,
// then Credit 2:110) from IPTC-IIM metadata: either a JPEG APP13 payload (Photoshop
// "8BIM" image resources, the IIM in resource 0x0404), as libvips attaches it as
// "iptc-data", or the bare IIM datasets. Text is UTF-8 when the envelope's coded
// character set (1:90) says so (ESC % G); otherwise UTF-8 when it is valid UTF-8, else
// Latin-1. Malformed or truncated data yields what was read before the fault. Pure.
PhotoText ReadIptcText(std::string_view iptc);

}  // namespace toasoan

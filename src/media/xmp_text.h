#pragma once

#include <string_view>

#include "media/photo_text.h"

namespace toasoan {

// Reads the caption (dc:description, the x-default alternative, else the first) and
// credit (dc:creator's names in order, then photoshop:Credit) from an XMP packet, by
// namespace URI (any prefix), in element or attribute form. Parsed with GLib's
// GMarkup: no DTD, no external or user-defined entities. Leading bytes before the
// first '<' (the JPEG APP1 namespace header) are skipped. Unparsable XMP yields what
// was read before the fault. Pure and thread-safe.
PhotoText ReadXmpText(std::string_view xmp);

}  // namespace toasoan

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace toasoan {

// A section of the portal ("QUẬN ỦY, HUYỆN ỦY"), possibly nested under a parent.
struct Section {
  int64_t id = 0;
  std::string name;  // as shown to readers, NFC
  std::string slug;  // ASCII, unique, used in URLs
  std::optional<int64_t> parent_id;
  int position = 0;  // order among its siblings, ascending
};

// Whether `slug` is a first path segment the site uses for itself (api, static, media,
// in …): a section may not take it, or its pages would shadow the site's own.
bool IsReservedSectionSlug(std::string_view slug);

}  // namespace toasoan

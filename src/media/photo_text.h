#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// The caption and credit a photo's own metadata carries (IPTC or XMP), to pre-fill the
// newsroom's form. Plain text, NFC, white space collapsed; empty when absent.
struct PhotoText {
  std::string caption;  // IPTC Caption-Abstract 2:120, XMP dc:description
  std::string credit;   // IPTC By-line 2:80 + Credit 2:110, XMP dc:creator + photoshop:Credit
};

// Plain text as the form shows it: NFC, control characters dropped, white space
// collapsed, at most `max_code_points` (cut at a code point). Pure.
std::string CleanPhotoText(std::string_view utf8, std::size_t max_code_points = 2000);

// Joins credit parts ("Thúy Loan", "Truyền Thanh") with ", ", skipping empty and
// repeated parts. Pure.
std::string JoinCreditParts(const std::vector<std::string>& parts);

// Each field from `preferred` when it has one, else from `fallback`.
PhotoText MergePhotoText(const PhotoText& preferred, const PhotoText& fallback);

}  // namespace toasoan

#include "proofread/paragraph_text.h"

#include <unicode/normalizer2.h>

#include <algorithm>

#include "base/check.h"
#include "text/nfc.h"
#include "text/utf8.h"
#include "text/word_chars.h"

namespace toasoan {
namespace {

const icu::Normalizer2& NfcNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  CHECK(U_SUCCESS(status) && n != nullptr);
  return *n;
}

}  // namespace

ParagraphText::ParagraphText(std::string_view original) : original_(original) {
  if (IsNfc(original)) {
    nfc_ = original_;
  } else {
    // Normalise segment by segment, cutting where NFC has a boundary: the concatenation
    // of the segments' NFC is the NFC of the whole, and each segment maps to itself.
    const icu::Normalizer2& normalizer = NfcNormalizer();
    std::size_t seg_begin = 0;
    auto flush = [&](std::size_t seg_end) {
      if (seg_end == seg_begin) return;
      const std::string_view seg =
          std::string_view(original_).substr(seg_begin, seg_end - seg_begin);
      std::string norm = ToNfc(seg);
      if (norm != seg) {
        changes_.push_back({seg_begin, seg_end, nfc_.size(), nfc_.size() + norm.size()});
      }
      nfc_ += norm;
      seg_begin = seg_end;
    };
    for (std::size_t pos = 0; pos < original_.size();) {
      const std::size_t at = pos;
      const int32_t cp = DecodeUtf8(original_, &pos);
      if (cp < 0 || normalizer.hasBoundaryBefore(cp)) flush(at);
    }
    flush(original_.size());
  }
  for (std::size_t pos = 0; pos < nfc_.size();) {
    const std::size_t at = pos;
    const int32_t cp = DecodeUtf8(nfc_, &pos);
    const bool word = cp >= 0 && IsWordChar(static_cast<char32_t>(cp));
    if (!word) continue;
    if (!words_.empty() && words_.back().end == at) {
      words_.back().end = pos;
    } else {
      words_.push_back({at, pos});
    }
  }
}

std::size_t ParagraphText::OriginalBegin(std::size_t nfc_offset) const {
  // Changes before the offset shift it by their size difference; an offset inside a
  // change goes to the change's start.
  long shift = 0;
  for (const Change& c : changes_) {
    if (c.nfc_begin >= nfc_offset) break;
    if (nfc_offset < c.nfc_end) return c.original_begin;
    shift += static_cast<long>(c.original_end - c.original_begin) -
             static_cast<long>(c.nfc_end - c.nfc_begin);
  }
  return static_cast<std::size_t>(static_cast<long>(nfc_offset) + shift);
}

std::size_t ParagraphText::OriginalEnd(std::size_t nfc_offset) const {
  long shift = 0;
  for (const Change& c : changes_) {
    if (c.nfc_begin >= nfc_offset) break;
    if (nfc_offset < c.nfc_end) return c.original_end;
    shift += static_cast<long>(c.original_end - c.original_begin) -
             static_cast<long>(c.nfc_end - c.nfc_begin);
  }
  return static_cast<std::size_t>(static_cast<long>(nfc_offset) + shift);
}

std::size_t Utf16Length(std::string_view utf8) {
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const int32_t cp = DecodeUtf8(utf8, &pos);
    n += cp > 0xFFFF ? 2 : 1;
  }
  return n;
}

}  // namespace toasoan

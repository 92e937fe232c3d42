#include "text/nfc.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <limits>

#include "base/check.h"
#include "text/utf8.h"

namespace toasoan {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// ICU fails here only when its data is missing or memory runs out: a broken
// installation, not bad input, so it stops the process like any other bug.
const icu::Normalizer2& Instance(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  CHECK(U_SUCCESS(status) && n != nullptr);
  return *n;
}

icu::StringPiece Piece(std::string_view s) {
  CHECK(s.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max()));
  return icu::StringPiece(s.data(), static_cast<int32_t>(s.size()));
}

std::string Normalize(std::string_view utf8, bool compose) {
  // ASCII is invariant under every normalisation form: the common case for slugs,
  // numbers and markup costs one scan.
  if (IsAscii(utf8)) return std::string(utf8);
  const icu::Normalizer2& n = Instance(compose);
  UErrorCode status = U_ZERO_ERROR;
  if (IsValidUtf8(utf8)) {
    if (n.isNormalizedUTF8(Piece(utf8), status) && U_SUCCESS(status)) {
      return std::string(utf8);
    }
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(utf8.size() + utf8.size() / 4);
    icu::StringByteSink<std::string> sink(&out);
    n.normalizeUTF8(0, Piece(utf8), sink, nullptr, status);
    CHECK(U_SUCCESS(status));
    return out;
  }
  // fromUTF8 replaces each maximal ill-formed subpart with U+FFFD.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(Piece(utf8));
  icu::UnicodeString normalized = n.normalize(u, status);
  CHECK(U_SUCCESS(status));
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

}  // namespace

std::string ToNfc(std::string_view utf8) { return Normalize(utf8, /*compose=*/true); }

std::string ToNfd(std::string_view utf8) { return Normalize(utf8, /*compose=*/false); }

bool IsNfc(std::string_view utf8) {
  if (IsAscii(utf8)) return true;
  if (!IsValidUtf8(utf8)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const bool normalized = Instance(true).isNormalizedUTF8(Piece(utf8), status);
  CHECK(U_SUCCESS(status));
  return normalized;
}

bool IsValidUtf8(std::string_view bytes) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    if (DecodeUtf8(bytes, &pos) < 0) return false;
  }
  return true;
}

}  // namespace toasoan

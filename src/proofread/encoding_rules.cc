#include <unicode/uchar.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "proofread/legacy_encoding.h"
#include "proofread/rules.h"
#include "text/nfc.h"
#include "text/utf8.h"
#include "text/word_chars.h"

namespace toasoan::proofread_internal {
namespace {

bool HasCombiningMark(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const int32_t cp = DecodeUtf8(s, &pos);
    if (cp >= 0 && (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0) return true;
  }
  return false;
}

}  // namespace

void CheckDecomposed(const std::vector<Part>& parts, std::vector<ProofWarning>* out) {
  for (const Part& part : parts) {
    const std::string& s = part.text.original();
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const ParagraphText::Change& c : part.text.changes()) {
      const std::string_view piece =
          std::string_view(s).substr(c.original_begin, c.original_end - c.original_begin);
      if (!HasCombiningMark(piece) || !IsValidUtf8(piece)) continue;
      // Widen to the whole word, so the fix reads as a word.
      std::size_t b = c.original_begin, e = c.original_end;
      while (WordCharBefore(s, b)) {
        --b;
        while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      }
      while (WordCharAt(s, e)) {
        std::size_t at = e;
        DecodeUtf8(s, &at);
        e = at;
      }
      if (!spans.empty() && b <= spans.back().second) {
        spans.back().second = std::max(spans.back().second, e);
      } else {
        spans.emplace_back(b, e);
      }
    }
    for (const auto& [b, e] : spans) {
      std::string fixed = ToNfc(std::string_view(s).substr(b, e - b));
      out->push_back(WarningAtOriginal(
          part, proof_rule::kDecomposed, b, e, fixed,
          "Chữ viết bằng dấu tổ hợp (dấu rời, thường do bộ gõ hoặc chép từ PDF); nên dùng chữ "
          "dựng sẵn (Unicode NFC)."));
    }
  }
}

void CheckLegacyEncoding(const std::vector<Part>& parts, std::vector<ProofWarning>* out) {
  for (const Part& part : parts) {
    auto guess = GuessLegacyMojibake(part.text.nfc());
    if (!guess) continue;
    const std::string name =
        guess->encoding == LegacyEncoding::kTcvn3 ? "TCVN3 (ABC, phông .Vn…)" : "VNI (phông VNI-…)";
    out->push_back(WarningAtOriginal(part, proof_rule::kLegacyEncoding, 0,
                                     part.text.original().size(), std::move(guess->decoded),
                                     "Văn bản có vẻ gõ bằng bảng mã cũ " + name +
                                         " nên hiển thị sai dấu; nên chuyển sang Unicode."));
  }
}

}  // namespace toasoan::proofread_internal

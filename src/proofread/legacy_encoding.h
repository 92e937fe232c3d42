#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace toasoan {

// Vietnamese text typed in a pre-Unicode encoding and then read as Windows-1252 /
// Latin-1 (what a Word file with .VnTime or VNI-Times fonts turns into when the font is
// lost): "Hµ Néi", "Th¸i B×nh" (TCVN3, also called ABC) or "Haø Noäi", "Vieät Nam"
// (VNI Windows). Pure and thread-safe.
enum class LegacyEncoding { kTcvn3, kVni };

// "TCVN3" or "VNI".
std::string_view LegacyEncodingName(LegacyEncoding encoding);

// Decodes such mojibake to NFC Unicode. Characters that are not part of the encoding's
// Vietnamese letters are kept. TCVN3 has upper-case letters only for Ă Â Ê Ô Ơ Ư Đ (the
// others were written with upper-case fonts), so a toned letter inside an all-capitals
// word is put in capitals. VNI writes a letter as its base followed by a mark byte
// ("a" + "ø" = "à", "e" + "ä" = "ệ").
std::string DecodeTcvn3Mojibake(std::string_view text);
std::string DecodeVniMojibake(std::string_view text);

// A conservative guess whether `text` (NFC, one paragraph) is such mojibake: it has no
// Latin letter outside Latin-1 (real Vietnamese has "ạ", "ơ", "đ"… which mojibake cannot
// contain), and at least two words (one, in a text of at most four words) contain a
// character typical of the encoding's mojibake and rare in Vietnamese ("¸", "µ", "×" for
// TCVN3; "ø", "ä", "ï", "ö" for VNI) and decode to a well-formed Vietnamese syllable.
struct LegacyGuess {
  LegacyEncoding encoding;
  std::string decoded;  // the whole text, decoded
};
std::optional<LegacyGuess> GuessLegacyMojibake(std::string_view text);

// Whether `word` (NFC, one word) has the shape of a Vietnamese syllable: an initial
// consonant (or none), one to three vowels, a final consonant (or none), at most one
// tone. Loose: it accepts impossible syllables of a possible shape.
bool LooksLikeVietnameseSyllable(std::string_view word);

}  // namespace toasoan

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace toasoan {

// Where a proofreading warning points: the article's title, its lead (sapo) or a
// paragraph of its body.
enum class ProofField { kTitle, kLead, kBody };

// "title", "lead", "body": the names used in dismissal keys and JSON.
std::string_view ProofFieldName(ProofField field);

// The stable rule ids (ASCII; part of dismissal keys, so never renamed).
namespace proof_rule {
inline constexpr std::string_view kNameSpelling = "name-spelling";      // Ô Môn / Ơ Môn
inline constexpr std::string_view kRepeatedText = "repeated-text";      // a paragraph twice
inline constexpr std::string_view kDecomposed = "decomposed";           // NFD, "tổ hợp"
inline constexpr std::string_view kLegacyEncoding = "legacy-encoding";  // TCVN3, VNI mojibake
inline constexpr std::string_view kTonePlacement = "tone-placement";    // hoà and hòa
inline constexpr std::string_view kSpelling = "spelling";               // not in the dictionary
inline constexpr std::string_view kDoubleSpace = "double-space";
inline constexpr std::string_view kUnbalanced = "unbalanced";  // quotes, brackets
}  // namespace proof_rule

// One proofreading finding. Warnings are advice: nothing is ever refused because of one.
//
// Positions are within the text of the field or paragraph exactly as the caller passed
// it (not normalised): `offset`/`length` in bytes of UTF-8, `char_offset`/`char_length`
// in code points, `utf16_offset`/`utf16_length` in UTF-16 code units (what a browser's
// string indexes and DOM ranges use).
struct ProofWarning {
  std::string rule;  // one of proof_rule::k*
  ProofField field = ProofField::kBody;
  std::size_t paragraph = 0;  // index of the body paragraph; 0 for the title and the lead
  std::size_t offset = 0;
  std::size_t length = 0;
  std::size_t char_offset = 0;
  std::size_t char_length = 0;
  std::size_t utf16_offset = 0;
  std::size_t utf16_length = 0;
  std::string found;  // the text at that position, as written
  // What to put in place of `found`: the empty string means "delete it"; nullopt when
  // there is no mechanical fix (an unbalanced bracket, a word without suggestion).
  std::optional<std::string> replacement;
  std::string message;  // Vietnamese, NFC, for the editor

  // The stable key an editor's dismissal is stored under:
  // "<rule>|<field>|<paragraph>|<found>" (found last and verbatim, so the key parses
  // unambiguously). Passing it in ProofreadOptions::dismissed hides this warning when
  // the same text is found again in the same field and paragraph.
  std::string Key() const;
};

}  // namespace toasoan

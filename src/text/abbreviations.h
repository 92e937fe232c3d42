#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// The abbreviations a newsreader expands when reading aloud ("UBND" → "Ủy ban nhân
// dân"), kept in an editable list (config/abbreviations.tsv, copied to the data folder).
// Matching is case-sensitive and whole-word: an abbreviation matches where no letter or
// digit touches it on either side, except on a side where the abbreviation itself ends
// in punctuation ("TP." matches in "TP.HCM" and "TP. Cần Thơ"). Where several match, the
// longest wins ("TP.HCM" before "TP."). Immutable after building; thread-safe to read.
class Abbreviations {
 public:
  struct Match {
    std::string_view expansion;
    std::size_t length = 0;  // bytes of the text the abbreviation covers
  };

  // Parses the list: one "ABBREVIATION<TAB>expansion" per line, UTF-8; both sides are
  // trimmed of spaces and normalised to NFC; blank lines and lines starting with '#'
  // are ignored; a later line for the same abbreviation replaces the earlier one. A line
  // without a tab or with an empty side is skipped, and when `problems` is set a sentence
  // naming its line number is added to it. A CRLF file reads like an LF one.
  static Abbreviations Parse(std::string_view tsv, std::vector<std::string>* problems = nullptr);

  // Adds or replaces one entry; empty sides are ignored.
  void Add(std::string_view abbreviation, std::string_view expansion);

  std::size_t size() const { return entries_.size(); }

  // The longest abbreviation that matches at byte `pos` of `text` (NFC), honouring the
  // word boundaries above, or nullopt. `pos` must be a code point boundary.
  std::optional<Match> MatchAt(std::string_view text, std::size_t pos) const;

  // `text` (NFC) with every abbreviation replaced by its expansion; a space is put
  // between an expansion and a letter that follows it directly ("TP.Cần Thơ" →
  // "thành phố Cần Thơ").
  std::string Expand(std::string_view text) const;

 private:
  struct Entry {
    std::string abbreviation;
    std::string expansion;
  };

  void Index();

  std::vector<Entry> entries_;
  // Entry indexes by the first byte of the abbreviation, longest first.
  std::array<std::vector<std::size_t>, 256> by_first_byte_;
};

}  // namespace toasoan

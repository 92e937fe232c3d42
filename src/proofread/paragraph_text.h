#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace toasoan {

// One field or paragraph as the proofreader sees it: the text as written, its NFC form
// (on which every rule but the decomposed-text rule runs) and a map back from NFC byte
// offsets to the original's, so warnings point into what the caller passed.
class ParagraphText {
 public:
  // A word: a run of letters, digits and combining marks (text/word_chars.h), as byte
  // offsets into nfc().
  struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
  };
  // A piece of the original that NFC changes (a letter with its combining marks), with
  // its place in both texts.
  struct Change {
    std::size_t original_begin = 0, original_end = 0;
    std::size_t nfc_begin = 0, nfc_end = 0;
  };

  explicit ParagraphText(std::string_view original);

  const std::string& original() const { return original_; }
  const std::string& nfc() const { return nfc_; }
  const std::vector<Word>& words() const { return words_; }
  const std::vector<Change>& changes() const { return changes_; }
  std::string_view WordText(const Word& w) const {
    return std::string_view(nfc_).substr(w.begin, w.end - w.begin);
  }

  // The original byte range of the NFC range [begin, end), widened to whole changes.
  std::size_t OriginalBegin(std::size_t nfc_offset) const;
  std::size_t OriginalEnd(std::size_t nfc_offset) const;

 private:
  std::string original_;
  std::string nfc_;
  std::vector<Change> changes_;  // in order; empty when the original is NFC
  std::vector<Word> words_;
};

// The number of UTF-16 code units of `utf8` (a code point above U+FFFF counts two; an
// ill-formed sequence one).
std::size_t Utf16Length(std::string_view utf8);

}  // namespace toasoan

#include "text/abbreviations.h"

#include <algorithm>

#include "text/nfc.h"
#include "text/word_chars.h"

namespace toasoan {
namespace {

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  const size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const size_t last = s.find_last_not_of(kSpace);
  return s.substr(first, last - first + 1);
}

bool IsAsciiPunctuation(char c) {
  return c != ' ' && static_cast<unsigned char>(c) < 0x80 &&
         !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

}  // namespace

Abbreviations Abbreviations::Parse(std::string_view tsv, std::vector<std::string>* problems) {
  Abbreviations list;
  size_t line_number = 0;
  while (!tsv.empty()) {
    ++line_number;
    const size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);  // BOM
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      if (problems) {
        problems->push_back("line " + std::to_string(line_number) +
                            ": no tab between the abbreviation and its expansion");
      }
      continue;
    }
    const std::string_view abbreviation = Trim(line.substr(0, tab));
    const std::string_view expansion = Trim(line.substr(tab + 1));
    if (abbreviation.empty() || expansion.empty()) {
      if (problems) {
        problems->push_back("line " + std::to_string(line_number) +
                            ": the abbreviation or its expansion is empty");
      }
      continue;
    }
    list.Add(abbreviation, expansion);
  }
  return list;
}

void Abbreviations::Add(std::string_view abbreviation, std::string_view expansion) {
  std::string key = ToNfc(Trim(abbreviation));
  std::string value = ToNfc(Trim(expansion));
  if (key.empty() || value.empty()) return;
  for (Entry& e : entries_) {
    if (e.abbreviation == key) {
      e.expansion = std::move(value);
      return;
    }
  }
  entries_.push_back({std::move(key), std::move(value)});
  Index();
}

void Abbreviations::Index() {
  for (auto& bucket : by_first_byte_) bucket.clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    by_first_byte_[static_cast<unsigned char>(entries_[i].abbreviation.front())].push_back(i);
  }
  for (auto& bucket : by_first_byte_) {
    std::stable_sort(bucket.begin(), bucket.end(), [this](size_t a, size_t b) {
      return entries_[a].abbreviation.size() > entries_[b].abbreviation.size();
    });
  }
}

std::optional<Abbreviations::Match> Abbreviations::MatchAt(std::string_view text,
                                                           size_t pos) const {
  if (pos >= text.size()) return std::nullopt;
  const auto& bucket = by_first_byte_[static_cast<unsigned char>(text[pos])];
  if (bucket.empty()) return std::nullopt;
  const bool word_before = WordCharBefore(text, pos);
  for (size_t i : bucket) {
    const Entry& e = entries_[i];
    if (text.substr(pos, e.abbreviation.size()) != e.abbreviation) continue;
    // A side of the abbreviation that is punctuation needs no boundary of its own.
    if (word_before && !IsAsciiPunctuation(e.abbreviation.front())) continue;
    const size_t end = pos + e.abbreviation.size();
    if (WordCharAt(text, end) && !IsAsciiPunctuation(e.abbreviation.back())) continue;
    return Match{e.expansion, e.abbreviation.size()};
  }
  return std::nullopt;
}

std::string Abbreviations::Expand(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    if (auto m = MatchAt(text, pos)) {
      out += m->expansion;
      pos += m->length;
      if (WordCharAt(text, pos)) out.push_back(' ');
      continue;
    }
    // Copy one code point (its lead byte and continuation bytes).
    do {
      out.push_back(text[pos++]);
    } while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80);
  }
  return out;
}

}  // namespace toasoan

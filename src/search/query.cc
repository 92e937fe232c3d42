#include "search/query.h"

#include "text/nfc.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan::search {
namespace {

bool IsQuote(int32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x00AB || cp == 0x00BB || cp == 0x201E;
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

Query ParseQuery(std::string_view input) {
  Query q;
  std::string text = CollapseWhitespace(ToNfc(input));
  std::size_t pos = 0;
  for (std::size_t chars = 0; pos < text.size() && chars < kMaxQueryChars; ++chars) {
    DecodeUtf8(text, &pos);
  }
  if (pos < text.size()) {
    text.resize(pos);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    q.truncated = true;
  }

  // Text between quote characters alternates outside, inside, outside …
  std::size_t shown_end = text.size();
  bool closing_quote = false;
  bool quoted = false;
  bool full = false;
  std::size_t begin = 0;
  for (std::size_t at = 0; at <= text.size() && !full;) {
    std::size_t next = at;
    const bool boundary = at == text.size() || IsQuote(DecodeUtf8(text, &next));
    if (!boundary) {
      at = next;
      continue;
    }
    const std::string_view part = std::string_view(text).substr(begin, at - begin);
    const SegmentedText segmented = SegmentForSearch(part);  // NFC already: same offsets
    const std::size_t first = q.words.size();
    for (const SearchWord& w : segmented.words) {
      if (q.words.size() == kMaxQueryWords) {
        full = true;
        q.truncated = true;
        closing_quote = quoted;
        break;
      }
      q.words.push_back(QueryWord{segmented.text.substr(w.begin, w.end - w.begin), w.keys});
      shown_end = begin + w.end;
    }
    if (quoted && q.words.size() - first >= 2) q.phrases.emplace_back(first, q.words.size());
    quoted = !quoted;
    begin = next;
    at = at == text.size() ? at + 1 : next;
  }
  if (full) {
    text.resize(shown_end);
    if (closing_quote) text += '"';
  }
  q.text = std::move(text);
  q.ascii = IsAscii(q.text);
  return q;
}

}  // namespace toasoan::search

#include "importer/article_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <utility>

#include "text/fold.h"
#include "text/nfc.h"
#include "text/utf8.h"
#include "text/vietnamese_time.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

constexpr std::size_t kMaxBylinesChars = 80;
constexpr std::size_t kMaxCreditChars = 80;
constexpr std::string_view kUpdatePrefix = "cập nhật lúc";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitWords(std::string_view s, std::string_view separators) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = std::min(s.find_first_of(separators, start), s.size());
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The last code point of `s`, or -1 when empty.
int32_t LastCodePoint(std::string_view s) {
  if (s.empty()) return -1;
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return DecodeUtf8(s, &start);
}

// '.', '!', '?' or '…' (U+2026).
bool EndsSentence(int32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

// The scraper's lines, NFC, whitespace collapsed; blank lines kept as "".
std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(CollapseWhitespace(text.substr(start, end - start)));
    if (end + 1 < text.size() && text[end] == '\r' && text[end + 1] == '\n') ++end;
    start = end + 1;
  }
  return lines;
}

bool IsUpdateLine(std::string_view line) {
  return ToLowerNfc(line.substr(0, 2 * kUpdatePrefix.size())).starts_with(kUpdatePrefix);
}

bool InSet(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (w == word) return true;
  }
  return false;
}

// "Chia sẻ bài viết:", "Chia sẻ Zalo Google Bookmarks", "In bài viết": the portal's
// share and print buttons, which mean nothing outside the page (and Google Bookmarks no
// longer exists).
bool IsFooterLine(std::string_view line) {
  const std::string lower = ToLowerNfc(line);
  const bool anchored = lower.find("chia sẻ") != std::string::npos ||
                        lower.find("in bài viết") != std::string::npos ||
                        lower.find("bản in") != std::string::npos ||
                        lower.find("bookmarks") != std::string::npos;
  if (!anchored) return false;
  for (std::string_view w : SplitWords(lower, " :|,")) {
    if (!InSet(w, {"chia",   "sẻ",       "bài",       "viết",    "in",     "bản",       "gửi",
                   "lưu",    "zalo",     "facebook",  "twitter", "google", "bookmarks", "email",
                   "e-mail", "linkedin", "messenger", "tweet",   "share",  "print"})) {
      return false;
    }
  }
  return true;
}

struct Caption {
  std::string caption;
  std::string credit;
};

// "Ảnh", "ảnh", "ẢNH" in NFC: each five bytes.
constexpr std::array<std::string_view, 3> kPhotoWords{"Ảnh", "ảnh", "ẢNH"};
constexpr std::size_t kPhotoWordSize = 5;

// Where the credit text starts in `after` (the text right after the word "Ảnh"), or npos
// when what follows is not a credit marker ("Ảnh hưởng ...").
std::size_t CreditStart(std::string_view after) {
  if (after.starts_with(":")) return 1;
  for (std::string_view dash : {" - ", " – ", " — "}) {
    if (after.starts_with(dash)) return dash.size();
  }
  // "Ảnh, bài: X", "Ảnh và bài: X", "Ảnh, video: X": one or two lower-case role words.
  std::size_t skip = 0;
  if (after.starts_with(", ")) {
    skip = 2;
  } else if (after.starts_with(" và ")) {
    skip = std::string_view(" và ").size();
  } else {
    return std::string_view::npos;
  }
  const std::size_t colon = after.find(':', skip);
  if (colon == std::string_view::npos) return std::string_view::npos;
  const std::vector<std::string_view> words = SplitWords(after.substr(skip, colon - skip), " ,");
  if (words.empty() || words.size() > 2) return std::string_view::npos;
  for (std::string_view w : words) {
    if (ToLowerNfc(w) != w) return std::string_view::npos;
    for (std::size_t pos = 0; pos < w.size();) {
      const int32_t cp = DecodeUtf8(w, &pos);
      if (cp < 0 || !u_isalpha(cp)) return std::string_view::npos;
    }
  }
  return colon + 1;
}

std::optional<Caption> TryCaptionAt(std::string_view line, std::size_t p) {
  bool parenthesized = false;
  if (p > 0) {
    if (line[p - 1] == '(') {
      parenthesized = true;
    } else if (line[p - 1] != ' ' || !EndsSentence(LastCodePoint(line.substr(0, p - 1)))) {
      return std::nullopt;  // "Bức ảnh: ..." is prose, not a credit
    }
  }
  const std::string_view after = line.substr(p + kPhotoWordSize);
  const std::size_t start = CreditStart(after);
  if (start == std::string_view::npos) return std::nullopt;
  std::string_view credit = Trim(after.substr(start));
  if (parenthesized) {
    if (credit.ends_with(".")) credit.remove_suffix(1);
    if (!credit.ends_with(")")) return std::nullopt;
    credit.remove_suffix(1);
  } else if (credit.ends_with(".")) {
    credit.remove_suffix(1);
  }
  credit = Trim(credit);
  if (credit.empty() || CountCodePoints(credit) > kMaxCreditChars) return std::nullopt;
  if (credit.find(". ") != std::string_view::npos) return std::nullopt;  // two sentences
  if (parenthesized && credit.find_first_of("()") != std::string_view::npos) return std::nullopt;
  std::string_view caption = line.substr(0, parenthesized ? p - 1 : p);
  return Caption{std::string(Trim(caption)), std::string(credit)};
}

// A paragraph whose last sentence credits a photo.
std::optional<Caption> ParseCaption(std::string_view line) {
  // The credit ends the paragraph, so try the last "Ảnh" first.
  std::vector<std::size_t> positions;
  for (std::string_view word : kPhotoWords) {
    for (std::size_t p = line.find(word); p != std::string_view::npos; p = line.find(word, p + 1)) {
      positions.push_back(p);
    }
  }
  std::sort(positions.rbegin(), positions.rend());
  for (std::size_t p : positions) {
    if (auto c = TryCaptionAt(line, p)) return c;
  }
  return std::nullopt;
}

bool IsRolePrefix(std::string_view prefix) {
  const std::string lower = ToLowerNfc(prefix);
  const std::vector<std::string_view> words = SplitWords(lower, " ,");
  if (words.empty() || words.size() > 4) return false;
  bool only_photo = true;
  for (std::string_view w : words) {
    if (!InSet(w, {"tin",  "bài",  "ảnh",  "video", "clip", "đồ",    "họa",  "hoạ",        "thực",
                   "hiện", "nhóm", "pv",   "phóng", "viên", "ctv",   "cộng", "tác",        "ghi",
                   "chép", "biên", "tập",  "dịch",  "tổng", "hợp",   "lược", "trình",      "bày",
                   "và",   "nội",  "dung", "thiết", "kế",   "phỏng", "vấn",  "infographic"})) {
      return false;
    }
    if (w != "ảnh") only_photo = false;
  }
  return !only_photo;  // a bare "Ảnh:" credits a photo, not the article
}

// "Hoàng Dung", "Nguyễn Văn A", "PV", "TTXVN".
bool IsName(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name, " ");
  if (words.size() == 1) {
    const std::size_t n = CountCodePoints(words[0]);
    if (n < 2 || n > 6) return false;
    for (std::size_t pos = 0; pos < words[0].size();) {
      if (!u_isupper(DecodeUtf8(words[0], &pos))) return false;
    }
    return true;
  }
  if (words.size() < 2 || words.size() > 5) return false;
  for (std::string_view w : words) {
    std::size_t pos = 0;
    if (!u_isupper(DecodeUtf8(w, &pos))) return false;
    while (pos < w.size()) {
      const int32_t cp = DecodeUtf8(w, &pos);
      if (!u_isalpha(cp) && cp != '.' && cp != '-' && cp != '\'') return false;
    }
  }
  return true;
}

// Splits "A, B - C và D" into names.
std::vector<std::string_view> SplitNames(std::string_view s) {
  static constexpr std::array<std::string_view, 6> kSeparators{",",   ";",   " - ",
                                                               " – ", " — ", " và "};
  std::vector<std::string_view> parts;
  while (true) {
    std::size_t cut = std::string_view::npos;
    std::size_t cut_size = 0;
    for (std::string_view sep : kSeparators) {
      const std::size_t at = s.find(sep);
      if (at < cut) {
        cut = at;
        cut_size = sep.size();
      }
    }
    parts.push_back(Trim(s.substr(0, cut)));
    if (cut == std::string_view::npos) break;
    s.remove_prefix(cut + cut_size);
  }
  return parts;
}

std::optional<std::vector<std::string>> ParseBylines(std::string_view line) {
  if (CountCodePoints(line) > kMaxBylinesChars) return std::nullopt;
  const int32_t last = LastCodePoint(line);
  if (EndsSentence(last) || last == ';' || last == ':' || last == ',') return std::nullopt;
  std::string_view names = line;
  if (const std::size_t colon = line.find(':'); colon != std::string_view::npos) {
    if (line.find(':', colon + 1) != std::string_view::npos) return std::nullopt;
    if (!IsRolePrefix(line.substr(0, colon))) return std::nullopt;
    names = line.substr(colon + 1);
  }
  std::vector<std::string> bylines;
  for (std::string_view name : SplitNames(names)) {
    if (!IsName(name)) return std::nullopt;
    bylines.emplace_back(name);
  }
  return bylines;
}

// Drops repetitions of a line directly after itself (the scraper doubled the title and
// the lead).
std::vector<std::string> CollapseRepeats(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const std::string& l : lines) {
    if (out.empty() || out.back() != l) out.push_back(l);
  }
  return out;
}

Result<void> CheckIsText(std::string_view text) {
  if (Trim(CollapseWhitespace(text)).empty()) {
    return Fail(Error::InvalidArgument("the article text is empty"));
  }
  if (!IsValidUtf8(text)) {
    return Fail(Error::InvalidArgument(
        "the article text is not valid UTF-8 (a binary file or a legacy encoding?)"));
  }
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F) {
      return Fail(
          Error::InvalidArgument("the article text contains control characters (a binary file?)"));
    }
  }
  return {};
}

}  // namespace

Result<ParsedArticle> ParseArticleText(std::string_view text) {
  TOASOAN_TRY(CheckIsText(text));
  const std::vector<std::string> lines = SplitLines(ToNfc(text));

  std::size_t update = 0;
  while (update < lines.size() && !IsUpdateLine(lines[update])) ++update;
  if (update == lines.size()) {
    return Fail(
        Error::InvalidArgument("no update line 'Cập nhật lúc HH:MM ngày DD/MM/YYYY' found"));
  }
  auto updated_at = ParseUpdateLine(lines[update]);
  if (!updated_at) return Fail(updated_at.error());

  std::vector<std::string> head;
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || i == update) continue;
    if (i < update) {
      head.push_back(lines[i]);
    } else if (!IsFooterLine(lines[i])) {
      rest.push_back(lines[i]);
    }
  }
  head = CollapseRepeats(head);
  if (head.size() < 2) {
    return Fail(Error::InvalidArgument(
        "no title found: expected a section line and a title line before the update line"));
  }

  ParsedArticle article;
  article.section_name = head[0];
  for (std::size_t i = 1; i < head.size(); ++i) {
    if (i > 1) article.title += ' ';
    article.title += head[i];
  }
  article.updated_at = *updated_at;

  std::size_t next = 0;
  if (!rest.empty() && !ParseCaption(rest[0])) {
    article.lead = rest[0];
    next = 1;
    while (next < rest.size() && rest[next] == article.lead) ++next;
  }
  std::size_t end = rest.size();
  if (end > next) {
    if (auto bylines = ParseBylines(rest[end - 1])) {
      article.bylines = std::move(*bylines);
      --end;
    }
  }
  for (std::size_t i = next; i < end; ++i) {
    if (auto caption = ParseCaption(rest[i])) {
      article.photos.push_back({std::move(caption->caption), std::move(caption->credit),
                                static_cast<int>(article.paragraphs.size())});
    } else {
      article.paragraphs.push_back(rest[i]);
    }
  }
  if (article.lead.empty() && article.paragraphs.empty()) {
    return Fail(Error::InvalidArgument("no lead or body paragraph found after the update line"));
  }
  return article;
}

}  // namespace toasoan

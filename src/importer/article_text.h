#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"

namespace toasoan {

// A photo known only by its caption, as a text export carries it.
struct ParsedPhoto {
  std::string caption;  // without the credit sentence; may be empty
  std::string credit;   // "Thúy Loan, Truyền Thanh" (no "Ảnh:" prefix, no final '.')
  int position = 0;     // index into `paragraphs` of the paragraph it stands before;
                        // paragraphs.size() when it follows the last one
};

// An article read from a text export in the portal's page-text format (the seed's):
// section line, title (possibly repeated by the scraper), "Cập nhật lúc HH:MM ngày
// DD/MM/YYYY", lead (possibly repeated), photo captions, body paragraphs, bylines, and
// the share/print footer, which is dropped.
struct ParsedArticle {
  std::string section_name;  // as written, e.g. "QUẬN ỦY, HUYỆN ỦY"
  std::string title;
  Timestamp updated_at{};               // from the update line (Vietnam time → UTC)
  std::string lead;                     // empty when the first paragraph is a photo caption
  std::vector<std::string> paragraphs;  // plain text, NFC, in order
  std::vector<ParsedPhoto> photos;      // in order
  std::vector<std::string> bylines;     // names only, in order
};

// Parses one export. All text comes out NFC with collapsed whitespace (NBSP included);
// CRLF, CR and LF line endings are all accepted. Pure and thread-safe.
//
// How the text is read:
// - Every non-blank line is one paragraph (the scraper writes a block per line).
// - The update line is the first line starting "Cập nhật lúc" (any case). The first
//   non-blank line above it is the section; the lines between are the title, an exact
//   repetition collapsed (distinct lines are joined with a space).
// - The first paragraph after the update line is the lead unless it is a photo caption;
//   exact repetitions right after it are dropped.
// - Footer lines are dropped wherever they are: lines made only of share/print words
//   ("Chia sẻ bài viết:", "Chia sẻ Zalo Google Bookmarks", "In bài viết", "Bản in" …)
//   that contain "chia sẻ", "in bài viết", "bản in" or "bookmarks".
// - A photo caption is a paragraph ending with a credit: "Ảnh: X", "Ảnh - X",
//   "Ảnh, bài: X" (one or two role words before the colon) or "(Ảnh: X)", where "Ảnh"
//   (any case) opens the paragraph, follows the end of a sentence, or follows "(".
//   X is one sentence of at most 80 characters; its final '.' is dropped. A paragraph
//   that is only a credit gives a photo with an empty caption.
// - The bylines are the last paragraph (after the footer is dropped) when it is at most
//   80 characters, does not end in . ! ? … ; : or , and, after an optional role prefix
//   ending in ':' whose words are all role words ("Tin, ảnh:", "Bài:", "Bài và ảnh:",
//   "Nhóm PV:", "Thực hiện:"; a bare "Ảnh:" is a photo credit instead), splits at ",",
//   ";", " - ", " – " and " và " into names of 2–5 words each starting with a capital
//   letter, or single upper-case abbreviations of 2–6 letters ("PV", "TTXVN").
//   Otherwise the article has no bylines and that paragraph stays in the body.
//
// Fails with kInvalidArgument and an English sentence when the text is empty, is not
// UTF-8 text (invalid UTF-8 or control characters other than tab and line breaks), has
// no update line or an impossible date in it, has no section and title above the update
// line, or has neither a lead nor a body paragraph.
Result<ParsedArticle> ParseArticleText(std::string_view text);

}  // namespace toasoan

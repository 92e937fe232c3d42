#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/article.h"
#include "store/sqlite/sqlite_db.h"

namespace toasoan::sqlite {

// Reading articles, shared by the SQLite store's files. Not thread-safe (sqlite_db.h).

// Columns of ReadArticleRow, in order.
#define TOASOAN_ARTICLE_COLUMNS                                                    \
  "id, section_id, slug, title, lead, body_html, status, created_at, updated_at, " \
  "published_at, import_key, author_id, scheduled_at"
// The same, with an empty body_html.
#define TOASOAN_ARTICLE_COLUMNS_WITHOUT_BODY                                              \
  "id, section_id, slug, title, lead, '', status, created_at, updated_at, published_at, " \
  "import_key, author_id, scheduled_at"

// The article in the current row of `stmt` (TOASOAN_ARTICLE_COLUMNS), without bylines
// and photos. kCorruption for a status this binary does not know.
Result<Article> ReadArticleRow(const Statement& stmt);

// Reads all rows of `stmt` as articles, then their bylines and photos. Run it inside a
// transaction so all come from one snapshot.
Result<std::vector<Article>> ReadArticles(Database& db, Statement& stmt);

// photo_assets.variants: a JSON array of {file, mime_type, width, height, bytes}.
// Malformed JSON or entries yield what was well-formed. Pure.
std::vector<ImageVariant> ParseImageVariants(std::string_view json_text);
std::string ImageVariantsJson(const std::vector<ImageVariant>& variants);

// The key a title is searched by loosely (articles.title_folded): lower case without
// diacritics (text/fold.h), every run of ASCII punctuation or space turned into one
// space, with a space at each end: "Đảng bộ, Ô Môn" → " dang bo o mon ".
std::string FoldTitle(std::string_view title);

// The words of a loose title query as FoldTitle spells them, each with a space in
// front, so that instr(title_folded, word) finds titles with a word starting so.
std::vector<std::string> FoldedQueryWords(std::string_view text);

// Whether some article has no title_folded yet (stored before schema version 5).
Result<bool> HasUnfoldedTitles(Database& db);
// Fills in title_folded where it is missing; run it in a write transaction.
Result<void> FoldStoredTitles(Database& db);

}  // namespace toasoan::sqlite

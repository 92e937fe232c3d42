#pragma once

#include "base/result.h"

struct sqlite3;

namespace toasoan::sqlite {

// The name of search's FTS5 tokenizer: `CREATE VIRTUAL TABLE … USING fts5(…,
// tokenize='toasoan')`.
inline constexpr const char* kSearchTokenizerName = "toasoan";

// Registers the tokenizer on `db` through the fts5_api. On text being indexed it emits
// search::ForEachIndexTerm's terms (loose key, then exact key and dominant term as
// FTS5_TOKEN_COLOCATED tokens). A query, in turn, is written by the search code in terms
// already (see sqlite_search.h): in query mode each space-separated piece of a string
// is one token, taken as it is. Fails with kInternal when SQLite lacks FTS5.
Result<void> RegisterSearchTokenizer(sqlite3* db);

}  // namespace toasoan::sqlite

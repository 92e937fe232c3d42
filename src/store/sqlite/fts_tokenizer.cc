#include "store/sqlite/fts_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <new>
#include <string_view>

#include "search/index_terms.h"
#include "store/sqlite/sqlite_db.h"

namespace toasoan::sqlite {
namespace {

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

// The tokenizer keeps no state: every instance is this one object.
int instance_tag = 0;

int Create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance_tag);
  return SQLITE_OK;
}

void Delete(Fts5Tokenizer*) {}

int TokenizeQuery(std::string_view text, void* ctx, TokenCallback token) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) {
      const int rc = token(ctx, 0, text.data() + start, static_cast<int>(end - start),
                           static_cast<int>(start), static_cast<int>(end));
      if (rc != SQLITE_OK) return rc;
    }
    start = end + 1;
  }
  return SQLITE_OK;
}

int Tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int size,
             TokenCallback token) {
  const std::string_view input(text, size > 0 ? static_cast<std::size_t>(size) : 0);
  // A C callback: nothing may be thrown through SQLite.
  try {
    if ((flags & FTS5_TOKENIZE_QUERY) != 0) return TokenizeQuery(input, ctx, token);
    int rc = SQLITE_OK;
    search::ForEachIndexTerm(input, [&](const search::IndexTerm& t) {
      // Offsets are into the NFC text, which stored text is; clamp for any other.
      const int begin = static_cast<int>(std::min<std::size_t>(t.begin, input.size()));
      const int end = static_cast<int>(std::min<std::size_t>(t.end, input.size()));
      rc = token(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.data(),
                 static_cast<int>(t.text.size()), begin, end);
      return rc == SQLITE_OK;
    });
    return rc;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

}  // namespace

Result<void> RegisterSearchTokenizer(sqlite3* db) {
  // The documented way to reach the fts5_api: SELECT fts5(?1) with a bound pointer.
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    return Fail(Error::Internal("this SQLite has no FTS5, which search needs: " +
                                std::string(sqlite3_errmsg(db))));
  }
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr || api->iVersion < 2) {
    return Fail(Error::Internal("this SQLite's FTS5 is too old for search"));
  }
  static fts5_tokenizer tokenizer = {Create, Delete, Tokenize};
  rc = api->xCreateTokenizer(api, kSearchTokenizerName, nullptr, &tokenizer, nullptr);
  if (rc != SQLITE_OK) return Fail(SqliteError(db, rc, "register the search tokenizer"));
  return {};
}

}  // namespace toasoan::sqlite

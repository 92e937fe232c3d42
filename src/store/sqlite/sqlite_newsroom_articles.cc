// SqliteStore: the newsroom's listings of articles in any status.

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "store/sqlite/article_rows.h"
#include "store/sqlite/assign_or_return.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "store/sqlite/sqlite_store_reader.h"

namespace toasoan {
namespace {

using sqlite::Database;
using sqlite::Transaction;

constexpr int kMaxPerPage = 100;
constexpr int kMaxDue = 100;

// Filters bound as ?1 section ids (JSON array, '[]': any), ?2 status (NULL: any),
// ?3 author (NULL: any), ?4 title words (JSON array of FoldedQueryWords, each must occur
// in title_folded).
#define NEWSROOM_WHERE                                                     \
  " WHERE (?1 = '[]' OR section_id IN (SELECT value FROM json_each(?1))) " \
  "AND (?2 IS NULL OR status = ?2) AND (?3 IS NULL OR author_id = ?3) "    \
  "AND NOT EXISTS (SELECT 1 FROM json_each(?4) AS w "                      \
  "WHERE instr(COALESCE(title_folded, ''), w.value) = 0)"

}  // namespace

Result<ArticleList> SqliteStore::ListNewsroomArticles(const NewsroomQuery& q) {
  const int per_page = std::clamp(q.per_page, 1, kMaxPerPage);
  ArticleList list;
  list.page = std::max(q.page, 1);
  const std::string sections = nlohmann::json(q.section_ids).dump();
  const std::string words = nlohmann::json(sqlite::FoldedQueryWords(q.text)).dump();
  std::optional<std::string_view> status;
  if (q.status) status = ArticleStatusName(*q.status);

  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  {
    ASSIGN_OR_RETURN(auto count, db.Prepare("SELECT COUNT(*) FROM articles" NEWSROOM_WHERE));
    TOASOAN_TRY(count->BindAll(sections, status, q.author_id, words));
    ASSIGN_OR_RETURN(bool row, count->Step());
    if (row) list.total = count->ColumnInt64(0);
  }
  list.pages = static_cast<int>(std::max<int64_t>(1, (list.total + per_page - 1) / per_page));
  if (list.page > list.pages) return list;

  ASSIGN_OR_RETURN(auto page,
                   db.Prepare("SELECT " TOASOAN_ARTICLE_COLUMNS_WITHOUT_BODY
                              " FROM articles" NEWSROOM_WHERE " ORDER BY updated_at DESC, id DESC "
                              "LIMIT ?5 OFFSET ?6"));
  TOASOAN_TRY(page->BindAll(sections, status, q.author_id, words, per_page,
                            static_cast<int64_t>(list.page - 1) * per_page));
  ASSIGN_OR_RETURN(list.items, sqlite::ReadArticles(db, *page));
  return list;
}

Result<std::vector<Article>> SqliteStore::DueScheduled(Timestamp now) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " TOASOAN_ARTICLE_COLUMNS " FROM articles "
                                         "WHERE status = 'scheduled' AND scheduled_at <= ?1 "
                                         "ORDER BY scheduled_at, id LIMIT ?2"));
  TOASOAN_TRY(stmt->BindAll(ToUnixSeconds(now), kMaxDue));
  return sqlite::ReadArticles(db, *stmt);
}

}  // namespace toasoan

#undef NEWSROOM_WHERE

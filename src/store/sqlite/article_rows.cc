#include "store/sqlite/article_rows.h"

#include <nlohmann/json.hpp>
#include <unordered_map>
#include <utility>

#include "base/clock.h"
#include "store/sqlite/assign_or_return.h"
#include "text/fold.h"

namespace toasoan::sqlite {

Result<Article> ReadArticleRow(const Statement& stmt) {
  Article a;
  a.id = stmt.ColumnInt64(0);
  a.section_id = stmt.ColumnInt64(1);
  a.slug = stmt.ColumnText(2);
  a.title = stmt.ColumnText(3);
  a.lead = stmt.ColumnText(4);
  a.body_html = stmt.ColumnText(5);
  auto status = ParseArticleStatus(stmt.ColumnText(6));
  if (!status) {
    return Fail(
        Error::Corruption("article " + std::to_string(a.id) + ": " + status.error().message()));
  }
  a.status = *status;
  a.created_at = FromUnixSeconds(stmt.ColumnInt64(7));
  a.updated_at = FromUnixSeconds(stmt.ColumnInt64(8));
  if (auto published = stmt.ColumnOptionalInt64(9)) a.published_at = FromUnixSeconds(*published);
  a.import_key = stmt.ColumnText(10);
  a.author_id = stmt.ColumnInt64(11);
  if (auto scheduled = stmt.ColumnOptionalInt64(12)) a.scheduled_at = FromUnixSeconds(*scheduled);
  return a;
}

std::vector<ImageVariant> ParseImageVariants(std::string_view json_text) {
  std::vector<ImageVariant> variants;
  if (json_text.empty()) return variants;
  const auto j = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_array()) return variants;
  for (const auto& v : j) {
    if (!v.is_object()) continue;
    ImageVariant iv;
    iv.file = v.value("file", std::string());
    iv.mime_type = v.value("mime_type", std::string());
    iv.width = v.value("width", 0);
    iv.height = v.value("height", 0);
    iv.bytes = v.value("bytes", int64_t{0});
    if (iv.file.empty() || iv.width <= 0) continue;
    variants.push_back(std::move(iv));
  }
  return variants;
}

std::string ImageVariantsJson(const std::vector<ImageVariant>& variants) {
  nlohmann::json j = nlohmann::json::array();
  for (const ImageVariant& v : variants) {
    j.push_back({{"file", v.file},
                 {"mime_type", v.mime_type},
                 {"width", v.width},
                 {"height", v.height},
                 {"bytes", v.bytes}});
  }
  return j.dump();
}

Result<std::vector<Article>> ReadArticles(Database& db, Statement& stmt) {
  std::vector<Article> articles;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt.Step());
    if (!row) break;
    ASSIGN_OR_RETURN(Article a, ReadArticleRow(stmt));
    articles.push_back(std::move(a));
  }
  if (articles.empty()) return articles;

  // The ids travel as one bound JSON array, so one cached statement serves any page.
  std::unordered_map<int64_t, size_t> index_of;
  std::string ids = "[";
  for (size_t i = 0; i < articles.size(); ++i) {
    index_of[articles[i].id] = i;
    if (i > 0) ids += ',';
    ids += std::to_string(articles[i].id);
  }
  ids += ']';

  {
    ASSIGN_OR_RETURN(auto bylines,
                     db.Prepare("SELECT article_id, name FROM article_bylines "
                                "WHERE article_id IN (SELECT value FROM json_each(?1)) "
                                "ORDER BY article_id, position"));
    TOASOAN_TRY(bylines->BindAll(ids));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, bylines->Step());
      if (!row) break;
      articles[index_of.at(bylines->ColumnInt64(0))].bylines.push_back(bylines->ColumnText(1));
    }
  }
  {
    ASSIGN_OR_RETURN(auto photos,
                     db.Prepare("SELECT p.article_id, p.id, p.file, p.caption, p.credit, "
                                "p.alt, p.position, a.id, a.width, a.height, a.variants "
                                "FROM photos AS p LEFT JOIN photo_assets AS a ON a.id = p.asset_id "
                                "WHERE p.article_id IN (SELECT value FROM json_each(?1)) "
                                "ORDER BY p.article_id, p.ordinal"));
    TOASOAN_TRY(photos->BindAll(ids));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, photos->Step());
      if (!row) break;
      Photo p;
      p.id = photos->ColumnInt64(1);
      p.file = photos->ColumnText(2);
      p.caption = photos->ColumnText(3);
      p.credit = photos->ColumnText(4);
      p.alt = photos->ColumnText(5);
      p.position = static_cast<int>(photos->ColumnInt64(6));
      if (auto asset = photos->ColumnOptionalInt64(7)) {
        p.asset_id = *asset;
        p.width = static_cast<int>(photos->ColumnInt64(8));
        p.height = static_cast<int>(photos->ColumnInt64(9));
        p.variants = ParseImageVariants(photos->ColumnText(10));
      }
      articles[index_of.at(photos->ColumnInt64(0))].photos.push_back(std::move(p));
    }
  }
  return articles;
}

namespace {

// ASCII bytes other than letters and digits separate words; bytes of other characters
// (kept by FoldDiacritics, e.g. CJK) belong to words.
bool IsSeparator(unsigned char c) {
  return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

}  // namespace

std::string FoldTitle(std::string_view title) {
  const std::string folded = FoldDiacritics(title);
  std::string key = " ";
  for (unsigned char c : folded) {
    if (IsSeparator(c)) {
      if (key.back() != ' ') key += ' ';
    } else {
      key += static_cast<char>(c);
    }
  }
  if (key.back() != ' ') key += ' ';
  return key;
}

std::vector<std::string> FoldedQueryWords(std::string_view text) {
  const std::string key = FoldTitle(text);  // " w1 w2 "
  std::vector<std::string> words;
  size_t start = 0;
  while (start + 1 < key.size()) {
    const size_t end = key.find(' ', start + 1);
    words.push_back(key.substr(start, end - start));  // " w"
    start = end;
  }
  return words;
}

Result<bool> HasUnfoldedTitles(Database& db) {
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT 1 FROM articles WHERE title_folded IS NULL "
                                         "LIMIT 1"));
  return stmt->Step();
}

Result<void> FoldStoredTitles(Database& db) {
  std::vector<std::pair<int64_t, std::string>> rows;
  {
    ASSIGN_OR_RETURN(auto select,
                     db.Prepare("SELECT id, title FROM articles WHERE title_folded IS NULL"));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, select->Step());
      if (!row) break;
      rows.emplace_back(select->ColumnInt64(0), FoldTitle(select->ColumnText(1)));
    }
  }
  ASSIGN_OR_RETURN(auto update, db.Prepare("UPDATE articles SET title_folded = ?1 WHERE id = ?2"));
  for (const auto& [id, folded] : rows) {
    update->Reset();
    TOASOAN_TRY(update->BindAll(folded, id));
    TOASOAN_TRY(update->Run());
  }
  return {};
}

}  // namespace toasoan::sqlite

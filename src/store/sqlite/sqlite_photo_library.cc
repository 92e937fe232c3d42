// SqliteStore: the newsroom's photo library (store/photo_library.h).

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
using sqlite::Statement;
using sqlite::Transaction;

constexpr int kMaxPerPage = 100;

#define ASSET_COLUMNS                                                                     \
  "id, file, hash, width, height, bytes, caption, credit, alt, uploaded_by, created_at, " \
  "variants, variants IS NOT NULL"

PhotoAsset ReadAsset(const Statement& stmt) {
  PhotoAsset a;
  a.id = stmt.ColumnInt64(0);
  a.file = stmt.ColumnText(1);
  a.hash = stmt.ColumnText(2);
  a.width = static_cast<int>(stmt.ColumnInt64(3));
  a.height = static_cast<int>(stmt.ColumnInt64(4));
  a.bytes = stmt.ColumnInt64(5);
  a.caption = stmt.ColumnText(6);
  a.credit = stmt.ColumnText(7);
  a.alt = stmt.ColumnText(8);
  a.uploaded_by = stmt.ColumnInt64(9);
  a.created_at = FromUnixSeconds(stmt.ColumnInt64(10));
  const std::string variants = stmt.ColumnText(11);
  a.variants_done = stmt.ColumnInt64(12) != 0;
  a.variants = sqlite::ParseImageVariants(variants);
  return a;
}

std::string FoldAssetText(const std::string& caption, const std::string& credit) {
  return sqlite::FoldTitle(caption + " " + credit);
}

// The asset with `id` read through `db`, or kNotFound.
Result<PhotoAsset> AssetById(Database& db, int64_t id) {
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT " ASSET_COLUMNS " FROM photo_assets WHERE id = ?1"));
  TOASOAN_TRY(stmt->BindAll(id));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return Fail(Error::NotFound("no photo asset with id " + std::to_string(id)));
  return ReadAsset(*stmt);
}

Result<std::optional<PhotoAsset>> AssetByFile(Database& db, std::string_view file) {
  ASSIGN_OR_RETURN(auto stmt,
                   db.Prepare("SELECT " ASSET_COLUMNS " FROM photo_assets WHERE file = ?1"));
  TOASOAN_TRY(stmt->BindAll(file));
  ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<PhotoAsset>();
  return std::optional<PhotoAsset>(ReadAsset(*stmt));
}

}  // namespace

Result<void> SqliteStore::RecordPhotoChange(const std::string& file) {
  std::vector<std::string> tags = {"media:" + file};
  {
    ASSIGN_OR_RETURN(auto users, writer_->Prepare("SELECT DISTINCT article_id FROM photos "
                                                  "WHERE file = ?1 ORDER BY article_id"));
    TOASOAN_TRY(users->BindAll(file));
    for (;;) {
      ASSIGN_OR_RETURN(bool row, users->Step());
      if (!row) break;
      tags.push_back("article:" + std::to_string(users->ColumnInt64(0)));
    }
  }
  return RecordChange(tags);
}

Result<PhotoLibrary::Added> SqliteStore::AddPhotoAsset(const PhotoAsset& a,
                                                       const std::optional<AuditEntry>& audit) {
  if (a.file.empty()) return Fail(Error::InvalidArgument("a photo asset needs its file"));
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(auto existing, AssetByFile(db, a.file));
  if (existing) {
    TOASOAN_TRY(txn.Commit());
    return Added{std::move(*existing), false};
  }
  int64_t id = 0;
  {
    ASSIGN_OR_RETURN(auto insert,
                     db.Prepare("INSERT INTO photo_assets (file, hash, width, height, bytes, "
                                "caption, credit, alt, text_folded, uploaded_by, created_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                                "RETURNING id"));
    TOASOAN_TRY(insert->BindAll(a.file, a.hash, a.width, a.height, a.bytes, a.caption, a.credit,
                                a.alt, FoldAssetText(a.caption, a.credit), a.uploaded_by,
                                ToUnixSeconds(a.created_at)));
    ASSIGN_OR_RETURN(bool row, insert->Step());
    if (!row) return Fail(Error::Internal("INSERT … RETURNING gave no row"));
    id = insert->ColumnInt64(0);
  }
  TOASOAN_TRY(RecordPhotoChange(a.file));
  if (audit) {
    AuditEntry entry = *audit;
    // A new photo's audit target names it once it has an id.
    if (entry.target == "photo:0" || entry.target == "photo:") {
      entry.target = "photo:" + std::to_string(id);
    }
    TOASOAN_TRY(AppendAuditInTransaction(entry));
  }
  ASSIGN_OR_RETURN(PhotoAsset stored, AssetById(db, id));
  TOASOAN_TRY(txn.Commit());
  return Added{std::move(stored), true};
}

Result<PhotoAsset> SqliteStore::PhotoAssetById(int64_t id) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  return AssetById(reader.db(), id);
}

Result<std::optional<PhotoAsset>> SqliteStore::PhotoAssetByFile(std::string_view file) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  return AssetByFile(reader.db(), file);
}

Result<std::vector<PhotoAsset>> SqliteStore::PhotoAssetsByFiles(
    const std::vector<std::string>& files) {
  std::vector<PhotoAsset> assets;
  if (files.empty()) return assets;
  const std::string list = nlohmann::json(files).dump();
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  ASSIGN_OR_RETURN(auto stmt,
                   reader.db().Prepare("SELECT " ASSET_COLUMNS " FROM photo_assets WHERE file IN "
                                       "(SELECT value FROM json_each(?1)) ORDER BY id"));
  TOASOAN_TRY(stmt->BindAll(list));
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    assets.push_back(ReadAsset(*stmt));
  }
  return assets;
}

// ?1: the query's words (JSON array of FoldedQueryWords), each must occur in text_folded.
#define ASSET_WHERE                                      \
  " WHERE NOT EXISTS (SELECT 1 FROM json_each(?1) AS w " \
  "WHERE instr(text_folded, w.value) = 0)"

Result<PhotoAssetList> SqliteStore::ListPhotoAssets(const PhotoAssetQuery& q) {
  const int per_page = std::clamp(q.per_page, 1, kMaxPerPage);
  PhotoAssetList list;
  list.page = std::max(q.page, 1);
  const std::string words = nlohmann::json(sqlite::FoldedQueryWords(q.text)).dump();
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kRead));
  {
    ASSIGN_OR_RETURN(auto count, db.Prepare("SELECT COUNT(*) FROM photo_assets" ASSET_WHERE));
    TOASOAN_TRY(count->BindAll(words));
    ASSIGN_OR_RETURN(bool row, count->Step());
    if (row) list.total = count->ColumnInt64(0);
  }
  list.pages = static_cast<int>(std::max<int64_t>(1, (list.total + per_page - 1) / per_page));
  if (list.page > list.pages) return list;
  ASSIGN_OR_RETURN(auto page, db.Prepare("SELECT " ASSET_COLUMNS " FROM photo_assets" ASSET_WHERE
                                         " ORDER BY created_at DESC, id DESC LIMIT ?2 OFFSET ?3"));
  TOASOAN_TRY(page->BindAll(words, per_page, static_cast<int64_t>(list.page - 1) * per_page));
  for (;;) {
    ASSIGN_OR_RETURN(bool row, page->Step());
    if (!row) break;
    list.items.push_back(ReadAsset(*page));
  }
  return list;
}

Result<PhotoAsset> SqliteStore::UpdatePhotoAssetText(int64_t id, const std::string& caption,
                                                     const std::string& credit,
                                                     const std::string& alt,
                                                     const std::optional<AuditEntry>& audit) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(PhotoAsset asset, AssetById(db, id));
  {
    ASSIGN_OR_RETURN(auto update,
                     db.Prepare("UPDATE photo_assets SET caption = ?2, credit = ?3, alt = ?4, "
                                "text_folded = ?5 WHERE id = ?1"));
    TOASOAN_TRY(update->BindAll(id, caption, credit, alt, FoldAssetText(caption, credit)));
    TOASOAN_TRY(update->Run());
  }
  TOASOAN_TRY(RecordPhotoChange(asset.file));
  if (audit) TOASOAN_TRY(AppendAuditInTransaction(*audit));
  asset.caption = caption;
  asset.credit = credit;
  asset.alt = alt;
  TOASOAN_TRY(txn.Commit());
  return asset;
}

Result<void> SqliteStore::SetPhotoAssetVariants(int64_t id,
                                                const std::vector<ImageVariant>& variants) {
  std::lock_guard lock(write_mu_);
  Database& db = *writer_;
  ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db, Transaction::Kind::kWrite));
  ASSIGN_OR_RETURN(PhotoAsset asset, AssetById(db, id));
  {
    ASSIGN_OR_RETURN(auto update,
                     db.Prepare("UPDATE photo_assets SET variants = ?2 WHERE id = ?1"));
    TOASOAN_TRY(update->BindAll(id, sqlite::ImageVariantsJson(variants)));
    TOASOAN_TRY(update->Run());
  }
  TOASOAN_TRY(RecordPhotoChange(asset.file));
  return txn.Commit();
}

Result<std::vector<PhotoAsset>> SqliteStore::PhotoAssetsAwaitingVariants(int limit) {
  ASSIGN_OR_RETURN(Reader reader, AcquireReader());
  Database& db = reader.db();
  ASSIGN_OR_RETURN(auto stmt, db.Prepare("SELECT " ASSET_COLUMNS " FROM photo_assets "
                                         "WHERE variants IS NULL ORDER BY id LIMIT ?1"));
  TOASOAN_TRY(stmt->BindAll(std::clamp(limit, 1, 1000)));
  std::vector<PhotoAsset> out;
  for (;;) {
    ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back(ReadAsset(*stmt));
  }
  return out;
}

}  // namespace toasoan

#undef ASSET_COLUMNS
#undef ASSET_WHERE

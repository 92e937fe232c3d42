#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "domain/photo_asset.h"
#include "store/newsroom_store.h"

namespace toasoan {

// A page of the photo library, newest first.
struct PhotoAssetQuery {
  std::string text;  // words of the caption or credit, loosely (no diacritics needed)
  int page = 1;      // 1-based
  int per_page = 40;
};

struct PhotoAssetList {
  std::vector<PhotoAsset> items;
  int page = 1;
  int pages = 1;
  int64_t total = 0;
};

// Storage of the newsroom's photo library (the files themselves are in the media
// folder, written by media/photo_ingest.h). Same threading and durability contract as
// Store. Every write records a change event carrying "media:FILE" of the photo and
// "article:ID" of every article showing it, so cached pages using it are rendered again.
class PhotoLibrary {
 public:
  virtual ~PhotoLibrary() = default;

  // Records a newly stored photo (id, variants ignored; created_at as given) and, in the
  // same transaction, `audit` when given (a target "photo:0" becomes the new id). When a
  // photo with the same file is already recorded, returns that one unchanged with
  // `created` false and writes no audit entry. Article photos already showing the file
  // are linked to it.
  struct Added {
    PhotoAsset asset;
    bool created = true;
  };
  virtual Result<Added> AddPhotoAsset(const PhotoAsset& a,
                                      const std::optional<AuditEntry>& audit) = 0;
  // kNotFound for an unknown id.
  virtual Result<PhotoAsset> PhotoAssetById(int64_t id) = 0;
  virtual Result<std::optional<PhotoAsset>> PhotoAssetByFile(std::string_view file) = 0;
  // The assets recorded for any of `files`, in no particular order (unknown files are
  // left out); one query, for the photos an article's body shows.
  virtual Result<std::vector<PhotoAsset>> PhotoAssetsByFiles(
      const std::vector<std::string>& files) = 0;
  // Newest first; `text` matches assets whose caption or credit has words starting with
  // every word of it, ignoring case and diacritics. per_page is clamped to 1..100.
  virtual Result<PhotoAssetList> ListPhotoAssets(const PhotoAssetQuery& q) = 0;
  // Replaces caption, credit and alt, and writes `audit` (when given) in the same
  // transaction. kNotFound for an unknown id (nothing written).
  virtual Result<PhotoAsset> UpdatePhotoAssetText(int64_t id, const std::string& caption,
                                                  const std::string& credit, const std::string& alt,
                                                  const std::optional<AuditEntry>& audit) = 0;
  // Records the variants made for the asset (an empty list: none could be made; the
  // original is used). kNotFound for an unknown id.
  virtual Result<void> SetPhotoAssetVariants(int64_t id,
                                             const std::vector<ImageVariant>& variants) = 0;
  // Assets whose variants were never recorded, oldest first, at most `limit`.
  virtual Result<std::vector<PhotoAsset>> PhotoAssetsAwaitingVariants(int limit) = 0;
};

}  // namespace toasoan

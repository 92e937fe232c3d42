#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/result.h"
#include "domain/photo_asset.h"

namespace toasoan {

enum class ArticleStatus { kDraft, kSubmitted, kReturned, kScheduled, kPublished, kUnpublished };

// "draft", "submitted", ... as stored and as the APIs spell them.
std::string_view ArticleStatusName(ArticleStatus s);
Result<ArticleStatus> ParseArticleStatus(std::string_view name);
// The Vietnamese word editors see: "Nháp", "Chờ duyệt", "Bị trả lại", "Hẹn giờ đăng",
// "Đã đăng", "Đã gỡ" (NFC).
std::string_view ArticleStatusLabel(ArticleStatus s);

// A photo shown in an article. A photo imported from a text export has a caption and
// credit but no file yet (`file` empty): it awaits an upload in the newsroom.
struct Photo {
  int64_t id = 0;
  std::string file;     // path under the media folder; empty while awaiting its file
  std::string caption;  // sanitized HTML-free text, NFC, without the credit
  std::string credit;   // "Thúy Loan, Truyền Thanh"
  std::string alt;      // text alternative for readers who cannot see it
  int position = 0;     // index of the body paragraph the photo stands before
  // Read from the photo library when `file` is one of its photos (never written by
  // SaveArticle): the asset, the stored size (0 when unknown) and its variants.
  int64_t asset_id = 0;
  int width = 0;
  int height = 0;
  std::vector<ImageVariant> variants;
};

struct Article {
  int64_t id = 0;
  int64_t section_id = 0;
  std::string slug;                  // ASCII slug folded from the title (without the id)
  std::string title;                 // NFC plain text
  std::string lead;                  // the sapo, NFC plain text
  std::string body_html;             // sanitized HTML
  std::vector<std::string> bylines;  // names in order, no role prefixes
  std::vector<Photo> photos;
  ArticleStatus status = ArticleStatus::kDraft;
  Timestamp created_at{};
  Timestamp updated_at{};
  std::optional<Timestamp> published_at;
  std::optional<Timestamp> scheduled_at;  // when a scheduled article goes out
  int64_t author_id = 0;                  // the account that created it; 0 when imported
  std::string import_key;  // identity of the imported source, empty when written here
};

// Whether readers may see the article now.
inline bool IsPublic(const Article& a) { return a.status == ArticleStatus::kPublished; }

}  // namespace toasoan

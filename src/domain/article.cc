#include "domain/article.h"

#include <array>
#include <string>

namespace toasoan {
namespace {

constexpr std::array<std::pair<ArticleStatus, std::string_view>, 6> kNames{{
    {ArticleStatus::kDraft, "draft"},
    {ArticleStatus::kSubmitted, "submitted"},
    {ArticleStatus::kReturned, "returned"},
    {ArticleStatus::kScheduled, "scheduled"},
    {ArticleStatus::kPublished, "published"},
    {ArticleStatus::kUnpublished, "unpublished"},
}};

}  // namespace

std::string_view ArticleStatusName(ArticleStatus s) {
  for (const auto& [status, name] : kNames) {
    if (status == s) return name;
  }
  return "draft";
}

Result<ArticleStatus> ParseArticleStatus(std::string_view name) {
  for (const auto& [status, n] : kNames) {
    if (n == name) return status;
  }
  return Fail(Error::InvalidArgument("unknown article status: " + std::string(name)));
}

std::string_view ArticleStatusLabel(ArticleStatus s) {
  switch (s) {
    case ArticleStatus::kDraft:
      return "Nháp";
    case ArticleStatus::kSubmitted:
      return "Chờ duyệt";
    case ArticleStatus::kReturned:
      return "Bị trả lại";
    case ArticleStatus::kScheduled:
      return "Hẹn giờ đăng";
    case ArticleStatus::kPublished:
      return "Đã đăng";
    case ArticleStatus::kUnpublished:
      return "Đã gỡ";
  }
  return "Nháp";
}

}  // namespace toasoan

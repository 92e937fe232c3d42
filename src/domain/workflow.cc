#include "domain/workflow.h"

namespace toasoan {
namespace {

Error Denied(std::string log, std::string user) {
  return Error(ErrorCode::kPermissionDenied, std::move(log), std::move(user));
}

Result<void> CheckActive(const User& u) {
  if (u.disabled) {
    return Fail(Denied("account " + u.username + " is disabled", "Tài khoản này đã bị khóa."));
  }
  return {};
}

bool IsEditor(const User& u) { return u.role == Role::kEditor || u.role == Role::kAdmin; }

bool IsOwn(const User& u, const Article& a) { return a.author_id != 0 && a.author_id == u.id; }

bool Editable(ArticleStatus s) {
  return s == ArticleStatus::kDraft || s == ArticleStatus::kReturned;
}

}  // namespace

bool IsWorkflowEdge(ArticleStatus from, ArticleStatus to) {
  using S = ArticleStatus;
  switch (to) {
    case S::kSubmitted:
      return from == S::kDraft || from == S::kReturned;
    case S::kReturned:
      return from == S::kSubmitted || from == S::kScheduled;
    case S::kDraft:
      return from == S::kReturned || from == S::kScheduled;
    case S::kScheduled:
      return from == S::kSubmitted || from == S::kDraft;
    case S::kPublished:
      return from == S::kSubmitted || from == S::kDraft || from == S::kScheduled ||
             from == S::kUnpublished;
    case S::kUnpublished:
      return from == S::kPublished;
  }
  return false;
}

Result<void> CheckCanView(const User& u, const Article& a) {
  TOASOAN_TRY(CheckActive(u));
  if (!u.InSection(a.section_id)) {
    return Fail(
        Denied(u.username + " may not view articles of section " + std::to_string(a.section_id),
               "Bạn không có quyền xem bài viết của chuyên mục này."));
  }
  if (IsEditor(u) || IsOwn(u, a) || a.status == ArticleStatus::kPublished) return {};
  return Fail(Denied(u.username + " may not view article " + std::to_string(a.id),
                     "Bạn chỉ xem được bài viết của chính mình."));
}

Result<void> CheckCanEdit(const User& u, const Article& a) {
  TOASOAN_TRY(CheckCanView(u, a));
  if (IsEditor(u)) return {};
  if (IsOwn(u, a) && Editable(a.status)) return {};
  return Fail(Denied(u.username + " may not edit article " + std::to_string(a.id),
                     IsOwn(u, a) ? "Bài viết đã gửi duyệt; chỉ biên tập viên mới sửa được."
                                 : "Bạn chỉ sửa được bài viết của chính mình."));
}

Result<void> CheckCanCreateIn(const User& u, int64_t section_id) {
  TOASOAN_TRY(CheckActive(u));
  if (u.InSection(section_id)) return {};
  return Fail(Denied(u.username + " may not write in section " + std::to_string(section_id),
                     "Bạn không được viết bài trong chuyên mục này."));
}

Result<void> CheckCanMove(const User& u, const Article& a, int64_t to_section_id) {
  TOASOAN_TRY(CheckCanEdit(u, a));
  return CheckCanCreateIn(u, to_section_id);
}

Result<void> CheckIsAdmin(const User& u) {
  TOASOAN_TRY(CheckActive(u));
  if (u.role == Role::kAdmin) return {};
  return Fail(
      Denied(u.username + " is not an administrator", "Chỉ quản trị viên mới làm được việc này."));
}

Result<void> CheckTransition(const User& u, const Article& a, const Transition& t, Timestamp now) {
  TOASOAN_TRY(CheckCanView(u, a));
  using S = ArticleStatus;
  if (!IsWorkflowEdge(a.status, t.to)) {
    return Fail(Error::Conflict("article " + std::to_string(a.id) + " cannot go from " +
                                    std::string(ArticleStatusName(a.status)) + " to " +
                                    std::string(ArticleStatusName(t.to)),
                                "Không thể chuyển bài viết sang trạng thái này từ trạng thái "
                                "hiện tại."));
  }
  const bool editor = IsEditor(u);
  if (t.to == S::kSubmitted || (t.to == S::kDraft && a.status == S::kReturned)) {
    if (!editor && !IsOwn(u, a)) {
      return Fail(Denied(u.username + " may not submit article " + std::to_string(a.id),
                         "Bạn chỉ gửi duyệt được bài viết của chính mình."));
    }
    return {};
  }
  if (!editor) {
    return Fail(Denied(u.username + " (reporter) may not move an article to " +
                           std::string(ArticleStatusName(t.to)),
                       "Chỉ biên tập viên mới được trả bài, hẹn giờ, đăng hoặc gỡ bài."));
  }
  if (t.to == S::kReturned && t.comment.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Fail(Error::InvalidArgument("returning an article needs a comment",
                                       "Xin ghi nhận xét khi trả bài cho phóng viên."));
  }
  if (t.to == S::kScheduled && (!t.at || *t.at <= now)) {
    return Fail(Error::InvalidArgument("scheduling needs a time in the future",
                                       "Xin chọn thời điểm đăng trong tương lai."));
  }
  if (t.to == S::kPublished || t.to == S::kScheduled) {
    for (const auto& p : a.photos) {
      if (!p.file.empty() && p.alt.find_first_not_of(" \t\r\n") == std::string::npos) {
        return Fail(Error::InvalidArgument(
            "photo " + std::to_string(p.id) + " has no alt text",
            "Mọi ảnh cần có mô tả thay thế (alt) cho người không xem được ảnh trước khi đăng."));
      }
    }
  }
  return {};
}

Article ApplyTransition(Article a, const Transition& t, Timestamp now) {
  using S = ArticleStatus;
  a.status = t.to;
  switch (t.to) {
    case S::kScheduled:
      a.scheduled_at = t.at;
      break;
    case S::kPublished:
      // A republished article keeps its first publication time; a scheduled one goes out
      // at its time (the timer may fire a little after it).
      if (!a.published_at)
        a.published_at = a.scheduled_at && *a.scheduled_at <= now ? *a.scheduled_at : now;
      a.scheduled_at.reset();
      break;
    case S::kDraft:
      a.scheduled_at.reset();
      break;
    default:
      break;
  }
  a.updated_at = now;
  return a;
}

}  // namespace toasoan

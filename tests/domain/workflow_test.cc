#include "domain/workflow.h"

#include <gtest/gtest.h>

namespace toasoan {
namespace {

using S = ArticleStatus;
constexpr int64_t kHome = 1;   // the section the accounts work in
constexpr int64_t kOther = 2;  // a section they do not

const Timestamp kNow = FromUnixSeconds(1'700'000'000);

User Account(int64_t id, Role role) {
  User u;
  u.id = id;
  u.username = "u" + std::to_string(id);
  u.role = role;
  u.section_ids = {kHome};
  return u;
}

Article InSection(int64_t section, int64_t author, S status) {
  Article a;
  a.id = 100;
  a.section_id = section;
  a.author_id = author;
  a.status = status;
  return a;
}

bool Allowed(const User& u, const Article& a, S to) {
  Transition t{to, "Cần sửa lại phần mở đầu.", kNow + std::chrono::hours(1)};
  return CheckTransition(u, a, t, kNow).has_value();
}

TEST(WorkflowTest, EdgesOfTheWorkflow) {
  EXPECT_TRUE(IsWorkflowEdge(S::kDraft, S::kSubmitted));
  EXPECT_TRUE(IsWorkflowEdge(S::kSubmitted, S::kReturned));
  EXPECT_TRUE(IsWorkflowEdge(S::kReturned, S::kDraft));
  EXPECT_TRUE(IsWorkflowEdge(S::kReturned, S::kSubmitted));
  EXPECT_TRUE(IsWorkflowEdge(S::kSubmitted, S::kScheduled));
  EXPECT_TRUE(IsWorkflowEdge(S::kScheduled, S::kPublished));
  EXPECT_TRUE(IsWorkflowEdge(S::kSubmitted, S::kPublished));
  EXPECT_TRUE(IsWorkflowEdge(S::kPublished, S::kUnpublished));
  EXPECT_TRUE(IsWorkflowEdge(S::kDraft, S::kPublished));
  EXPECT_TRUE(IsWorkflowEdge(S::kDraft, S::kScheduled));
  EXPECT_FALSE(IsWorkflowEdge(S::kDraft, S::kReturned));
  EXPECT_FALSE(IsWorkflowEdge(S::kPublished, S::kDraft));
  EXPECT_FALSE(IsWorkflowEdge(S::kUnpublished, S::kSubmitted));
  EXPECT_FALSE(IsWorkflowEdge(S::kPublished, S::kPublished));
}

TEST(WorkflowTest, ReporterWritesOnlyOwnDraftsInOwnSection) {
  User r = Account(7, Role::kReporter);
  EXPECT_TRUE(CheckCanCreateIn(r, kHome).has_value());
  EXPECT_EQ(CheckCanCreateIn(r, kOther).error().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(CheckCanEdit(r, InSection(kHome, 7, S::kDraft)).has_value());
  EXPECT_TRUE(CheckCanEdit(r, InSection(kHome, 7, S::kReturned)).has_value());
  EXPECT_FALSE(CheckCanEdit(r, InSection(kHome, 7, S::kSubmitted)).has_value());
  EXPECT_FALSE(CheckCanEdit(r, InSection(kHome, 8, S::kDraft)).has_value());
  EXPECT_FALSE(CheckCanEdit(r, InSection(kOther, 7, S::kDraft)).has_value());
  // Cannot even read another's draft, nor anything of another section.
  EXPECT_FALSE(CheckCanView(r, InSection(kHome, 8, S::kDraft)).has_value());
  EXPECT_FALSE(CheckCanView(r, InSection(kOther, 8, S::kSubmitted)).has_value());
  EXPECT_TRUE(CheckCanView(r, InSection(kHome, 8, S::kPublished)).has_value());
}

TEST(WorkflowTest, ReporterSubmitsButNeverPublishes) {
  User r = Account(7, Role::kReporter);
  EXPECT_TRUE(Allowed(r, InSection(kHome, 7, S::kDraft), S::kSubmitted));
  EXPECT_TRUE(Allowed(r, InSection(kHome, 7, S::kReturned), S::kSubmitted));
  for (S to : {S::kPublished, S::kScheduled}) {
    EXPECT_FALSE(Allowed(r, InSection(kHome, 7, S::kDraft), to));
    EXPECT_FALSE(Allowed(r, InSection(kHome, 7, S::kSubmitted), to));
  }
  EXPECT_FALSE(Allowed(r, InSection(kHome, 7, S::kSubmitted), S::kReturned));
  EXPECT_FALSE(Allowed(r, InSection(kHome, 7, S::kPublished), S::kUnpublished));
  EXPECT_FALSE(Allowed(r, InSection(kHome, 8, S::kDraft), S::kSubmitted));
  auto refused = CheckTransition(r, InSection(kHome, 7, S::kSubmitted),
                                 {S::kPublished, "", std::nullopt}, kNow);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_FALSE(refused.error().user_message().empty());
}

TEST(WorkflowTest, EditorActsOnlyInAssignedSections) {
  User e = Account(3, Role::kEditor);
  EXPECT_TRUE(CheckCanEdit(e, InSection(kHome, 7, S::kSubmitted)).has_value());
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kSubmitted), S::kPublished));
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kSubmitted), S::kReturned));
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kSubmitted), S::kScheduled));
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kDraft), S::kPublished));
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kPublished), S::kUnpublished));
  EXPECT_TRUE(Allowed(e, InSection(kHome, 7, S::kUnpublished), S::kPublished));
  EXPECT_FALSE(Allowed(e, InSection(kOther, 7, S::kSubmitted), S::kPublished));
  EXPECT_FALSE(CheckCanEdit(e, InSection(kOther, 7, S::kSubmitted)).has_value());
  EXPECT_FALSE(CheckIsAdmin(e).has_value());
  EXPECT_FALSE(CheckCanMove(e, InSection(kHome, 7, S::kDraft), kOther).has_value());
}

TEST(WorkflowTest, AdminDoesEverythingUnlessDisabled) {
  User a = Account(1, Role::kAdmin);
  a.section_ids.clear();
  EXPECT_TRUE(CheckIsAdmin(a).has_value());
  EXPECT_TRUE(Allowed(a, InSection(kOther, 7, S::kSubmitted), S::kPublished));
  EXPECT_TRUE(CheckCanMove(a, InSection(kHome, 7, S::kDraft), kOther).has_value());
  a.disabled = true;
  EXPECT_FALSE(CheckIsAdmin(a).has_value());
  EXPECT_FALSE(Allowed(a, InSection(kOther, 7, S::kSubmitted), S::kPublished));
  EXPECT_FALSE(CheckCanView(a, InSection(kOther, 7, S::kPublished)).has_value());
}

TEST(WorkflowTest, ReturningNeedsACommentAndSchedulingAFutureTime) {
  User e = Account(3, Role::kEditor);
  Article a = InSection(kHome, 7, S::kSubmitted);
  EXPECT_EQ(CheckTransition(e, a, {S::kReturned, "  ", std::nullopt}, kNow).error().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_TRUE(CheckTransition(e, a, {S::kReturned, "Sửa tít.", std::nullopt}, kNow).has_value());
  EXPECT_FALSE(CheckTransition(e, a, {S::kScheduled, "", std::nullopt}, kNow).has_value());
  EXPECT_FALSE(CheckTransition(e, a, {S::kScheduled, "", kNow}, kNow).has_value());
  EXPECT_TRUE(
      CheckTransition(e, a, {S::kScheduled, "", kNow + std::chrono::minutes(5)}, kNow).has_value());
}

TEST(WorkflowTest, InvalidMovesAreConflicts) {
  User e = Account(3, Role::kEditor);
  auto r =
      CheckTransition(e, InSection(kHome, 7, S::kDraft), {S::kUnpublished, "", std::nullopt}, kNow);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kConflict);
}

TEST(WorkflowTest, PublishingNeedsAltTextOnPhotosWithFiles) {
  User e = Account(3, Role::kEditor);
  Article a = InSection(kHome, 7, S::kSubmitted);
  Photo awaiting;  // no file yet: nothing shows, nothing to describe
  a.photos.push_back(awaiting);
  EXPECT_TRUE(Allowed(e, a, S::kPublished));
  Photo shown;
  shown.id = 5;
  shown.file = "2020/10/a.jpg";
  a.photos.push_back(shown);
  EXPECT_FALSE(Allowed(e, a, S::kPublished));
  EXPECT_FALSE(Allowed(e, a, S::kScheduled));
  a.photos.back().alt = "Đồng chí Nguyễn Vũ Phương trao giấy khen";
  EXPECT_TRUE(Allowed(e, a, S::kPublished));
}

TEST(WorkflowTest, ApplyTransitionSetsTimes) {
  Article a = InSection(kHome, 7, S::kSubmitted);
  Article scheduled = ApplyTransition(a, {S::kScheduled, "", kNow + std::chrono::hours(2)}, kNow);
  EXPECT_EQ(scheduled.status, S::kScheduled);
  EXPECT_EQ(scheduled.scheduled_at, kNow + std::chrono::hours(2));
  EXPECT_FALSE(scheduled.published_at.has_value());

  Timestamp later = kNow + std::chrono::hours(2) + std::chrono::seconds(20);
  Article published = ApplyTransition(scheduled, {S::kPublished, "", std::nullopt}, later);
  EXPECT_EQ(published.published_at, kNow + std::chrono::hours(2)) << "goes out at its time";
  EXPECT_FALSE(published.scheduled_at.has_value());
  EXPECT_EQ(published.updated_at, later);

  Article down = ApplyTransition(published, {S::kUnpublished, "", std::nullopt}, later);
  Article again =
      ApplyTransition(down, {S::kPublished, "", std::nullopt}, later + std::chrono::hours(24));
  EXPECT_EQ(again.published_at, kNow + std::chrono::hours(2)) << "keeps its first publication";

  Article direct =
      ApplyTransition(InSection(kHome, 7, S::kDraft), {S::kPublished, "", std::nullopt}, kNow);
  EXPECT_EQ(direct.published_at, kNow);
}

TEST(UserTest, RolesAndUsernames) {
  for (Role r : {Role::kReporter, Role::kEditor, Role::kAdmin}) {
    EXPECT_EQ(ParseRole(RoleName(r)).value(), r);
  }
  EXPECT_FALSE(ParseRole("root").has_value());
  EXPECT_EQ(RoleLabel(Role::kEditor), "Biên tập viên");
  EXPECT_TRUE(ValidateUsername("hoang.dung").has_value());
  EXPECT_TRUE(ValidateUsername("pv-omon_2").has_value());
  EXPECT_FALSE(ValidateUsername("Hoàng").has_value());
  EXPECT_FALSE(ValidateUsername("a").has_value());
  EXPECT_FALSE(ValidateUsername("has space").has_value());
  EXPECT_FALSE(ValidateUsername(std::string(65, 'a')).has_value());
}

}  // namespace
}  // namespace toasoan

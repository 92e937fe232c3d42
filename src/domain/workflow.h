#pragma once

#include <optional>
#include <string>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "domain/user.h"

namespace toasoan {

// The editorial rules, in one place, pure. Every newsroom page and API call asks these
// before it changes or shows anything; a refusal is kPermissionDenied (403) and a move the
// workflow does not allow is kConflict (409), each with a Vietnamese user message.
//
// Who may do what:
// - reporter: create drafts in assigned sections; view and edit own drafts and returned
//   articles there; submit them for review. Never return, schedule, publish or unpublish.
// - editor: everything a reporter may, for any article of assigned sections, plus
//   return (with a comment), schedule, publish and unpublish there.
// - admin: everything, everywhere, plus sections, accounts, settings and the audit log.
// A disabled account may do nothing.
//
// The workflow: draft → submitted → returned → (edited: draft) → submitted …;
// submitted → scheduled → published; submitted → published; published → unpublished →
// published; an editor may also schedule or publish a draft directly, and take a
// scheduled article back to draft.

Result<void> CheckCanView(const User& u, const Article& a);
Result<void> CheckCanEdit(const User& u, const Article& a);
Result<void> CheckCanCreateIn(const User& u, int64_t section_id);
// Moving an article to another section: allowed in both.
Result<void> CheckCanMove(const User& u, const Article& a, int64_t to_section_id);
// Sections, accounts, roles, settings, audit log.
Result<void> CheckIsAdmin(const User& u);

struct Transition {
  ArticleStatus to = ArticleStatus::kDraft;
  std::string comment;          // required when returning
  std::optional<Timestamp> at;  // required when scheduling; must be in the future
};

// Whether `u` may move `a` as asked at `now`. Publishing also needs every photo that has
// a file to have alt text (readers who cannot see it must be told what it shows).
Result<void> CheckTransition(const User& u, const Article& a, const Transition& t, Timestamp now);
// The article after the move: status, and published_at (kept when republishing an
// article that was published before, set to `now` otherwise), scheduled_at.
Article ApplyTransition(Article a, const Transition& t, Timestamp now);

// Whether the workflow has an edge from `from` to `to` at all (for anyone).
bool IsWorkflowEdge(ArticleStatus from, ArticleStatus to);

}  // namespace toasoan

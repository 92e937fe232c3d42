#pragma once

#include <optional>
#include <string>

#include "domain/article.h"

namespace toasoan {

// What an import did with one export (Store::SaveImport).
enum class ImportAction {
  kCreated,      // a new article
  kUpdated,      // the article took the export's text (the newsroom had not changed it)
  kUnchanged,    // the article already had the export's content: nothing written
  kSkipped,      // the newsroom changed the article since its last import: kept as it is
  kOverwritten,  // as kUpdated over the newsroom's changes (force), the previous text kept
};

// The fingerprint of an article's content as the newsroom edits it: section, slug, title,
// lead, body, bylines and the photos' caption, credit, alt text and position (not their
// files, which the import keeps, nor status, times or author). 16 hex digits of 64-bit
// FNV-1a over the length-prefixed fields: a change detector, not a security check. Pure.
std::string ImportFingerprint(const Article& a);

// The decision of an import (Store::SaveImport), pure so that every store decides alike.
struct ImportPlan {
  ImportAction action = ImportAction::kCreated;
  // What to store for kCreated, kUpdated and kOverwritten; the stored article otherwise.
  Article next;
  // Whether the import record (ImportFingerprint of what is stored now) is to be written.
  bool record = false;
};

// `incoming`: the article as the export makes it (published, published_at and updated_at
// the export's time, photos without ids or files). `current`: the stored article with the
// same import key, if any; `recorded`: the fingerprint its last import recorded (nullopt
// when none was: imported before records were kept); `has_revisions`: whether the
// newsroom kept revisions of it (saves and moves do), which stands for "changed in the
// newsroom" when nothing was recorded.
// - No current article: kCreated with `incoming`.
// - Otherwise the article keeps its id, created_at, author, status, scheduled_at and,
//   unless it is published, published_at; a photo with the caption and credit of a stored
//   one keeps its id and file.
// - Same content as stored: kUnchanged (only the record is written when missing or
//   different), unless the newsroom has not changed it and the export's times differ
//   (kUpdated).
// - Changed in the newsroom (current fingerprint differs from the recorded one):
//   kSkipped, or kOverwritten when `force`.
// - Else kUpdated.
ImportPlan PlanImport(const Article& incoming, const std::optional<Article>& current,
                      const std::optional<std::string>& recorded, bool has_revisions, bool force);

}  // namespace toasoan

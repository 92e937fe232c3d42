#pragma once

#include <filesystem>
#include <string>

#include "base/clock.h"
#include "base/result.h"
#include "domain/article.h"
#include "store/store.h"

namespace toasoan {

struct ImportOutcome {
  Article article;  // as stored now
  ImportAction action = ImportAction::kCreated;
  // For kSkipped and kOverwritten: what happened, in Vietnamese, for the import report.
  std::string note;
};

// Imports one article text export (see ParseArticleText) into `store` as a published
// article whose published_at and updated_at are the export's update time.
// - Section: the one whose name equals the export's section line in NFC lower case;
//   when there is none, a top-level section is created after the others, named as
//   written ("QUẬN ỦY, HUYỆN ỦY") with the slug Slugify(name) ("quan-uy-huyen-uy"),
//   "-2", "-3" … appended while that slug is taken.
// - Body: each paragraph as an escaped <p>; a "* " paragraph opens a sub-story and is
//   kept as written, with class="sub-story".
// - Photos: each caption and credit as a photo awaiting its file, alt = caption.
// - Slug folded from the title; bylines as parsed.
// - The import key is the file's name without its extension, so importing the same file
//   again updates that article (same id and created_at; a photo with the same caption
//   and credit keeps its id and any file uploaded since) instead of adding a copy.
//   created_at of a new article is clock.Now().
// - A re-import never changes the article's status (an article the newsroom unpublished
//   or returned stays so) and leaves an article the newsroom changed since its last
//   import as it is (kSkipped, with a note), unless `force`: then the export's text
//   replaces it and the newsroom's text is kept as a revision (kOverwritten). The same
//   content again writes nothing (kUnchanged). Store::SaveImport decides, atomically.
// Fails with kIo (naming the file) when the file cannot be read or is not a regular
// file, kInvalidArgument (naming the file) when it is not an article export, or with the
// store's error.
Result<ImportOutcome> ImportArticleFile(Store& store, const std::filesystem::path& file,
                                        const Clock& clock, bool force = false);

}  // namespace toasoan

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/article.h"
#include "html/sanitize_options.h"
#include "newsroom/newsroom.h"

namespace toasoan {

// Plain text as the newsroom stores titles, leads, captions, credits, alt texts, bylines
// and comments: any markup read as HTML and dropped (HtmlToText: no tag, script or
// style survives, entities become characters), NFC, every run of white space one space,
// trimmed. kInvalidArgument naming `field` (Vietnamese, e.g. "Tiêu đề") when the result
// has more than `max_chars` characters or the input is too large to read.
Result<std::string> CleanPlainText(std::string_view input, std::string_view field,
                                   std::size_t max_chars);

// `a` with the fields `edit` sets replaced, each cleaned as the newsroom stores it: the
// body through SanitizeBodyHtml(options), the other texts through CleanPlainText, photo
// files checked to be paths inside the photo library. The title must not come out
// empty. The slug follows the title until the article is first published (its public
// address must not change after that). section_id is copied as given: the caller checks
// that the actor may write there. kInvalidArgument with a Vietnamese message naming the
// field otherwise. Pure.
Result<Article> ApplyArticleEdit(Article a, const ArticleEdit& edit,
                                 const SanitizeOptions& options);

}  // namespace toasoan

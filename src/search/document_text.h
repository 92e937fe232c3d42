#pragma once

#include <string>
#include <string_view>

#include "domain/article.h"

namespace toasoan::search {

// What of an article search indexes and quotes from, as NFC plain text.
struct DocumentText {
  std::string title;
  // The lead, the body's text, each photo's caption and credit, and the bylines: one
  // paragraph per line.
  std::string body;
};

DocumentText ArticleDocumentText(const Article& a);

// The text of sanitized body HTML: tags dropped, a line break after each block element
// and <br>, character references decoded (invalid ones kept as written), white space
// collapsed within each line and empty lines dropped.
std::string HtmlToText(std::string_view html);

}  // namespace toasoan::search

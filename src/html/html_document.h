#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace toasoan {

// The largest HTML fragment the sanitizer parses: the HTTP server's body limit. An
// article body pasted from Word with its styles is a few hundred kilobytes at most.
inline constexpr std::size_t kMaxHtmlBytes = 1 << 20;
// The deepest element nesting it accepts below <body>. Articles nest a dozen levels
// (a table in a list in a quote); browsers themselves flatten past 512.
inline constexpr int kMaxHtmlNesting = 256;

// `html` without the control characters no article has and gumbo would turn into
// U+FFFD: C0 controls other than tab, line feed, form feed and carriage return, DEL, and
// the C1 controls (U+0080–U+009F). HtmlDocument::Parse starts with this.
std::string WithoutControlCharacters(std::string_view html);

// An HTML fragment parsed by gumbo as the body of a standards-mode document (so a
// <table> closes an open <p>, as in the newsroom's own pages), after
// WithoutControlCharacters. Owns gumbo's tree.
//
// Gumbo has no limits of its own, so Parse refuses, with an InvalidArgument error that
// carries a Vietnamese message: input over kMaxHtmlBytes; input whose nesting estimate
// (html/nesting_guard.h) exceeds twice kMaxHtmlNesting, before parsing; and a parsed tree
// deeper than kMaxHtmlNesting. Callers may therefore walk the tree recursively. Gumbo's
// memory comes from an allocator that records every block and frees them all at the end,
// because gumbo_destroy_output recurses once per level and overflows the stack on deep
// trees. Parse records no parse errors (gumbo copies the open-element stack into each).
class HtmlDocument {
 public:
  static Result<HtmlDocument> Parse(std::string_view html);

  HtmlDocument(HtmlDocument&&) noexcept;
  HtmlDocument& operator=(HtmlDocument&&) noexcept;
  ~HtmlDocument();

  // The <body> element; null when the input replaced it with a <frameset>.
  const GumboNode* body() const;
  // The deepest element nesting below <body>: 0 for text alone, 1 for "<p>x</p>".
  int depth() const;

 private:
  struct State;
  explicit HtmlDocument(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace toasoan

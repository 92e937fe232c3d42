#pragma once

#include <string_view>

namespace toasoan {

// A cheap estimate, taken before parsing, of how deep the HTML5 tree of `html` will
// nest (a child of <body> is at depth 1). It exists because gumbo has no depth limit and
// spends time proportional to the depth on many tokens, so markup like 100,000 unclosed
// <div>s or <b>s costs minutes of CPU; the caller refuses input whose estimate is too
// high before gumbo sees it.
//
// The estimate follows the HTML5 tree builder (as gumbo 0.10 implements it) closely
// enough to over-estimate rather than under-estimate: it reads tags exactly as the
// tokenizer does (comments, bogus comments, quoted attributes, raw text of <script>,
// <style>, <textarea> … including the script escape states); applies the implied end
// tags of <p>, <li>, <dd>, <dt>, <option>, headings, tables and table parts; pops on end
// tags only within the scopes where the tree builder would; treats every tag gumbo does
// not know as one tag, as gumbo does; keeps a closed <form> counted while elements
// opened inside it stay open (the tree keeps them inside it); keeps a list of active
// formatting elements (markers, the limit of three alike, reconstruction); and where it
// cannot tell text from markup or one parser state from another (foreign content such
// as <svg>, a CDATA section, raw text inside a <select>, a <template>'s content) it only
// pushes, with elements no later end tag can pop past.
// It does not prove an upper bound: the parser's real depth is checked again after
// parsing, and the fuzz target checks that gumbo's tree stays within twice the
// estimate plus 8.
//
// Linear in the input apart from walks of the (bounded) open-element stack; returns as
// soon as the estimate exceeds `limit`, with a value greater than `limit`. Pure and
// thread-safe.
int EstimateHtmlNesting(std::string_view html, int limit);

}  // namespace toasoan

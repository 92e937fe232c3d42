#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "html/html_document.h"
#include "html/sanitize_options.h"

namespace toasoan {

// The elements the sanitizer keeps. <h1> becomes <h2> (the title is the page's <h1>),
// <h5> and <h6> become <h4>, <strike> becomes <s>.
enum class CleanTag : uint8_t {
  kP,
  kH2,
  kH3,
  kH4,
  kBlockquote,
  kUl,
  kOl,
  kLi,
  kTable,
  kCaption,
  kThead,
  kTbody,
  kTfoot,
  kTr,
  kTd,
  kTh,
  kFigure,
  kFigcaption,
  kHr,
  kBr,
  kImg,
  kA,
  kStrong,
  kB,
  kEm,
  kI,
  kU,
  kS,
  kSub,
  kSup,
};

std::string_view CleanTagName(CleanTag tag);
// Block elements start on their own line in text and are set apart by the serializer;
// the others (text-level elements: a, strong, b, em, i, u, s, sub, sup, br, img) are not.
bool IsCleanBlock(CleanTag tag);

// A node of the sanitized tree: allowed elements with checked attributes, and text.
struct CleanNode {
  bool is_text = false;
  CleanTag tag = CleanTag::kP;
  // Text as written, control characters removed; not yet in NFC nor collapsed (the
  // serializer does both over each run of adjacent text).
  std::string text;
  // Attribute names are string literals; values are final (URLs cleaned, numbers checked,
  // alt text collapsed and in NFC) but not escaped.
  std::vector<std::pair<std::string_view, std::string>> attributes;
  std::vector<CleanNode> children;
};

// Whether `node` shows something: text other than white space (NBSP and zero-width
// spaces count as white space), or an image.
bool HasContent(const CleanNode& node);

enum class CleanProfile {
  // Article bodies: blocks at the top, loose text and inline elements there (and in
  // block quotes) wrapped in <p>.
  kBody,
  // Leads and captions: text-level elements only (no <img>); paragraphs and other
  // blocks are unwrapped, separated by <br>.
  kInline,
};

// Builds the sanitized tree of the document's body under `profile`:
// - Dropped with their content: <script>, <style>, <template>, <iframe>, <noscript>,
//   <object>, <embed>, <applet>, frames, form controls (<button>, <select>, <textarea>,
//   <input> …), media (<audio>, <video>, <canvas>, <map>), head elements (<title>,
//   <meta>, <link>, <base>), and everything in SVG or MathML; comments too.
// - Unwrapped (children kept): every other element not allowed — <div>, <section>,
//   <font>, <span>, Word's <o:p>, custom elements … A block-like one (<div>, <section>,
//   <pre>, <dl> …) ends the paragraph around it.
// - Kept: the CleanTag elements with these attributes only — a: href (url_policy.h),
//   title, target="_blank" (then rel="noopener noreferrer", which external links get
//   anyway); img: src, srcset and sizes (all or none), alt, width, height (1–10000);
//   td/th: colspan, rowspan (1–1000); th: scope; ol: start, type; p: class="sub-story"
//   (the one class the templates style). No style, class, id or on* attribute ever.
//   An <a> without an allowed href, or inside another <a>, is unwrapped; so is an <img>
//   from outside the photo library dropped.
// - Content model kept valid, so that parsing the serialized tree again gives the same
//   tree: blocks inside text-level contexts (a list inside a <p>) are unwrapped; a list
//   holds only <li> (stray content gets an <li>); tables hold caption, sections, rows and
//   cells only; a <figcaption> only directly in a <figure>; text-level elements that
//   hold blocks are unwrapped. Paragraphs, headings, items, quotes, figures and tables
//   without content are dropped, and text-level elements without content unwrapped.
std::vector<CleanNode> BuildCleanTree(const HtmlDocument& document, CleanProfile profile,
                                      const SanitizeOptions& options);

}  // namespace toasoan

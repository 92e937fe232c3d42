#include "html/nesting_guard.h"

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

namespace toasoan {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
// The tokenizer's white space (a CR has become LF by then, and is white space too).
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// What the guard knows of a tag name, as bits computed once per distinct name.
enum Flag : uint32_t {
  // The HTML standard's "special" category, plus the foreign elements that bound scopes
  // and <svg>, <math> themselves: a walk for an end tag stops at them.
  kSpecial = 1 << 0,
  // Where the "has an element in scope" walks stop, widened with <select>, <svg>,
  // <math> and the raw-text elements (which the guard keeps open only when it could not
  // tell whether their content is text), so a walk never pops what the parser keeps.
  kBoundary = 1 << 1,
  kFormatting = 1 << 2,  // on the list of active formatting elements
  kMarker = 1 << 3,      // pushes a marker onto that list
  kRawText = 1 << 4,     // its content is text up to its end tag
  kHeading = 1 << 5,
  kVoid = 1 << 6,
  kClosesP = 1 << 7,         // its start tag closes an open <p> in button scope
  kReconstructs = 1 << 8,    // its start tag reconstructs the formatting elements
  kTableSection = 1 << 9,    // tbody, thead, tfoot
  kListItemScope = 1 << 10,  // ol, ul: also bound the walk for </li>
  kBreakout = 1 << 11,       // its start tag leaves foreign content: the element is HTML
  kClosedInScope = 1 << 12,  // its end tag pops to it when it is in scope
  kForeignOnly = 1 << 13,    // special only as a MathML or SVG element
};

// clang-format off
constexpr std::string_view kSpecialNames[] = {
    "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound",
    "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
    "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
    "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
    "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
    "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
    "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
    "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
    "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp", "svg", "math",
    "foreignobject", "desc", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "image"};
constexpr std::string_view kBoundaryNames[] = {
    "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    "select", "svg", "math", "foreignobject", "desc", "title", "mi", "mo", "mn", "ms",
    "mtext", "annotation-xml", "script", "style", "xmp", "iframe", "noembed", "noframes",
    "textarea", "plaintext"};
constexpr std::string_view kFormattingNames[] = {
    "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
    "tt", "u"};
constexpr std::string_view kMarkerNames[] = {
    "applet", "caption", "marquee", "object", "td", "th", "template"};
constexpr std::string_view kRawTextNames[] = {
    "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
    "plaintext"};
constexpr std::string_view kHeadingNames[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
constexpr std::string_view kVoidNames[] = {
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
    "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
constexpr std::string_view kClosesPNames[] = {
    "h1", "h2", "h3", "h4", "h5", "h6", "address", "article", "aside", "blockquote",
    "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
    "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
    "summary", "ul", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "li",
    "dd", "dt"};
// Special elements whose start tags reconstruct all the same (the others do when not
// special).
constexpr std::string_view kSpecialReconstructNames[] = {
    "applet", "marquee", "object", "area", "br", "embed", "img", "image", "keygen", "wbr",
    "input", "select", "math", "svg", "xmp", "button", "noscript", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    "foreignobject", "desc"};
// End tags that pop everything down to their element when it is in scope (other special
// elements close only as the current node).
constexpr std::string_view kClosedInScopeNames[] = {
    "address", "article", "aside", "blockquote", "button", "center", "details", "dialog",
    "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
    "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul",
    "applet", "marquee", "object", "li", "dd", "dt"};
constexpr std::string_view kForeignOnlyNames[] = {
    "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc"};
constexpr std::string_view kBreakoutNames[] = {
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
    "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
    "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
    "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
// clang-format on

template <std::size_t N>
bool Contains(const std::string_view (&names)[N], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

uint32_t FlagsOf(std::string_view n) {
  uint32_t f = 0;
  if (Contains(kSpecialNames, n)) f |= kSpecial;
  if (Contains(kBoundaryNames, n)) f |= kBoundary;
  if (Contains(kFormattingNames, n)) f |= kFormatting;
  if (Contains(kMarkerNames, n)) f |= kMarker;
  if (Contains(kRawTextNames, n)) f |= kRawText;
  if (Contains(kHeadingNames, n)) f |= kHeading;
  if (Contains(kVoidNames, n)) f |= kVoid;
  if (Contains(kClosesPNames, n)) f |= kClosesP;
  if (!(f & kSpecial) || Contains(kSpecialReconstructNames, n)) f |= kReconstructs;
  // Ruby parts are inserted without reconstructing the formatting elements.
  if (n == "rb" || n == "rtc" || n == "rp" || n == "rt") f &= ~kReconstructs;
  if (n == "tbody" || n == "thead" || n == "tfoot") f |= kTableSection;
  if (n == "ol" || n == "ul") f |= kListItemScope;
  if (Contains(kBreakoutNames, n)) f |= kBreakout;
  if (Contains(kClosedInScopeNames, n)) f |= kClosedInScope;
  if (Contains(kForeignOnlyNames, n)) f |= kForeignOnly;
  return f;
}

// The tags the guard names in its rules; their codes are their positions here.
enum Tag : uint16_t {
  kA,
  kAddress,
  kBody,
  kBr,
  kButton,
  kCaption,
  kCol,
  kColgroup,
  kDd,
  kDiv,
  kDt,
  kForm,
  kFrameset,
  kHead,
  kHtml,
  kLi,
  kMath,
  kOptgroup,
  kOption,
  kP,
  kPlaintext,
  kScript,
  kSelect,
  kStyle,
  kSvg,
  kTable,
  kTbody,
  kTd,
  kTemplate,
  kTextarea,
  kTfoot,
  kTh,
  kThead,
  kTr,
  kInput,
  kKeygen,
  kRuby,
  kRb,
  kRp,
  kRt,
  kRtc,
  kKnownTags,
};
constexpr std::string_view kKnownNames[] = {
    "a",        "address",  "body",  "br",       "button", "caption",  "col",
    "colgroup", "dd",       "div",   "dt",       "form",   "frameset", "head",
    "html",     "li",       "math",  "optgroup", "option", "p",        "plaintext",
    "script",   "select",   "style", "svg",      "table",  "tbody",    "td",
    "template", "textarea", "tfoot", "th",       "thead",  "tr",       "input",
    "keygen",   "ruby",     "rb",    "rp",       "rt",     "rtc"};
static_assert(std::size(kKnownNames) == kKnownTags);

class Model {
 public:
  Model(std::string_view html, int limit) : html_(html), limit_(limit) {
    for (std::string_view name : kKnownNames) Intern(std::string(name));
  }

  int Run() {
    const std::size_t n = html_.size();
    std::size_t i = 0;
    while (i < n && !Exceeded()) {
      const std::size_t lt = html_.find('<', i);
      if (lt == std::string_view::npos) {
        Text();
        break;
      }
      if (lt > i) Text();
      i = lt;
      if (i + 1 >= n) {
        Text();
        break;
      }
      const char c = html_[i + 1];
      if (c == '!') {
        if (html_.substr(i, 4) == "<!--") {
          i = SkipComment(i + 4);
        } else if (html_.substr(i, 9) == "<![CDATA[" && InForeign()) {
          // A CDATA section to "]]>" in foreign content, a bogus comment to ">" in HTML:
          // which one the parser sees depends on its current node.
          const std::size_t end = html_.find("]]>", i + 9);
          const std::size_t stop = end == std::string_view::npos ? n : end + 3;
          PushOnly(i + 9, stop);
          i = stop;
        } else {
          i = SkipBogus(i + 2);
        }
        continue;
      }
      if (c == '?') {
        i = SkipBogus(i + 1);
        continue;
      }
      if (c == '/') {
        if (i + 2 >= n) {
          Text();
          break;
        }
        const char d = html_[i + 2];
        if (IsAsciiAlpha(d)) {
          std::size_t pos = i + 2;
          const Name name = ReadTagName(&pos);
          bool self_closing = false;
          const std::size_t end = SkipAttributes(pos, &self_closing);
          if (end == std::string_view::npos) break;  // a tag cut by the end: dropped
          EndTag(name);
          i = end;
        } else if (d == '>') {
          i += 3;
        } else {
          i = SkipBogus(i + 2);
        }
        continue;
      }
      if (!IsAsciiAlpha(c)) {
        Text();
        i += 1;
        continue;
      }
      std::size_t pos = i + 1;
      const Name name = ReadTagName(&pos);
      const uint16_t tag = name.tag;
      bool self_closing = false;
      const std::size_t end = SkipAttributes(pos, &self_closing);
      if (end == std::string_view::npos) break;
      const std::string_view attributes = html_.substr(pos, end - pos);
      i = end;
      if (!InForeign() && IsSelectCloser(tag)) {
        CloseSelect();
        if (tag == kSelect) continue;  // it closes the open one and opens none
      }
      if (tag == kTemplate && !InForeign()) {
        // Gumbo's template contents follow rules of their own: the guard pushes the
        // template and reads its content as markup that only pushes, up to the next
        // </template>, and leaves all of it open.
        Push(Known(kTemplate));
        AddMarker();
        const std::size_t end_tag = RawTextEnd(i, "template");
        PushOnly(i, end_tag);
        i = end_tag == n ? n : SkipEndTag(end_tag, "template");
        continue;
      }
      if (Has(tag, kRawText)) {
        const std::size_t end_tag =
            tag == kPlaintext ? n
                              : (tag == kScript ? ScriptEnd(i) : RawTextEnd(i, tag_names_[tag]));
        if (IsSurelyRawText(tag)) {
          if (Has(tag, kClosesP)) ClosePInButtonScope();  // <xmp>, <plaintext>
          if (Has(tag, kReconstructs)) Reconstruct();     // <xmp>
          Count(Depth() + 1);                             // open while its text is read
        } else {
          // Text or markup: the guard reads the content as markup that only pushes, and
          // leaves open what it pushed.
          Push(Name{kOpaque, kOpaqueName});
          PushOnly(i, end_tag);
        }
        i = end_tag == n ? n : SkipEndTag(end_tag, tag_names_[tag]);
        continue;
      }
      StartTag(name, self_closing, attributes);
    }
    return max_;
  }

 private:
  static constexpr uint16_t kUnknown = 0xFFFF;  // every tag gumbo does not know
  // What the guard pushes where it cannot tell text from markup: an element no end tag
  // matches and no walk passes, so nothing pushed later is popped on its account.
  static constexpr uint16_t kOpaque = 0xFFFE;
  static constexpr uint32_t kOpaqueName = 0xFFFFFFFF;

  // A tag name: its code as gumbo compares tags (kUnknown for all it does not know), and
  // the name itself, as foreign content compares them.
  struct Name {
    uint16_t tag;
    uint32_t id;
  };
  struct Element {
    uint16_t tag;
    uint32_t name;
    uint32_t flags;
    uint32_t id;
  };
  struct Formatting {
    bool marker;
    uint16_t tag;
    uint32_t name;
    std::string attributes;
    uint32_t id;
  };

  // Gumbo (0.10) gives every tag it does not know the same GUMBO_TAG_UNKNOWN, and in
  // HTML content matches </v:shape> with any open unknown element; the guard does the
  // same with kUnknown. The known names come first, so their codes are the Tag values.
  Name Intern(const std::string& name) {
    const auto it = names_.find(name);
    if (it != names_.end()) return it->second;
    Name n{kUnknown, static_cast<uint32_t>(names_.size())};
    if (flags_.size() < kKnownTags ||
        gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size())) != GUMBO_TAG_UNKNOWN) {
      n.tag = static_cast<uint16_t>(flags_.size());
      flags_.push_back(FlagsOf(name));
      tag_names_.push_back(name);
    }
    names_.emplace(name, n);
    return n;
  }

  // The name of a tag the guard implies (<tbody>, <tr>, <colgroup>).
  static Name Known(Tag tag) { return Name{static_cast<uint16_t>(tag), tag}; }

  uint32_t FlagsFor(uint16_t tag) const {
    if (tag == kUnknown) return kReconstructs;
    if (tag == kOpaque) return kSpecial | kBoundary | kBreakout;
    return flags_[tag];
  }
  bool Has(uint16_t tag, uint32_t flag) const { return (FlagsFor(tag) & flag) != 0; }

  int Depth() const { return static_cast<int>(stack_.size()); }
  bool Exceeded() const { return max_ > limit_; }
  void Count(int depth) { max_ = std::max(max_, depth); }
  bool InForeign() const { return foreign_ > 0; }
  // Whether the parser is in the "in select" insertion mode: a <select> is open and no
  // <template> above it. kMaybe when an opaque element stands above it: what it stands
  // for may have closed the select.
  enum class SelectMode { kNo, kYes, kMaybe };
  SelectMode Select() const {
    if (selects_ == 0) return SelectMode::kNo;
    bool opaque = false;
    for (int k = Depth() - 1; k >= 0; --k) {
      const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
      if (t == kSelect) return opaque ? SelectMode::kMaybe : SelectMode::kYes;
      if (t == kTemplate) return SelectMode::kNo;
      if (t == kOpaque) opaque = true;
    }
    return SelectMode::kNo;
  }
  bool InSelect() const { return Select() == SelectMode::kYes; }
  uint16_t Top() const { return stack_.back().tag; }

  uint32_t Push(Name name) {
    const uint16_t tag = name.tag;
    const uint32_t id = next_id_++;
    open_.push_back(1);
    uint32_t flags = FlagsFor(tag);
    // MathML and SVG names bound scopes only as foreign elements; gumbo makes plain HTML
    // elements of them outside <svg> and <math>.
    if (!InForeign() && (flags & kForeignOnly)) flags &= ~(kSpecial | kBoundary);
    stack_.push_back({tag, name.id, flags, id});
    if (tag == kSvg || tag == kMath) ++foreign_;
    if (tag == kSelect) ++selects_;
    Count(Depth());
    return id;
  }

  // Pops the elements from the top down to index `index` (included).
  void PopTo(std::size_t index) {
    while (stack_.size() > index) {
      const Element e = stack_.back();
      stack_.pop_back();
      open_[e.id] = 0;
      if (e.tag == kSvg || e.tag == kMath) --foreign_;
      if (e.tag == kSelect) --selects_;
      if (e.flags & kMarker) ClearToLastMarker();
    }
  }

  void PopTop() { PopTo(stack_.size() - 1); }

  void ClearToLastMarker() {
    while (!formatting_.empty()) {
      const bool marker = formatting_.back().marker;
      formatting_.pop_back();
      if (marker) break;
    }
  }

  // The index of the topmost `tag` reached before an element with any of the
  // `boundaries` flags, or -1.
  int Find(uint16_t tag, uint32_t boundaries) const {
    for (int k = Depth() - 1; k >= 0; --k) {
      const Element& e = stack_[static_cast<std::size_t>(k)];
      if (e.tag == tag) return k;
      if (e.flags & boundaries) return -1;
    }
    return -1;
  }

  // A <p> in button scope, or -1.
  int PInButtonScope() const {
    for (int k = Depth() - 1; k >= 0; --k) {
      const Element& e = stack_[static_cast<std::size_t>(k)];
      if (e.tag == kP) return k;
      if ((e.flags & kBoundary) || e.tag == kButton) return -1;
    }
    return -1;
  }

  void ClosePInButtonScope() {
    const int k = PInButtonScope();
    if (k >= 0) PopTo(static_cast<std::size_t>(k));
  }

  // Re-opens the formatting elements that were closed but stay active, as the parser
  // does before text and most start tags.
  void Reconstruct() {
    std::size_t k = formatting_.size();
    while (k > 0) {
      const Formatting& f = formatting_[k - 1];
      if (f.marker || open_[f.id]) break;
      --k;
    }
    for (; k < formatting_.size() && !Exceeded(); ++k) {
      formatting_[k].id = Push(Name{formatting_[k].tag, formatting_[k].name});
    }
  }

  void AddFormatting(Name name, std::string_view attributes, uint32_t id) {
    const uint16_t tag = name.tag;
    // At most three alike after the last marker: the earliest goes ("Noah's Ark").
    // Attributes compare as written, so two spellings of one set count as two: more
    // entries only raise the estimate.
    int alike = 0;
    std::size_t earliest = formatting_.size();
    for (std::size_t k = formatting_.size(); k > 0; --k) {
      const Formatting& f = formatting_[k - 1];
      if (f.marker) break;
      if (f.tag == tag && f.attributes == attributes) {
        ++alike;
        earliest = k - 1;
      }
    }
    if (alike >= 3) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
    }
    formatting_.push_back({false, tag, name.id, std::string(attributes), id});
  }

  void AddMarker() { formatting_.push_back({true, 0, 0, std::string(), 0}); }

  void Text() { Reconstruct(); }

  // The walk of a table start tag: pops down to the nearest element that is a <table>
  // or one of `stop` and returns its tag, or kKnownTags when there is no table (the tag
  // is ignored).
  uint16_t PopToTableContext(std::initializer_list<uint16_t> stop) {
    for (int k = Depth() - 1; k >= 0; --k) {
      const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
      if (t == kTable || std::find(stop.begin(), stop.end(), t) != stop.end()) {
        PopTo(static_cast<std::size_t>(k) + 1);
        return t;
      }
      // A table part right in a <template> opens there; elsewhere in a template gumbo
      // (0.10) ignores it.
      if (t == kTemplate && k == Depth() - 1) return kTemplate;
      if (t == kTemplate || t == kHtml || t == kOpaque) break;
    }
    return kKnownTags;
  }

  // <input>, <keygen>, <textarea> and <select> close an open <select>.
  bool IsSelectCloser(uint16_t tag) const {
    return InSelect() && (tag == kInput || tag == kKeygen || tag == kTextarea || tag == kSelect);
  }

  bool IsTablePart(uint16_t tag) const {
    return tag == kCaption || tag == kTable || Has(tag, kTableSection) || tag == kTr ||
           tag == kTd || tag == kTh;
  }

  // Whether the open <select> is inside a table ("in select in table").
  bool SelectIsInTable() const {
    bool below_select = false;
    for (int k = Depth() - 1; k >= 0; --k) {
      const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
      if (t == kSelect) below_select = true;
      if (below_select && t == kTable) return true;
      if (t == kTemplate || t == kHtml || t == kOpaque) return false;
    }
    return false;
  }

  void CloseSelect() {
    for (int k = Depth() - 1; k >= 0; --k) {
      const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
      if (t == kSelect) {
        PopTo(static_cast<std::size_t>(k));
        return;
      }
      if (t == kTemplate || t == kHtml) return;
    }
  }

  // Whether the parser surely reads the content of this raw-text element as text. Not in
  // foreign content (an SVG <style> holds markup), not in a <select> (gumbo ignores all
  // but <script> there), not right in a <template> or column group (where gumbo may
  // ignore the tag).
  bool IsSurelyRawText(uint16_t tag) const {
    if (InForeign()) return false;
    if (Select() != SelectMode::kNo && tag != kScript) return false;
    if (Depth() > 0 && (Top() == kTemplate || Top() == kColgroup || Top() == kOpaque)) {
      return false;
    }
    return true;
  }

  // Text that may also be markup (and then may hold comments and quotes that end
  // anywhere): every "<name" in [begin, end) pushes an opaque element, nothing pops.
  void PushOnly(std::size_t begin, std::size_t end) {
    for (std::size_t k = html_.find('<', begin); k < end && !Exceeded();
         k = html_.find('<', k + 1)) {
      if (k + 1 < end && IsAsciiAlpha(html_[k + 1])) {
        Push(Name{kOpaque, kOpaqueName});
      }
    }
  }

  void StartTag(Name name, bool self_closing, std::string_view attributes) {
    const uint16_t tag = name.tag;
    if (InForeign()) {
      // In foreign content a tag may be a foreign element or break out of it: the guard
      // cannot tell, so it pushes whatever comes (void and self-closing elements too),
      // and what a table part would imply if it broke out.
      if (tag == kTd || tag == kTh || tag == kTr) Push(Known(kTbody));
      if (tag == kTd || tag == kTh) Push(Known(kTr));
      Push(name);
      return;
    }
    if (tag == kHtml || tag == kHead || tag == kBody || tag == kFrameset) return;
    if (InSelect()) {
      // A select takes options and templates; table parts close it when it is in a table.
      if (IsTablePart(tag) && SelectIsInTable()) {
        CloseSelect();
      } else if (tag != kOption && tag != kOptgroup && tag != kTemplate) {
        return;
      }
    }
    if ((tag == kSvg || tag == kMath) && self_closing) {
      Reconstruct();
      Count(Depth() + 1);
      return;
    }
    if (tag == kCaption || tag == kColgroup || tag == kCol || Has(tag, kTableSection) ||
        tag == kTr || tag == kTd || tag == kTh) {
      TableStartTag(name);
      return;
    }
    if (tag == kTable) CloseTableInTableMode();
    if (tag == kA) CloseActiveLink();
    if (tag == kButton) {  // closes an open <button> first
      const int k = Find(kButton, kBoundary);
      if (k >= 0) PopTo(static_cast<std::size_t>(k));
    }
    if (tag == kLi || tag == kDd || tag == kDt) CloseListItem(tag);
    if ((tag == kRb || tag == kRtc || tag == kRp || tag == kRt) && Find(kRuby, kBoundary) >= 0) {
      // Ruby parts close the open ruby parts and paragraphs (implied end tags).
      while (Depth() > 0 && (Top() == kRb || Top() == kRp || Top() == kRt || Top() == kP ||
                             Top() == kLi || Top() == kDd || Top() == kDt || Top() == kOption ||
                             Top() == kOptgroup || (Top() == kRtc && tag != kRp && tag != kRt))) {
        PopTop();
      }
    }
    if (Has(tag, kClosesP)) ClosePInButtonScope();
    if (Has(tag, kHeading) && Depth() > 0 && Has(Top(), kHeading)) PopTop();
    if ((tag == kOption || tag == kOptgroup) && Depth() > 0 && Top() == kOption) PopTop();
    if (Has(tag, kReconstructs)) Reconstruct();
    if (Has(tag, kVoid)) {
      Count(Depth() + 1);
      return;
    }
    const uint32_t id = Push(name);
    if (Has(tag, kFormatting)) AddFormatting(name, attributes, id);
    if (Has(tag, kMarker)) AddMarker();
  }

  // <li> closes an open <li> (<dd>, <dt> an open <dd> or <dt>) unless a special element
  // other than <address>, <div> and <p> comes first.
  void CloseListItem(uint16_t tag) {
    for (int k = Depth() - 1; k >= 0; --k) {
      const Element& e = stack_[static_cast<std::size_t>(k)];
      const bool same = tag == kLi ? e.tag == kLi : (e.tag == kDd || e.tag == kDt);
      if (same) {
        PopTo(static_cast<std::size_t>(k));
        return;
      }
      if ((e.flags & kSpecial) && e.tag != kAddress && e.tag != kDiv && e.tag != kP) return;
    }
  }

  // A <table> start tag directly in a table (not in a cell or caption) closes that
  // table: consecutive unclosed tables are siblings.
  void CloseTableInTableMode() {
    for (int k = Depth() - 1; k >= 0; --k) {
      const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
      if (t == kTable) {
        PopTo(static_cast<std::size_t>(k));
        return;
      }
      if (t == kTd || t == kTh || t == kCaption || t == kTemplate || t == kHtml || t == kOpaque) {
        return;
      }
    }
  }

  // An <a> start tag while another <a> is active runs the adoption agency for it; the
  // guard pops the old one only where that algorithm would (nothing special above it).
  void CloseActiveLink() {
    for (std::size_t k = formatting_.size(); k > 0; --k) {
      const Formatting& f = formatting_[k - 1];
      if (f.marker) return;
      if (f.tag != kA) continue;
      if (!open_[f.id]) {
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(k - 1));
      } else {
        FormattingEndTag(kA);
      }
      return;
    }
  }

  void TableStartTag(Name name) {
    const uint16_t tag = name.tag;
    uint16_t context;
    if (tag == kTr) {
      context = PopToTableContext({kTbody, kThead, kTfoot});
    } else if (tag == kTd || tag == kTh) {
      context = PopToTableContext({kTr, kTbody, kThead, kTfoot});
    } else {
      context = PopToTableContext({});
    }
    if (context == kKnownTags) return;  // outside a table: ignored
    if (context == kTable && (tag == kTr || tag == kTd || tag == kTh)) Push(Known(kTbody));
    if ((context == kTable || Has(context, kTableSection)) && (tag == kTd || tag == kTh)) {
      Push(Known(kTr));
    }
    if (tag == kCol) {
      Push(Known(kColgroup));  // implied, and open until a tag other than <col>
      return;
    }
    Push(name);
    if (Has(tag, kMarker)) AddMarker();
  }

  void EndTag(Name name) {
    const uint16_t tag = name.tag;
    if (!InForeign() && InSelect() && !IsTablePart(tag) && tag != kOption && tag != kOptgroup &&
        tag != kSelect && tag != kTemplate) {
      return;  // ignored in a select
    }
    if (InForeign()) {
      // Foreign content compares the names themselves, and its walk turns to the HTML
      // rules at an HTML element, such as one whose start tag broke out of it.
      for (int k = Depth() - 1; k >= 0; --k) {
        const Element& e = stack_[static_cast<std::size_t>(k)];
        if (e.name == name.id) {
          PopTo(static_cast<std::size_t>(k));
          return;
        }
        if (e.flags & (kSpecial | kBoundary | kBreakout)) return;
      }
      return;
    }
    if (tag == kHtml || tag == kBody || tag == kHead || tag == kFrameset) return;
    if (tag == kBr) {  // </br> is read as <br>
      Reconstruct();
      Count(Depth() + 1);
      return;
    }
    if (tag == kP) {
      if (PInButtonScope() < 0) Count(Depth() + 1);  // the parser makes an empty <p>
      ClosePInButtonScope();
      return;
    }
    if (tag == kForm) {
      // The parser takes the <form> off the stack but leaves open what is inside it
      // (in the tree, inside it); the guard counts the tree, so it keeps the form unless
      // it is the current element.
      if (Depth() > 0 && Top() == kForm) PopTop();
      return;
    }
    if (tag == kTable || Has(tag, kTableSection) || tag == kTr || tag == kTd || tag == kTh ||
        tag == kCaption || tag == kColgroup || tag == kSelect) {
      for (int k = Depth() - 1; k >= 0; --k) {
        const uint16_t t = stack_[static_cast<std::size_t>(k)].tag;
        if (t == tag) {
          PopTo(static_cast<std::size_t>(k));
          return;
        }
        if (t == kTable || t == kTemplate || t == kHtml || t == kOpaque) return;
      }
      return;
    }
    if (tag == kOption || tag == kOptgroup) {
      if (Depth() > 0 && Top() == tag) PopTop();
      return;
    }
    if (Has(tag, kFormatting)) {
      FormattingEndTag(tag);
      return;
    }
    if (Has(tag, kHeading)) {
      for (int k = Depth() - 1; k >= 0; --k) {
        const Element& e = stack_[static_cast<std::size_t>(k)];
        if (e.flags & kHeading) {
          PopTo(static_cast<std::size_t>(k));
          return;
        }
        if (e.flags & kBoundary) return;
      }
      return;
    }
    if (Has(tag, kClosedInScope)) {
      const int k = Find(tag, tag == kLi ? (kBoundary | kListItemScope) : kBoundary);
      if (k >= 0) PopTo(static_cast<std::size_t>(k));
      return;
    }
    AnyOtherEndTag(tag);
  }

  void AnyOtherEndTag(uint16_t tag) {
    const int k = Find(tag, kSpecial);
    if (k >= 0) PopTo(static_cast<std::size_t>(k));
  }

  // The adoption agency algorithm, reduced to what cannot lower the estimate: it pops
  // when the formatting element has no special element above it (the parser does
  // exactly that) and otherwise leaves the stack as it is (the parser's does not grow).
  void FormattingEndTag(uint16_t tag) {
    std::size_t entry = formatting_.size();
    for (std::size_t k = formatting_.size(); k > 0; --k) {
      if (formatting_[k - 1].marker) break;
      if (formatting_[k - 1].tag == tag) {
        entry = k - 1;
        break;
      }
    }
    if (entry == formatting_.size()) {
      AnyOtherEndTag(tag);
      return;
    }
    const uint32_t id = formatting_[entry].id;
    if (!open_[id]) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(entry));
      return;
    }
    for (int k = Depth() - 1; k >= 0; --k) {
      const Element& e = stack_[static_cast<std::size_t>(k)];
      if (e.id == id) {
        PopTo(static_cast<std::size_t>(k));
        formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(entry));
        return;
      }
      if (e.flags & (kSpecial | kBoundary)) return;
    }
  }

  Name ReadTagName(std::size_t* pos) {
    name_buffer_.clear();
    while (*pos < html_.size()) {
      const char c = html_[*pos];
      if (IsTagSpace(c) || c == '/' || c == '>') break;
      name_buffer_.push_back(AsciiLower(c));
      ++*pos;
    }
    return Intern(name_buffer_);
  }

  // Reads the attributes of a tag from `pos` (just after its name) as the tokenizer does;
  // returns the index just past the closing '>', or npos when the input ends first.
  std::size_t SkipAttributes(std::size_t pos, bool* self_closing) const {
    const std::size_t n = html_.size();
    while (true) {
      while (pos < n && IsTagSpace(html_[pos])) ++pos;
      if (pos >= n) return std::string_view::npos;
      if (html_[pos] == '>') return pos + 1;
      if (html_[pos] == '/') {
        if (pos + 1 < n && html_[pos + 1] == '>') {
          *self_closing = true;
          return pos + 2;
        }
        ++pos;
        continue;
      }
      ++pos;  // the first character of a name may be anything, even '='
      while (pos < n && !IsTagSpace(html_[pos]) && html_[pos] != '/' && html_[pos] != '>' &&
             html_[pos] != '=') {
        ++pos;
      }
      while (pos < n && IsTagSpace(html_[pos])) ++pos;
      if (pos >= n) return std::string_view::npos;
      if (html_[pos] != '=') continue;
      ++pos;
      while (pos < n && IsTagSpace(html_[pos])) ++pos;
      if (pos >= n) return std::string_view::npos;
      const char q = html_[pos];
      if (q == '"' || q == '\'') {
        const std::size_t close = html_.find(q, pos + 1);
        if (close == std::string_view::npos) return std::string_view::npos;
        pos = close + 1;
      } else if (q == '>') {
        return pos + 1;
      } else {
        while (pos < n && !IsTagSpace(html_[pos]) && html_[pos] != '>') ++pos;
      }
    }
  }

  std::size_t SkipBogus(std::size_t pos) const {
    const std::size_t gt = html_.find('>', pos);
    return gt == std::string_view::npos ? html_.size() : gt + 1;
  }

  // From just after "<!--" to just after the comment's end ("-->", "--!>", or the
  // abrupt "<!-->" and "<!--->").
  std::size_t SkipComment(std::size_t pos) const {
    if (html_.substr(pos, 1) == ">") return pos + 1;
    if (html_.substr(pos, 2) == "->") return pos + 2;
    std::size_t k = pos;
    while (true) {
      k = html_.find("--", k);
      if (k == std::string_view::npos) return html_.size();
      if (html_.substr(k + 2, 1) == ">") return k + 3;
      if (html_.substr(k + 2, 2) == "!>") return k + 4;
      ++k;
    }
  }

  // Whether `word` (lower case, any case in the input) starts at `pos` and is followed by
  // white space, '/' or '>', as the tokenizer requires after a raw-text end tag's name.
  bool IsWordAt(std::size_t pos, std::string_view word) const {
    if (pos + word.size() >= html_.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      if (AsciiLower(html_[pos + k]) != word[k]) return false;
    }
    const char after = html_[pos + word.size()];
    return IsTagSpace(after) || after == '/' || after == '>';
  }

  bool IsEndTagAt(std::size_t pos, std::string_view name) const {
    return html_.substr(pos, 2) == "</" && IsWordAt(pos + 2, name);
  }

  // Skips an end tag "</name…>" that starts at `pos`; the end of the input when it is
  // cut there.
  std::size_t SkipEndTag(std::size_t pos, std::string_view name) const {
    bool self_closing = false;
    const std::size_t end = SkipAttributes(pos + 2 + name.size(), &self_closing);
    return end == std::string_view::npos ? html_.size() : end;
  }

  // Where the end tag of raw text that starts at `pos` starts, or the input's end.
  std::size_t RawTextEnd(std::size_t pos, std::string_view name) const {
    for (std::size_t k = html_.find("</", pos); k != std::string_view::npos;
         k = html_.find("</", k + 1)) {
      if (IsEndTagAt(k, name)) return k;
    }
    return html_.size();
  }

  // The same for script data, with its escape states: inside "<!--" a "<script" opens a
  // double-escaped part in which "</script>" does not end the element.
  std::size_t ScriptEnd(std::size_t pos) const {
    const std::size_t n = html_.size();
    enum { kData, kEscaped, kDoubleEscaped } state = kData;
    std::size_t k = pos;
    while (k < n) {
      if (state != kData && html_.substr(k, 3) == "-->") {
        state = kData;
        k += 3;
        continue;
      }
      if (state == kData && html_.substr(k, 4) == "<!--") {
        state = kEscaped;
        k += 2;  // its two dashes may also end the escape at once ("<!-->")
        continue;
      }
      if (state != kDoubleEscaped && IsEndTagAt(k, "script")) return k;
      if (state == kEscaped && html_[k] == '<' && IsWordAt(k + 1, "script")) {
        state = kDoubleEscaped;
        k += 7;
        continue;
      }
      if (state == kDoubleEscaped && IsEndTagAt(k, "script")) {
        state = kEscaped;
        k += 8;
        continue;
      }
      ++k;
    }
    return n;
  }

  std::string_view html_;
  int limit_;
  int max_ = 0;
  std::unordered_map<std::string, Name> names_;
  std::vector<uint32_t> flags_;         // by tag code
  std::vector<std::string> tag_names_;  // by tag code
  std::string name_buffer_;
  std::vector<Element> stack_;
  std::vector<Formatting> formatting_;
  std::vector<char> open_;  // by element id: still on the stack
  uint32_t next_id_ = 0;
  int foreign_ = 0;  // <svg> and <math> elements on the stack
  int selects_ = 0;  // <select> elements on the stack
};

}  // namespace

int EstimateHtmlNesting(std::string_view html, int limit) { return Model(html, limit).Run(); }

}  // namespace toasoan

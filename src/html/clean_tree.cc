#include "html/clean_tree.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <memory>
#include <optional>

#include "html/url_policy.h"
#include "text/nfc.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

bool In(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The element's name in lower case ("o:p" for Word's paragraph marks, which gumbo does
// not know).
std::string ElementName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data == nullptr ? "" : piece.data, piece.length);
  for (char& c : name) c = AsciiLower(c);
  return name;
}

// Removed together with everything inside them.
bool IsDropped(std::string_view n) {
  return In(n, {"script", "style",    "template", "iframe",   "noscript",  "object", "embed",
                "applet", "frame",    "frameset", "noframes", "noembed",   "head",   "title",
                "meta",   "link",     "base",     "basefont", "bgsound",   "param",  "source",
                "track",  "audio",    "video",    "canvas",   "map",       "area",   "button",
                "select", "option",   "optgroup", "datalist", "textarea",  "input",  "keygen",
                "output", "progress", "meter",    "xmp",      "plaintext", "col",    "colgroup",
                "rp",     "menuitem", "isindex",  "svg",      "math",      "portal", "slot"});
}

// Unwrapped, and ending the paragraph around them.
bool IsBlockContainer(std::string_view n) {
  return In(n, {"div",    "section", "article", "header",   "footer",  "main", "aside",
                "nav",    "center",  "address", "pre",      "listing", "dl",   "dt",
                "dd",     "details", "summary", "fieldset", "legend",  "form", "dialog",
                "hgroup", "menu",    "dir",     "search",   "marquee", "body", "html"});
}

std::optional<CleanTag> AllowedTag(std::string_view n) {
  static constexpr std::pair<std::string_view, CleanTag> kAllowed[] = {
      {"p", CleanTag::kP},
      {"h1", CleanTag::kH2},
      {"h2", CleanTag::kH2},
      {"h3", CleanTag::kH3},
      {"h4", CleanTag::kH4},
      {"h5", CleanTag::kH4},
      {"h6", CleanTag::kH4},
      {"blockquote", CleanTag::kBlockquote},
      {"ul", CleanTag::kUl},
      {"ol", CleanTag::kOl},
      {"li", CleanTag::kLi},
      {"table", CleanTag::kTable},
      {"caption", CleanTag::kCaption},
      {"thead", CleanTag::kThead},
      {"tbody", CleanTag::kTbody},
      {"tfoot", CleanTag::kTfoot},
      {"tr", CleanTag::kTr},
      {"td", CleanTag::kTd},
      {"th", CleanTag::kTh},
      {"figure", CleanTag::kFigure},
      {"figcaption", CleanTag::kFigcaption},
      {"hr", CleanTag::kHr},
      {"br", CleanTag::kBr},
      {"img", CleanTag::kImg},
      {"a", CleanTag::kA},
      {"strong", CleanTag::kStrong},
      {"b", CleanTag::kB},
      {"em", CleanTag::kEm},
      {"i", CleanTag::kI},
      {"u", CleanTag::kU},
      {"s", CleanTag::kS},
      {"strike", CleanTag::kS},
      {"sub", CleanTag::kSub},
      {"sup", CleanTag::kSup},
  };
  for (const auto& [name, tag] : kAllowed) {
    if (name == n) return tag;
  }
  return std::nullopt;
}

bool IsTextLevel(CleanTag t) { return !IsCleanBlock(t); }

// Allowed in leads and captions.
bool InlineProfileAllows(CleanTag t) { return IsTextLevel(t) && t != CleanTag::kImg; }

const char* Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// An attribute's text (alt, title): one line, in NFC.
std::string AttributeText(std::string_view value) {
  return CollapseWhitespace(ToNfc(WithoutControlCharacters(value)));
}

// A decimal in [min, max] written plainly, as its canonical digits.
std::optional<std::string> Number(const char* value, long min, long max) {
  if (value == nullptr) return std::nullopt;
  std::string_view v = value;
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n')) {
    v.remove_prefix(1);
  }
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n')) {
    v.remove_suffix(1);
  }
  bool negative = false;
  if (!v.empty() && v.front() == '-') {
    negative = true;
    v.remove_prefix(1);
  }
  if (v.empty() || v.size() > 9) return std::nullopt;
  long n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (negative) n = -n;
  if (n < min || n > max) return std::nullopt;
  return std::to_string(n);
}

// A sizes attribute ("(max-width: 600px) 100vw, 600px"): only the characters media
// conditions and lengths use.
std::optional<std::string> Sizes(const char* value) {
  if (value == nullptr) return std::nullopt;
  const std::string sizes = CollapseWhitespace(value);
  if (sizes.empty() || sizes.size() > 200) return std::nullopt;
  for (char c : sizes) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    In(std::string_view(&c, 1), {" ", "(", ")", ".", ",", ":", "%", "-"});
    if (!ok) return std::nullopt;
  }
  return sizes;
}

bool IsBlankCodePoint(int32_t cp) {
  return cp < 0 ? false
                : IsWhitespace(static_cast<char32_t>(cp)) || cp == 0x200B || cp == 0x2060 ||
                      cp == 0xFEFF;
}

bool HasVisibleText(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      ++pos;
      if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return true;
      continue;
    }
    if (!IsBlankCodePoint(DecodeUtf8(text, &pos))) return true;
  }
  return false;
}

CleanNode Element(CleanTag tag) {
  CleanNode n;
  n.tag = tag;
  return n;
}

// Where built nodes go, keeping the content model: see Mode.
class Sink {
 public:
  enum class Mode {
    kAutoP,  // blocks; text-level nodes are gathered into <p>
    kFlow,   // blocks and text-level nodes side by side; a break becomes <br>
    kList,   // <li> only; anything else goes into an <li> of its own
  };

  Sink(std::vector<CleanNode>* out, Mode mode) : out_(out), mode_(mode) {}

  void Inline(CleanNode n) {
    switch (mode_) {
      case Mode::kAutoP:
        if (paragraph_.empty() && n.is_text && !HasContent(n)) return;
        paragraph_.push_back(std::move(n));
        return;
      case Mode::kFlow:
        AddFlowInline(std::move(n));
        return;
      case Mode::kList:
        if (item_ == nullptr && n.is_text && !HasContent(n)) return;
        ItemSink()->Inline(std::move(n));
        return;
    }
  }

  void Block(CleanNode n) {
    switch (mode_) {
      case Mode::kAutoP:
        FlushParagraph();
        out_->push_back(std::move(n));
        return;
      case Mode::kFlow:
        out_->push_back(std::move(n));
        content_since_block_ = false;
        break_pending_ = false;
        return;
      case Mode::kList:
        if (n.tag == CleanTag::kLi) {
          FlushItem();
          out_->push_back(std::move(n));
        } else {
          ItemSink()->Block(std::move(n));
        }
        return;
    }
  }

  // The end or start of an unwrapped block: what follows starts a new line.
  void Break() {
    switch (mode_) {
      case Mode::kAutoP:
        FlushParagraph();
        return;
      case Mode::kFlow:
        break_pending_ = true;
        return;
      case Mode::kList:
        FlushItem();
        return;
    }
  }

  void Finish() {
    if (mode_ == Mode::kAutoP) FlushParagraph();
    if (mode_ == Mode::kList) FlushItem();
  }

 private:
  void AddFlowInline(CleanNode n) {
    const bool content = HasContent(n);
    const bool is_br = !n.is_text && n.tag == CleanTag::kBr;
    if (break_pending_ && (content || is_br)) {
      if (content && content_since_block_) out_->push_back(Element(CleanTag::kBr));
      break_pending_ = false;
    }
    if (content) content_since_block_ = true;
    out_->push_back(std::move(n));
  }

  void FlushParagraph() {
    if (paragraph_.empty()) return;
    CleanNode p = Element(CleanTag::kP);
    p.children = std::move(paragraph_);
    paragraph_.clear();
    if (HasContent(p)) out_->push_back(std::move(p));
  }

  Sink* ItemSink() {
    if (item_ == nullptr) {
      item_ = std::make_unique<CleanNode>(Element(CleanTag::kLi));
      item_sink_ = std::make_unique<Sink>(&item_->children, Mode::kFlow);
    }
    return item_sink_.get();
  }

  void FlushItem() {
    if (item_ == nullptr) return;
    item_sink_->Finish();
    if (HasContent(*item_)) out_->push_back(std::move(*item_));
    item_sink_.reset();
    item_.reset();
  }

  std::vector<CleanNode>* out_;
  Mode mode_;
  std::vector<CleanNode> paragraph_;  // kAutoP
  bool content_since_block_ = false;  // kFlow
  bool break_pending_ = false;        // kFlow
  std::unique_ptr<CleanNode> item_;   // kList
  std::unique_ptr<Sink> item_sink_;   // kList
};

struct Context {
  enum class Kind { kAutoP, kFlow, kList, kPhrasing };
  Kind kind;
  bool in_link = false;
  bool in_figure = false;  // a child of <figure> (through unwrapped elements)
};

class Builder {
 public:
  Builder(CleanProfile profile, const SanitizeOptions& options)
      : profile_(profile), options_(options) {}

  void Children(const GumboNode* g, Context ctx, Sink* sink) {
    const GumboVector& children = g->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      Node(static_cast<const GumboNode*>(children.data[i]), ctx, sink);
    }
  }

 private:
  void Node(const GumboNode* g, Context ctx, Sink* sink) {
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE) {
      CleanNode text;
      text.is_text = true;
      text.text = WithoutControlCharacters(g->v.text.text);
      if (!text.text.empty()) sink->Inline(std::move(text));
      return;
    }
    // Comments, CDATA (only in foreign content) and <template> contents go.
    if (g->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = g->v.element;
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return;
    const std::string name = ElementName(e);
    if (IsDropped(name)) return;
    if (IsBlockContainer(name)) {
      UnwrapBlock(g, ctx, sink);
      return;
    }
    const std::optional<CleanTag> tag = AllowedTag(name);
    if (!tag) {
      Children(g, ctx, sink);
      return;
    }
    const bool phrasing = ctx.kind == Context::Kind::kPhrasing;
    if (profile_ == CleanProfile::kInline && !InlineProfileAllows(*tag)) {
      if (*tag == CleanTag::kImg) return;
      UnwrapBlock(g, ctx, sink);
      return;
    }
    switch (*tag) {
      case CleanTag::kBr:
        sink->Inline(Element(CleanTag::kBr));
        return;
      case CleanTag::kImg:
        if (std::optional<CleanNode> img = Image(e)) sink->Inline(std::move(*img));
        return;
      case CleanTag::kHr:
        if (phrasing) {
          sink->Break();
        } else {
          sink->Block(Element(CleanTag::kHr));
        }
        return;
      case CleanTag::kA:
        Link(g, ctx, sink);
        return;
      case CleanTag::kStrong:
      case CleanTag::kB:
      case CleanTag::kEm:
      case CleanTag::kI:
      case CleanTag::kU:
      case CleanTag::kS:
      case CleanTag::kSub:
      case CleanTag::kSup:
        Formatting(g, *tag, ctx, sink);
        return;
      case CleanTag::kP:
      case CleanTag::kH2:
      case CleanTag::kH3:
      case CleanTag::kH4:
        if (phrasing) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        Paragraph(g, *tag, sink);
        return;
      case CleanTag::kBlockquote: {
        if (phrasing) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        CleanNode quote = Element(CleanTag::kBlockquote);
        Sink inner(&quote.children, Sink::Mode::kAutoP);
        Children(g, Context{Context::Kind::kAutoP}, &inner);
        inner.Finish();
        AddBlock(std::move(quote), sink);
        return;
      }
      case CleanTag::kUl:
      case CleanTag::kOl: {
        if (phrasing) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        CleanNode list = Element(*tag);
        if (*tag == CleanTag::kOl) {
          if (auto start = Number(Attribute(e, "start"), -999999, 999999)) {
            list.attributes.emplace_back("start", *start);
          }
          const char* type = Attribute(e, "type");
          if (type != nullptr && In(type, {"1", "a", "A", "i", "I"})) {
            list.attributes.emplace_back("type", type);
          }
        }
        Sink inner(&list.children, Sink::Mode::kList);
        Children(g, Context{Context::Kind::kList}, &inner);
        inner.Finish();
        AddBlock(std::move(list), sink);
        return;
      }
      case CleanTag::kLi: {
        if (ctx.kind != Context::Kind::kList) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        CleanNode item = Element(CleanTag::kLi);
        Sink inner(&item.children, Sink::Mode::kFlow);
        Children(g, Context{Context::Kind::kFlow}, &inner);
        inner.Finish();
        AddBlock(std::move(item), sink);
        return;
      }
      case CleanTag::kTable:
        if (phrasing) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        AddBlock(Table(g), sink);
        return;
      case CleanTag::kFigure: {
        if (phrasing) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        CleanNode figure = Element(CleanTag::kFigure);
        Sink inner(&figure.children, Sink::Mode::kFlow);
        Children(g, Context{Context::Kind::kFlow, false, /*in_figure=*/true}, &inner);
        inner.Finish();
        AddBlock(std::move(figure), sink);
        return;
      }
      case CleanTag::kFigcaption: {
        if (phrasing || !ctx.in_figure) {
          UnwrapBlock(g, ctx, sink);
          return;
        }
        CleanNode caption = Element(CleanTag::kFigcaption);
        Phrasing(g, &caption, false);
        AddBlock(std::move(caption), sink);
        return;
      }
      case CleanTag::kCaption:
      case CleanTag::kThead:
      case CleanTag::kTbody:
      case CleanTag::kTfoot:
      case CleanTag::kTr:
      case CleanTag::kTd:
      case CleanTag::kTh:
        // Table parts outside a kept table (Table() takes them inside one).
        UnwrapBlock(g, ctx, sink);
        return;
    }
  }

  void UnwrapBlock(const GumboNode* g, Context ctx, Sink* sink) {
    sink->Break();
    Children(g, ctx, sink);
    sink->Break();
  }

  // A block with content goes in; an empty one still separates what is around it.
  static void AddBlock(CleanNode block, Sink* sink) {
    if (HasContent(block)) {
      sink->Block(std::move(block));
    } else {
      sink->Break();
    }
  }

  void Phrasing(const GumboNode* g, CleanNode* parent, bool in_link) {
    Sink inner(&parent->children, Sink::Mode::kFlow);
    Children(g, Context{Context::Kind::kPhrasing, in_link}, &inner);
    inner.Finish();
  }

  // Whether unwrapping would put a block inside a text-level element: a kept block or a
  // block-like container below `g`, through text-level and unknown elements.
  bool ContainsBlock(const GumboNode* g) const {
    const GumboVector& children = g->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT || c->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
        continue;
      }
      const std::string name = ElementName(c->v.element);
      if (IsDropped(name)) continue;
      if (IsBlockContainer(name)) return true;
      const std::optional<CleanTag> tag = AllowedTag(name);
      if (tag && IsCleanBlock(*tag)) return true;
      if (ContainsBlock(c)) return true;
    }
    return false;
  }

  void Formatting(const GumboNode* g, CleanTag tag, Context ctx, Sink* sink) {
    if (ctx.kind != Context::Kind::kPhrasing && ContainsBlock(g)) {
      Children(g, ctx, sink);
      return;
    }
    CleanNode f = Element(tag);
    Phrasing(g, &f, ctx.in_link);
    AddInline(std::move(f), sink);
  }

  // A text-level element with content goes in; an empty one leaves its white space.
  static void AddInline(CleanNode element, Sink* sink) {
    if (HasContent(element)) {
      sink->Inline(std::move(element));
      return;
    }
    for (CleanNode& child : element.children) sink->Inline(std::move(child));
  }

  void Link(const GumboNode* g, Context ctx, Sink* sink) {
    const GumboElement& e = g->v.element;
    const char* href = Attribute(e, "href");
    std::optional<SafeLink> link;
    if (href != nullptr) link = CleanLinkUrl(href, options_);
    if (!link || ctx.in_link || (ctx.kind != Context::Kind::kPhrasing && ContainsBlock(g))) {
      Children(g, ctx, sink);
      return;
    }
    CleanNode a = Element(CleanTag::kA);
    a.attributes.emplace_back("href", link->href);
    if (const char* title = Attribute(e, "title")) {
      std::string text = AttributeText(title);
      if (!text.empty()) a.attributes.emplace_back("title", std::move(text));
    }
    const char* target = Attribute(e, "target");
    std::string blank = target == nullptr ? "" : target;
    for (char& c : blank) c = AsciiLower(c);
    const bool new_window = blank == "_blank";
    if (new_window) a.attributes.emplace_back("target", "_blank");
    if (link->external || new_window) a.attributes.emplace_back("rel", "noopener noreferrer");
    Phrasing(g, &a, /*in_link=*/true);
    AddInline(std::move(a), sink);
  }

  void Paragraph(const GumboNode* g, CleanTag tag, Sink* sink) {
    const GumboElement& e = g->v.element;
    CleanNode p = Element(tag);
    if (tag == CleanTag::kP) {
      // The class the templates style: a "* " paragraph opening a second story.
      if (const char* cls = Attribute(e, "class")) {
        std::string_view classes = cls;
        std::size_t start = 0;
        while (start < classes.size()) {
          std::size_t end = classes.find_first_of(" \t\n\f\r", start);
          if (end == std::string_view::npos) end = classes.size();
          if (classes.substr(start, end - start) == "sub-story") {
            p.attributes.emplace_back("class", "sub-story");
            break;
          }
          start = end + 1;
        }
      }
    }
    Phrasing(g, &p, false);
    AddBlock(std::move(p), sink);
  }

  std::optional<CleanNode> Image(const GumboElement& e) const {
    const char* src = Attribute(e, "src");
    if (src == nullptr) return std::nullopt;
    std::optional<std::string> url = CleanImageUrl(src, options_);
    if (!url) return std::nullopt;
    CleanNode img = Element(CleanTag::kImg);
    img.attributes.emplace_back("src", std::move(*url));
    if (const char* srcset = Attribute(e, "srcset")) {
      if (std::optional<std::string> set = CleanSrcset(srcset, options_)) {
        img.attributes.emplace_back("srcset", std::move(*set));
        if (std::optional<std::string> sizes = Sizes(Attribute(e, "sizes"))) {
          img.attributes.emplace_back("sizes", std::move(*sizes));
        }
      }
    }
    if (const char* alt = Attribute(e, "alt"))
      img.attributes.emplace_back("alt", AttributeText(alt));
    if (auto width = Number(Attribute(e, "width"), 1, 10000)) {
      img.attributes.emplace_back("width", *width);
    }
    if (auto height = Number(Attribute(e, "height"), 1, 10000)) {
      img.attributes.emplace_back("height", *height);
    }
    return img;
  }

  CleanNode Table(const GumboNode* g) {
    CleanNode table = Element(CleanTag::kTable);
    std::vector<CleanNode> captions;
    std::vector<CleanNode> sections;
    CleanNode loose_rows = Element(CleanTag::kTbody);
    const GumboVector& children = g->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      const std::string name = TableChildName(c);
      if (name == "caption") {
        CleanNode caption = Element(CleanTag::kCaption);
        Phrasing(c, &caption, false);
        if (HasContent(caption)) captions.push_back(std::move(caption));
      } else if (name == "thead" || name == "tbody" || name == "tfoot") {
        CleanNode section = Element(name == "thead"   ? CleanTag::kThead
                                    : name == "tbody" ? CleanTag::kTbody
                                                      : CleanTag::kTfoot);
        const GumboVector& rows = c->v.element.children;
        for (unsigned k = 0; k < rows.length; ++k) {
          const auto* r = static_cast<const GumboNode*>(rows.data[k]);
          if (TableChildName(r) == "tr") AddRow(r, &section);
        }
        if (!section.children.empty()) sections.push_back(std::move(section));
      } else if (name == "tr") {
        AddRow(c, &loose_rows);
      }
    }
    if (!loose_rows.children.empty()) sections.push_back(std::move(loose_rows));
    // No caption alone: a table is its rows.
    if (sections.empty()) return table;
    // The caption first, where HTML wants it (the parser keeps it where it was written).
    for (CleanNode& caption : captions) table.children.push_back(std::move(caption));
    for (CleanNode& section : sections) table.children.push_back(std::move(section));
    return table;
  }

  // "tr", "td" …: the name of an HTML element child of a table part, "" for the rest.
  static std::string TableChildName(const GumboNode* c) {
    if (c->type != GUMBO_NODE_ELEMENT || c->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
      return {};
    }
    return ElementName(c->v.element);
  }

  void AddRow(const GumboNode* g, CleanNode* section) {
    CleanNode row = Element(CleanTag::kTr);
    const GumboVector& cells = g->v.element.children;
    for (unsigned i = 0; i < cells.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(cells.data[i]);
      const std::string name = TableChildName(c);
      if (name != "td" && name != "th") continue;
      CleanNode cell = Element(name == "td" ? CleanTag::kTd : CleanTag::kTh);
      const GumboElement& e = c->v.element;
      if (auto span = Number(Attribute(e, "colspan"), 1, 1000)) {
        cell.attributes.emplace_back("colspan", *span);
      }
      if (auto span = Number(Attribute(e, "rowspan"), 1, 1000)) {
        cell.attributes.emplace_back("rowspan", *span);
      }
      if (name == "th") {
        const char* scope = Attribute(e, "scope");
        if (scope != nullptr && In(scope, {"row", "col", "rowgroup", "colgroup"})) {
          cell.attributes.emplace_back("scope", scope);
        }
      }
      Sink inner(&cell.children, Sink::Mode::kFlow);
      Children(c, Context{Context::Kind::kFlow}, &inner);
      inner.Finish();
      row.children.push_back(std::move(cell));
    }
    if (!row.children.empty()) section->children.push_back(std::move(row));
  }

  CleanProfile profile_;
  const SanitizeOptions& options_;
};

}  // namespace

std::string_view CleanTagName(CleanTag tag) {
  static constexpr std::array<std::string_view, 30> kNames = {
      "p",      "h2",         "h3",    "h4",    "blockquote", "ul", "ol",     "li",
      "table",  "caption",    "thead", "tbody", "tfoot",      "tr", "td",     "th",
      "figure", "figcaption", "hr",    "br",    "img",        "a",  "strong", "b",
      "em",     "i",          "u",     "s",     "sub",        "sup"};
  return kNames[static_cast<std::size_t>(tag)];
}

bool IsCleanBlock(CleanTag tag) { return tag < CleanTag::kBr; }

bool HasContent(const CleanNode& node) {
  if (node.is_text) return HasVisibleText(node.text);
  if (node.tag == CleanTag::kImg) return true;
  for (const CleanNode& child : node.children) {
    if (HasContent(child)) return true;
  }
  return false;
}

std::vector<CleanNode> BuildCleanTree(const HtmlDocument& document, CleanProfile profile,
                                      const SanitizeOptions& options) {
  std::vector<CleanNode> nodes;
  if (document.body() == nullptr) return nodes;
  Builder builder(profile, options);
  const bool body = profile == CleanProfile::kBody;
  Sink sink(&nodes, body ? Sink::Mode::kAutoP : Sink::Mode::kFlow);
  builder.Children(document.body(),
                   Context{body ? Context::Kind::kAutoP : Context::Kind::kPhrasing}, &sink);
  sink.Finish();
  return nodes;
}

}  // namespace toasoan

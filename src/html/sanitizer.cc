#include "html/sanitizer.h"

#include <vector>

#include "html/clean_tree.h"
#include "html/escape.h"
#include "html/html_document.h"
#include "text/nfc.h"

namespace toasoan {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Writes a CleanNode tree as HTML. White space is collapsed across element boundaries:
// a space is written only before the next visible character or image, never at the
// start or end of a block or around <br>.
class Writer {
 public:
  explicit Writer(bool lines_between_blocks) : lines_between_blocks_(lines_between_blocks) {}

  void Nodes(const std::vector<CleanNode>& nodes, int depth) {
    for (const CleanNode& n : nodes) Node(n, depth);
  }

  std::string Finish() {
    FlushText();
    return std::move(out_);
  }

  int deepest() const { return deepest_; }

 private:
  void Node(const CleanNode& n, int depth) {
    if (n.is_text) {
      run_ += n.text;
      return;
    }
    FlushText();
    deepest_ = std::max(deepest_, depth + 1);
    switch (n.tag) {
      case CleanTag::kBr:
        space_pending_ = false;
        out_ += "<br>";
        space_allowed_ = false;
        return;
      case CleanTag::kImg:
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
        Open(n);
        space_allowed_ = true;
        return;
      case CleanTag::kHr:
        BlockStart(depth);
        out_ += "<hr>";
        space_allowed_ = false;
        return;
      default:
        break;
    }
    if (IsCleanBlock(n.tag)) {
      BlockStart(depth);
      Open(n);
      space_allowed_ = false;
      Nodes(n.children, depth + 1);
      FlushText();
      space_pending_ = false;
      Close(n);
      space_allowed_ = false;
      return;
    }
    if (space_pending_) {
      out_ += ' ';
      space_pending_ = false;
      space_allowed_ = false;
    }
    Open(n);
    Nodes(n.children, depth + 1);
    FlushText();
    Close(n);
  }

  void BlockStart(int depth) {
    space_pending_ = false;
    if (depth == 0 && lines_between_blocks_ && !out_.empty()) out_ += '\n';
  }

  void Open(const CleanNode& n) {
    out_ += '<';
    out_ += CleanTagName(n.tag);
    for (const auto& [name, value] : n.attributes) {
      out_ += ' ';
      out_ += name;
      out_ += "=\"";
      AppendEscapedHtml(value, &out_);
      out_ += '"';
    }
    out_ += '>';
  }

  void Close(const CleanNode& n) {
    out_ += "</";
    out_ += CleanTagName(n.tag);
    out_ += '>';
  }

  // Writes the text gathered since the last tag: in NFC as one run (text split by an
  // unwrapped element composes again), collapsed and escaped.
  void FlushText() {
    if (run_.empty()) return;
    const std::string text = ToNfc(run_);
    run_.clear();
    std::size_t plain = 0;  // start of the characters not yet written
    auto write_plain = [&](std::size_t end) {
      if (end > plain) {
        if (space_pending_) out_ += ' ';
        space_pending_ = false;
        AppendEscapedHtml(std::string_view(text).substr(plain, end - plain), &out_);
        space_allowed_ = true;
      }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!IsHtmlSpace(text[i])) continue;
      write_plain(i);
      plain = i + 1;
      if (space_allowed_) space_pending_ = true;
    }
    write_plain(text.size());
  }

  bool lines_between_blocks_;
  std::string out_;
  std::string run_;
  bool space_pending_ = false;  // a space to write before the next visible character
  bool space_allowed_ = false;  // white space now would separate content
  int deepest_ = 0;
};

Result<std::string> Sanitize(std::string_view html, CleanProfile profile,
                             const SanitizeOptions& options) {
  auto document = HtmlDocument::Parse(html);
  if (!document) return Fail(document.error());
  const std::vector<CleanNode> nodes = BuildCleanTree(*document, profile, options);
  Writer writer(/*lines_between_blocks=*/profile == CleanProfile::kBody);
  writer.Nodes(nodes, 0);
  std::string out = writer.Finish();
  // Cleaning adds a <p> here, an <li> there, and escapes: the output must still pass.
  if (out.size() > kMaxHtmlBytes || writer.deepest() > kMaxHtmlNesting) {
    return Fail(Error::InvalidArgument(
        "sanitized HTML of " + std::to_string(out.size()) + " bytes, " +
            std::to_string(writer.deepest()) + " levels deep, is over the limits",
        "Nội dung HTML quá dài hoặc lồng nhau quá sâu sau khi làm sạch."));
  }
  return out;
}

}  // namespace

Result<std::string> SanitizeBodyHtml(std::string_view html, const SanitizeOptions& options) {
  return Sanitize(html, CleanProfile::kBody, options);
}

Result<std::string> SanitizeInlineHtml(std::string_view html, const SanitizeOptions& options) {
  return Sanitize(html, CleanProfile::kInline, options);
}

}  // namespace toasoan

#include "html/html_text.h"

#include <vector>

#include "html/clean_tree.h"
#include "html/html_document.h"
#include "text/nfc.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

class TextWriter {
 public:
  void Nodes(const std::vector<CleanNode>& nodes) {
    for (const CleanNode& n : nodes) Node(n);
  }

  std::string Finish() {
    EndLine();
    return std::move(out_);
  }

 private:
  void Node(const CleanNode& n) {
    if (n.is_text) {
      line_ += n.text;
      return;
    }
    if (n.tag == CleanTag::kBr) {
      EndLine();
      return;
    }
    if (n.tag == CleanTag::kTd || n.tag == CleanTag::kTh) {
      Nodes(n.children);
      line_ += ' ';
      return;
    }
    const bool block = IsCleanBlock(n.tag);
    if (block) EndLine();
    Nodes(n.children);
    if (block) EndLine();
  }

  void EndLine() {
    if (line_.empty()) return;
    const std::string text = CollapseWhitespace(ToNfc(line_));
    line_.clear();
    if (text.empty()) return;
    if (!out_.empty()) out_ += '\n';
    out_ += text;
  }

  std::string out_;
  std::string line_;
};

}  // namespace

Result<std::string> HtmlToText(std::string_view html) {
  auto document = HtmlDocument::Parse(html);
  if (!document) return Fail(document.error());
  TextWriter writer;
  writer.Nodes(BuildCleanTree(*document, CleanProfile::kBody, SanitizeOptions{}));
  return writer.Finish();
}

}  // namespace toasoan

#include "search/document_text.h"

#include <array>
#include <cstdint>

#include "text/nfc.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan::search {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Elements after which the text continues on a new line.
bool IsBlock(std::string_view name) {
  constexpr std::array<std::string_view, 25> kBlocks = {
      "p",  "br", "div", "li",      "ul",         "ol",     "h1",         "h2",  "h3",
      "h4", "h5", "h6",  "hr",      "blockquote", "figure", "figcaption", "pre", "table",
      "tr", "td", "th",  "section", "article",    "dd",     "dt"};
  for (std::string_view b : kBlocks) {
    if (name == b) return true;
  }
  return false;
}

// Decodes the character reference at `html[*pos]` ('&') into `out`, advancing past it;
// false (nothing consumed) when it is not one.
bool DecodeReference(std::string_view html, std::size_t* pos, std::string* out) {
  const std::size_t semi = html.find(';', *pos);
  if (semi == std::string_view::npos || semi - *pos > 10) return false;
  const std::string_view name = html.substr(*pos + 1, semi - *pos - 1);
  char32_t cp = 0;
  if (name == "amp") {
    cp = '&';
  } else if (name == "lt") {
    cp = '<';
  } else if (name == "gt") {
    cp = '>';
  } else if (name == "quot") {
    cp = '"';
  } else if (name == "apos") {
    cp = '\'';
  } else if (name == "nbsp") {
    cp = 0x00A0;
  } else if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return false;
    uint32_t v = 0;
    for (char c : digits) {
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0 || v > 0x10FFFF) return false;
      v = v * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    cp = v;
  } else {
    return false;
  }
  AppendUtf8(cp, out);
  *pos = semi + 1;
  return true;
}

void AppendLine(std::string_view line, std::string* out) {
  std::string collapsed = CollapseWhitespace(line);
  if (collapsed.empty()) return;
  if (!out->empty()) out->push_back('\n');
  *out += collapsed;
}

}  // namespace

std::string HtmlToText(std::string_view html) {
  std::string raw;
  raw.reserve(html.size());
  for (std::size_t i = 0; i < html.size();) {
    const char c = html[i];
    if (c == '&' && DecodeReference(html, &i, &raw)) continue;
    // As in HTML, "<" starts a tag only before a letter, "/" or "!" ("1 < 2" is text).
    const bool tag = c == '<' && i + 1 < html.size() &&
                     (IsAsciiAlpha(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!');
    const std::size_t close = tag ? html.find('>', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      raw.push_back(c);
      ++i;
      continue;
    }
    std::size_t n = i + 1;
    if (n < close && html[n] == '/') ++n;
    std::string name;
    while (n < close && IsAsciiAlpha(html[n])) name.push_back(Lower(html[n++]));
    while (n < close && html[n] >= '0' && html[n] <= '9') name.push_back(html[n++]);
    if (IsBlock(name)) raw.push_back('\n');
    i = close + 1;
  }
  std::string out;
  std::size_t start = 0;
  for (std::size_t nl = raw.find('\n'); nl != std::string::npos; nl = raw.find('\n', start)) {
    AppendLine(std::string_view(raw).substr(start, nl - start), &out);
    start = nl + 1;
  }
  AppendLine(std::string_view(raw).substr(start), &out);
  return ToNfc(out);
}

DocumentText ArticleDocumentText(const Article& a) {
  DocumentText d;
  d.title = CollapseWhitespace(ToNfc(a.title));
  std::string body;
  AppendLine(ToNfc(a.lead), &body);
  const std::string text = HtmlToText(a.body_html);
  if (!text.empty()) {
    if (!body.empty()) body.push_back('\n');
    body += text;
  }
  for (const Photo& p : a.photos) {
    AppendLine(ToNfc(p.caption), &body);
    AppendLine(ToNfc(p.credit), &body);
  }
  std::string bylines;
  for (const std::string& name : a.bylines) {
    if (!bylines.empty()) bylines += ", ";
    bylines += name;
  }
  AppendLine(ToNfc(bylines), &body);
  d.body = std::move(body);
  return d;
}

}  // namespace toasoan::search

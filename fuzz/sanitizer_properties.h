#pragma once

// The promises of the HTML sanitizer (src/html/sanitizer.h), checked on one input. Shared
// by the libFuzzer target (fuzz/sanitizer_fuzz.cc) and the test that replays its corpus
// (tests/html/sanitizer_corpus_test.cc), so what the fuzzer looks for is what the test
// suite keeps checking. Header-only: the fuzz build compiles it with clang, the tests
// with g++.

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "html/html_document.h"
#include "html/html_text.h"
#include "html/nesting_guard.h"
#include "html/sanitizer.h"
#include "text/nfc.h"

namespace toasoan::fuzz {

inline SanitizeOptions PropertyOptions() {
  SanitizeOptions options;
  options.base_url = "https://phusa.gov.vn";
  return options;
}

// Decodes the five entities the serializer writes; "" with `*ok` false for anything else.
inline std::string DecodeOutputText(std::string_view text, bool* ok) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out.push_back(text[i]);
      continue;
    }
    static constexpr std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    bool matched = false;
    for (const auto& [entity, c] : kEntities) {
      if (text.substr(i, entity.size()) == entity) {
        out.push_back(c);
        i += entity.size() - 1;
        matched = true;
        break;
      }
    }
    if (!matched) *ok = false;
  }
  return out;
}

inline std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Reads `html` as the serializer writes it and returns what breaks the rules: an element
// or attribute not allowed for `inline_only`, a URL that is not http(s), mailto, a site
// path or the photo library, raw specials in text, text not in NFC, unbalanced tags.
inline std::string CheckOutputShape(std::string_view html, bool inline_only) {
  static const std::vector<std::string_view> kBlocks = {
      "p",  "h2",    "h3",      "h4",         "blockquote", "ul",    "ol",
      "li", "table", "caption", "thead",      "tbody",      "tfoot", "tr",
      "td", "th",    "figure",  "figcaption", "hr"};
  static const std::vector<std::string_view> kInline = {"br", "a", "strong", "b",   "em",
                                                        "i",  "u", "s",      "sub", "sup"};
  static const std::vector<std::string_view> kAttributes = {
      "href",  "title",  "target",  "rel",     "src",   "srcset", "sizes", "alt",
      "width", "height", "colspan", "rowspan", "scope", "start",  "type",  "class"};
  auto contains = [](const std::vector<std::string_view>& v, std::string_view s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    const std::string_view text = html.substr(i, lt == std::string_view::npos ? html.npos : lt - i);
    if (text.find_first_of(">\"'") != std::string_view::npos) return "raw special in text";
    bool ok = true;
    const std::string decoded = DecodeOutputText(text, &ok);
    if (!ok) return "unknown character reference in text";
    if (!IsNfc(decoded)) return "text not in NFC: " + decoded;
    if (lt == std::string_view::npos) break;
    const std::size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) return "unclosed tag";
    std::string_view tag = html.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    const bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag.remove_prefix(1);
    const std::size_t name_end = std::min(tag.find(' '), tag.size());
    const std::string name(tag.substr(0, name_end));
    const bool allowed = contains(kInline, name) || (!inline_only && contains(kBlocks, name)) ||
                         (!inline_only && name == "img");
    if (!allowed) return "element not allowed: <" + name + ">";
    const bool is_void = name == "br" || name == "img" || name == "hr";
    if (closing) {
      if (is_void || open.empty() || open.back() != name) return "unbalanced </" + name + ">";
      open.pop_back();
      continue;
    }
    std::string_view rest = tag.substr(name_end);
    while (!rest.empty()) {
      if (rest[0] != ' ') return "malformed attributes in <" + name + ">";
      const std::size_t eq = rest.find("=\"");
      if (eq == std::string_view::npos) return "attribute without a quoted value";
      const std::string attribute(rest.substr(1, eq - 1));
      const std::size_t close = rest.find('"', eq + 2);
      if (close == std::string_view::npos) return "unterminated attribute value";
      const std::string_view raw = rest.substr(eq + 2, close - eq - 2);
      rest = rest.substr(close + 1);
      if (!contains(kAttributes, attribute) || attribute.starts_with("on")) {
        return "attribute not allowed: " + attribute;
      }
      if (raw.find_first_of("<>'") != std::string_view::npos) return "raw special in value";
      bool value_ok = true;
      const std::string value = AsciiLowerCopy(DecodeOutputText(raw, &value_ok));
      if (!value_ok) return "unknown character reference in a value";
      // No URL may be a script URL (a site path may contain the words, and so may text).
      const std::size_t first = value.find_first_not_of(" \t\n\f\r");
      const std::string_view start =
          first == std::string::npos ? std::string_view() : std::string_view(value).substr(first);
      const bool url = attribute == "href" || attribute == "src" || attribute == "srcset";
      if (url && (start.starts_with("javascript:") || start.starts_with("vbscript:") ||
                  start.starts_with("data:"))) {
        return "script URL in " + attribute;
      }
      if (attribute == "href") {
        const bool safe = value.starts_with("http://") || value.starts_with("https://") ||
                          value.starts_with("mailto:") || value.starts_with("#") ||
                          value.starts_with("?") ||
                          (value.starts_with("/") && !value.starts_with("//"));
        if (!safe) return "href not allowed: " + value;
      }
      if ((attribute == "src" || attribute == "srcset") && !value.starts_with("/media/")) {
        return attribute + " outside the photo library: " + value;
      }
    }
    if (!is_void) open.push_back(name);
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  return {};
}

// Every promise for one input; "" when all hold.
inline std::string CheckSanitizerProperties(std::string_view input) {
  const SanitizeOptions options = PropertyOptions();
  for (const bool inline_only : {false, true}) {
    const char* what = inline_only ? "inline: " : "body: ";
    Result<std::string> out =
        inline_only ? SanitizeInlineHtml(input, options) : SanitizeBodyHtml(input, options);
    if (!out) {
      if (!out.error().IsInvalidArgument() || out.error().user_message().empty()) {
        return std::string(what) + "unexpected error: " + out.error().message();
      }
      continue;
    }
    if (!IsValidUtf8(*out)) return std::string(what) + "output is not UTF-8";
    const std::string lower = AsciiLowerCopy(*out);
    for (std::string_view banned :
         {"<script", "<style", "<iframe", "<svg", "<math", "<object", "<embed", "<form", "<!--"}) {
      if (lower.find(banned) != std::string::npos) {
        return std::string(what) + "output has " + std::string(banned);
      }
    }
    // " on…" inside a tag and outside a quoted value is an event handler attribute (in
    // text or in an alt text it is just words).
    bool in_tag = false;
    bool in_value = false;
    for (std::size_t i = 0; i < lower.size(); ++i) {
      const char c = lower[i];
      if (!in_tag) {
        in_tag = c == '<';
      } else if (in_value) {
        in_value = c != '"';
      } else if (c == '"') {
        in_value = true;
      } else if (c == '>') {
        in_tag = false;
      } else if (lower.compare(i, 3, " on") == 0) {
        return std::string(what) + "event handler attribute in: " + *out;
      }
    }
    if (std::string problem = CheckOutputShape(*out, inline_only); !problem.empty()) {
      return std::string(what) + problem + " in: " + *out;
    }
    Result<std::string> again =
        inline_only ? SanitizeInlineHtml(*out, options) : SanitizeBodyHtml(*out, options);
    if (!again) return std::string(what) + "output refused: " + again.error().message();
    if (*again != *out) {
      return std::string(what) + "not idempotent:\n  first:  " + *out + "\n  second: " + *again;
    }
  }
  Result<std::string> text = HtmlToText(input);
  if (text) {
    if (!IsNfc(*text)) return "text: not NFC";
    if (text->find("\n\n") != std::string::npos || text->starts_with('\n')) {
      return "text: empty line";
    }
  } else if (!text.error().IsInvalidArgument()) {
    return "text: unexpected error: " + text.error().message();
  }
  // The nesting guard (html/nesting_guard.h) must not let deep trees through: what
  // gumbo builds for an input the guard accepts is at most twice as deep as estimated,
  // plus a little. It is a model of gumbo, not gumbo, so small differences are allowed;
  // a gap that grows with the input (a repeated pattern the guard misreads) is not.
  const int estimate = EstimateHtmlNesting(WithoutControlCharacters(input), 2 * kMaxHtmlNesting);
  if (input.size() <= kMaxHtmlBytes && estimate <= 2 * kMaxHtmlNesting) {
    Result<HtmlDocument> document = HtmlDocument::Parse(input);
    const int bound = 2 * estimate + 8;
    if (document && document->depth() > bound) {
      return "nesting guard estimated " + std::to_string(estimate) + ", parser built " +
             std::to_string(document->depth());
    }
    if (!document && document.error().message().find("after parsing") != std::string::npos &&
        bound < kMaxHtmlNesting) {
      return "nesting guard estimated " + std::to_string(estimate) + ", parser built more than " +
             std::to_string(kMaxHtmlNesting);
    }
  }
  return {};
}

}  // namespace toasoan::fuzz

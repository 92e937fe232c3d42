#include "render/body_blocks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace toasoan {
namespace {

constexpr std::array<std::string_view, 14> kVoidElements = {
    "area",  "base", "br",   "col",   "embed",  "hr",    "img",
    "input", "link", "meta", "param", "source", "track", "wbr",
};

bool IsVoid(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kVoidElements.begin(), kVoidElements.end(), lower) != kVoidElements.end();
}

// The index just past the '>' closing the tag that starts at `lt`, skipping quoted
// attribute values (which may hold '>'); npos when the tag never closes.
size_t TagEnd(std::string_view html, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<std::string_view> SplitTopLevelBlocks(std::string_view html) {
  std::vector<std::string_view> blocks;
  size_t block_start = 0;
  int depth = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) return {html};
      i = end + 3;
      continue;
    }
    const size_t end = TagEnd(html, i);
    if (end == std::string_view::npos) return {html};
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    const size_t name_start = i + (closing ? 2 : 1);
    size_t name_end = name_start;
    while (name_end < end && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const std::string_view name = html.substr(name_start, name_end - name_start);
    const bool self_closing = html[end - 2] == '/';
    bool ends_block = false;
    if (name.empty()) {
      // "<!doctype", "< 3" …: not an element; the sanitizer never emits these.
    } else if (closing) {
      if (--depth < 0) return {html};
      ends_block = depth == 0;
    } else if (IsVoid(name) || self_closing) {
      ends_block = depth == 0;
    } else {
      ++depth;
    }
    i = end;
    if (ends_block) {
      blocks.push_back(html.substr(block_start, end - block_start));
      block_start = end;
    }
  }
  if (depth != 0) return {html};
  if (block_start < html.size()) {
    const std::string_view rest = html.substr(block_start);
    // Whitespace after the last element belongs to it, not to a block of its own.
    if (rest.find_first_not_of(" \t\r\n") == std::string_view::npos && !blocks.empty()) {
      std::string_view& last = blocks.back();
      last = html.substr(last.data() - html.data(), last.size() + rest.size());
    } else {
      blocks.push_back(rest);
    }
  }
  return blocks;
}

}  // namespace toasoan

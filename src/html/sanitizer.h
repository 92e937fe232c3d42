#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "html/sanitize_options.h"

namespace toasoan {

// The allowlist HTML sanitizer for what the newsroom writes (html/clean_tree.h lists
// what is kept, unwrapped and dropped; html/url_policy.h which URLs pass). Built on
// gumbo, so markup is read as a browser reads it; the output is written by our own
// serializer, never copied from the input:
// - every text and attribute value escaped (& < > " '), attribute values double-quoted;
// - text in NFC (each run of text between tags), controls removed, white space collapsed
//   (runs of spaces, tabs and line breaks become one space, none at the start or end of a
//   block or next to <br>); NBSP is kept as a character;
// - no comments; well-formed (every element closed, void elements as <br>, <img>, <hr>);
// - idempotent: sanitizing the output again returns it unchanged.
// Input over kMaxHtmlBytes, or nesting deeper than kMaxHtmlNesting
// (html/html_document.h), is refused with an InvalidArgument error whose user_message
// says so in Vietnamese; so is an output that would grow past kMaxHtmlBytes (escaping
// "'" as "&#39;" can), so that every output can be sanitized again. Pure and thread-safe.

// Article bodies: a sequence of blocks (p, h2–h4, ul/ol, blockquote, table, figure, hr),
// one per line; loose text at the top is wrapped in <p>.
Result<std::string> SanitizeBodyHtml(std::string_view html, const SanitizeOptions& options);

// Leads and captions: text and text-level elements only (a, strong, b, em, i, u, s, sub,
// sup, br); paragraphs and other blocks are unwrapped and separated by <br>.
Result<std::string> SanitizeInlineHtml(std::string_view html, const SanitizeOptions& options);

}  // namespace toasoan

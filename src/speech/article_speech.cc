#include "speech/article_speech.h"

#include <array>
#include <cstdint>

#include "html/html_text.h"
#include "text/speech_text.h"
#include "text/vietnamese_time.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

// Bullets a paragraph may open with; a listener gains nothing from hearing them.
constexpr std::array<std::string_view, 4> kBullets = {"* ", "- ", "\u2022 ", "+ "};

bool EndsWithPunctuation(std::string_view s) {
  for (std::string_view end : {".", "!", "?", "…", ":", ";", ".)", ".\"", ".”", "?”", "!”"}) {
    if (s.ends_with(end)) return true;
  }
  return false;
}

void AddPiece(std::string_view piece, const Abbreviations& abbreviations, std::string* out) {
  std::string text = CollapseWhitespace(piece);
  std::string_view view = text;
  for (std::string_view bullet : kBullets) {
    if (view.starts_with(bullet)) {
      view.remove_prefix(bullet.size());
      break;
    }
  }
  if (view.empty()) return;
  std::string spoken = SpeechText(view, abbreviations);
  if (!EndsWithPunctuation(spoken)) spoken += '.';
  if (!out->empty()) *out += "\n\n";
  *out += spoken;
}

}  // namespace

Result<std::string> ArticleSpeechText(const Article& a, const Abbreviations& abbreviations) {
  auto body = HtmlToText(a.body_html);
  if (!body) {
    return Fail(Error(
        body.error().code(),
        "article " + std::to_string(a.id) + ": cannot read its body: " + body.error().message()));
  }
  std::string out;
  AddPiece(a.title, abbreviations, &out);
  AddPiece(FormatUpdateLine(a.updated_at), abbreviations, &out);
  AddPiece(a.lead, abbreviations, &out);
  std::string_view lines = *body;
  while (!lines.empty()) {
    const size_t end = lines.find('\n');
    AddPiece(lines.substr(0, end), abbreviations, &out);
    lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
  }
  std::string bylines;
  for (const std::string& name : a.bylines) {
    if (!bylines.empty()) bylines += ", ";
    bylines += name;
  }
  AddPiece(bylines, abbreviations, &out);
  return out;
}

std::string SpeechHash(std::string_view speech_text, std::string_view settings) {
  uint64_t h = 0xcbf29ce484222325u;  // FNV-1a offset basis and prime
  auto mix = [&h](std::string_view bytes) {
    for (unsigned char c : bytes) {
      h ^= c;
      h *= 0x100000001b3u;
    }
  };
  mix(settings);
  mix(std::string_view("\0", 1));  // so ("ab", "c") and ("a", "bc") differ
  mix(speech_text);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) hex[static_cast<size_t>(i)] = kHex[h & 0xF];
  return hex;
}

}  // namespace toasoan

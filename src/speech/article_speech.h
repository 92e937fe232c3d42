#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/article.h"
#include "text/abbreviations.h"

namespace toasoan {

// The text a listener hears for an article, ready for the synthesizer: the title, the
// update line ("Cập nhật lúc 02:34 ngày 16/10/2020", in Vietnam time), the lead, each
// line of the body's text (HtmlToText: one per paragraph, heading, list item, caption or
// <br>; a leading bullet "* ", "- ", "+ " or "• " is dropped) and the bylines. Photos
// stored with the article (Article::photos) are not read. Each piece goes through
// SpeechText with `abbreviations`, ends with sentence punctuation, and is separated from
// the next by a blank line, which the synthesizer reads as a pause. Pure. Fails as
// HtmlToText does on a body it cannot read.
Result<std::string> ArticleSpeechText(const Article& a, const Abbreviations& abbreviations);

// The key an article's audio file is cached under: 16 lower-case hex digits of a 64-bit
// FNV-1a hash of `speech_text` and `settings` (the voice and encoding), so a change of
// either gives a new file. Stable across runs and machines.
std::string SpeechHash(std::string_view speech_text, std::string_view settings);

}  // namespace toasoan

#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "domain/article.h"

namespace toasoan {

// One article found related, with the score it was ranked by.
struct RelatedMatch {
  int64_t article_id = 0;
  double score = 0;
};

// The "Bài liên quan" of an article: which of `candidates` (typically the site's recent
// published articles and the recent ones of its section, from any store) share its rare
// words. Backend-neutral and pure; thread-safe.
//
// Each article's terms are the words of its title and lead, lower case with the tone
// marks placed one way ("Hoà" = "hòa"), but otherwise with their diacritics: in
// Vietnamese they tell words apart ("mặt" face, "mất" lose). Pairs of adjacent words are
// terms too, because most Vietnamese words have two syllables ("dân vận", "Ô Môn") and a
// pair is far rarer than either syllable. Function words ("của", "và", "các" …) and
// numbers, and "ngày", "tháng", "năm" of dates, are not terms.
//
// A term weighs its inverse document frequency over the candidates and the article
// (ln(1 + N / df), N counted as at least 20 so that a handful of articles does not make
// every shared word look rare); a term in more than half of 10 or more articles weighs
// nothing, and a single syllable weighs half. A candidate scores the sum of the weights
// of the terms it shares with the article, each half as much again for being in either
// title, and half as much again in all for being in the article's section. Candidates
// scoring below a minimum (about one rare two-syllable word in common) are not related;
// the rest come best first, newer first on a tie, at most `limit`. The article itself,
// unpublished candidates and repeated ids are skipped.
std::vector<RelatedMatch> RankRelated(const Article& article,
                                      const std::vector<Article>& candidates, size_t limit);

}  // namespace toasoan

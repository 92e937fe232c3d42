#include "domain/related.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/fold.h"
#include "text/utf8.h"
#include "text/word_chars.h"

namespace toasoan {
namespace {

// Below this many articles, document frequencies are too coarse to tell rare words.
constexpr double kMinCorpus = 20;
// From this many articles on, a term in more than half of them carries no weight.
constexpr size_t kCommonCheckFrom = 10;
// A single syllable is often a part of several words ("giải" in "hòa giải" and "giải
// bóng đá"); a pair of syllables is far more telling.
constexpr double kSyllableWeight = 0.5;
constexpr double kTitleBonus = 0.5;
constexpr double kSameSectionBoost = 1.5;
// About one rare two-syllable word, or four rare syllables, in common.
constexpr double kMinScore = 4.5;

// Syllables that make up the grammar of almost every sentence, and the day, month and
// year of every date line, spelt as AddTerms spells them (lower case, traditional tone
// placement).
constexpr std::array<std::string_view, 61> kFunctionWords = {
    "bị",   "bởi",  "cho",   "chưa", "các",   "còn",   "có",  "cùng",  "cũng",  "của",  "do",
    "dưới", "hay",  "hoặc",  "hơn",  "khi",   "không", "là",  "lại",   "mà",    "mỗi",  "một",
    "nay",  "ngày", "nhiều", "như",  "nhưng", "những", "này", "năm",   "nên",   "nếu",  "qua",
    "ra",   "rằng", "rất",   "sau",  "sẽ",    "theo",  "thì", "tháng", "trong", "trên", "trước",
    "tại",  "tới",  "từ",    "vào",  "và",    "vì",    "về",  "với",   "vừa",   "đang", "đây",
    "đã",   "đó",   "được",  "đến",  "để",    "ở"};

bool IsFunctionWord(std::string_view w) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
}

bool AllDigits(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The terms of one article, each once, and which of them are in its title.
struct Terms {
  std::unordered_set<std::string> all;
  std::unordered_set<std::string> title;
};

// Adds the words of `text` and the pairs of adjacent words (not across punctuation,
// function words or numbers) to `terms` (and to `title_terms` when not null).
void AddTerms(std::string_view text, std::unordered_set<std::string>* terms,
              std::unordered_set<std::string>* title_terms) {
  const std::string folded = ToLowerNfc(NormalizeTonePlacement(text));
  std::string word;
  std::string previous;  // the word before, when it can start a pair
  auto end_word = [&](bool breaks_pair) {
    if (word.empty()) {
      if (breaks_pair) previous.clear();
      return;
    }
    if (IsFunctionWord(word) || AllDigits(word)) {
      previous.clear();
    } else {
      terms->insert(word);
      if (title_terms) title_terms->insert(word);
      if (!previous.empty()) {
        std::string pair = previous + " " + word;
        if (title_terms) title_terms->insert(pair);
        terms->insert(std::move(pair));
      }
      previous = word;
    }
    word.clear();
    if (breaks_pair) previous.clear();
  };
  size_t pos = 0;
  while (pos < folded.size()) {
    const size_t start = pos;
    const int32_t cp = DecodeUtf8(folded, &pos);
    if (cp >= 0 && IsWordChar(static_cast<char32_t>(cp))) {
      word.append(folded, start, pos - start);
    } else {
      // A space keeps the pair going; anything else (punctuation, a symbol) ends it.
      end_word(!(cp == ' ' || cp == 0xA0));
    }
  }
  end_word(true);
}

Terms TermsOf(const Article& a) {
  Terms t;
  AddTerms(a.title, &t.all, &t.title);
  AddTerms(a.lead, &t.all, nullptr);
  return t;
}

Timestamp PublishedTime(const Article& a) { return a.published_at.value_or(a.updated_at); }

}  // namespace

std::vector<RelatedMatch> RankRelated(const Article& article,
                                      const std::vector<Article>& candidates, size_t limit) {
  std::vector<const Article*> pool;
  std::unordered_set<int64_t> seen = {article.id};
  for (const Article& c : candidates) {
    if (IsPublic(c) && seen.insert(c.id).second) pool.push_back(&c);
  }
  if (pool.empty() || limit == 0) return {};

  const Terms target = TermsOf(article);
  std::vector<Terms> terms;
  terms.reserve(pool.size());
  for (const Article* c : pool) terms.push_back(TermsOf(*c));

  // Document frequencies of the article's terms only: no other term can be shared.
  std::unordered_map<std::string_view, size_t> df;
  for (const std::string& t : target.all) df[t] = 1;
  for (const Terms& ct : terms) {
    for (const std::string& t : ct.all) {
      auto it = df.find(t);
      if (it != df.end()) ++it->second;
    }
  }
  const size_t n = pool.size() + 1;
  const double n_eff = std::max(static_cast<double>(n), kMinCorpus);
  auto weight = [&](const std::string& t) {
    const size_t f = df.at(t);
    if (n >= kCommonCheckFrom && f * 2 > n) return 0.0;
    return std::log(1 + n_eff / static_cast<double>(f));
  };

  struct Scored {
    RelatedMatch match;
    Timestamp published;
  };
  std::vector<Scored> scored;
  for (size_t i = 0; i < pool.size(); ++i) {
    double score = 0;
    for (const std::string& t : target.all) {
      if (!terms[i].all.contains(t)) continue;
      double w = weight(t);
      if (t.find(' ') == std::string::npos) w *= kSyllableWeight;
      score += w * (1 + (target.title.contains(t) ? kTitleBonus : 0) +
                    (terms[i].title.contains(t) ? kTitleBonus : 0));
    }
    if (pool[i]->section_id == article.section_id) score *= kSameSectionBoost;
    if (score >= kMinScore) scored.push_back({{pool[i]->id, score}, PublishedTime(*pool[i])});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    if (x.match.score != y.match.score) return x.match.score > y.match.score;
    if (x.published != y.published) return x.published > y.published;
    return x.match.article_id > y.match.article_id;
  });
  std::vector<RelatedMatch> out;
  for (size_t i = 0; i < scored.size() && i < limit; ++i) out.push_back(scored[i].match);
  return out;
}

}  // namespace toasoan

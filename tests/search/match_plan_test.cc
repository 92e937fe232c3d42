#include "search/match_plan.h"

#include <gtest/gtest.h>

namespace toasoan::search {
namespace {

Match P(std::vector<std::string> terms) {
  Match m;
  m.terms = std::move(terms);
  return m;
}

Match Node(Match::Kind kind, std::vector<Match> children, int distance = 0) {
  Match m;
  m.kind = kind;
  m.children = std::move(children);
  m.distance = distance;
  return m;
}

using K = Match::Kind;

TEST(PlanTiersTest, EmptyQueryHasNoTiers) { EXPECT_TRUE(PlanTiers(ParseQuery(" . ")).empty()); }

TEST(PlanTiersTest, OneWordWithDiacriticsRanksDominantThenExactThenLoose) {
  EXPECT_EQ(PlanTiers(ParseQuery("bán")),
            (std::vector<Match>{Node(K::kAnd, {P({"^bán"}), P({"bán"})}), P({"bán"}), P({"ban"})}));
}

TEST(PlanTiersTest, WordsWithoutDiacriticsRankByProximityAlone) {
  // Adjacent words are looked up by their pair term too: a missing pair costs no scan.
  EXPECT_EQ(PlanTiers(ParseQuery("thoi lai")),
            (std::vector<Match>{Node(K::kAnd, {P({"thoi+lai"}), P({"thoi", "lai"})}),
                                Node(K::kNear, {P({"thoi"}), P({"lai"})}, kNearDistance),
                                Node(K::kAnd, {P({"thoi"}), P({"lai"})})}));
}

TEST(PlanTiersTest, MixedQueryIsJudgedWordByWord) {
  const std::vector<Match> tiers = PlanTiers(ParseQuery("dân van kheo"));
  ASSERT_EQ(tiers.size(), 9u);  // dominant, exact, loose × adjacent, near, anywhere
  EXPECT_EQ(tiers[0], Node(K::kAnd, {P({"^dân"}), P({"dan+van"}), P({"van+kheo"}),
                                     P({"dân", "van", "kheo"})}));
  EXPECT_EQ(tiers[3], Node(K::kAnd, {P({"dan+van"}), P({"van+kheo"}), P({"dân", "van", "kheo"})}));
  EXPECT_EQ(tiers[6], Node(K::kAnd, {P({"dan+van"}), P({"van+kheo"}), P({"dan", "van", "kheo"})}));
  EXPECT_EQ(tiers[8], Node(K::kAnd, {P({"dan"}), P({"van"}), P({"kheo"})}));
}

TEST(PlanTiersTest, PartialExactnessLevelsSitBetweenExactAndLoose) {
  const std::vector<Match> tiers = PlanTiers(ParseQuery("bán nhà"));
  ASSERT_EQ(tiers.size(), 12u);  // dominant, both exact, one exact, loose × 3
  EXPECT_EQ(tiers[6], Node(K::kAnd, {Node(K::kOr, {P({"bán"}), P({"nhà"})}), P({"ban+nha"}),
                                     P({"ban", "nha"})}));
  EXPECT_EQ(tiers[9], Node(K::kAnd, {P({"ban+nha"}), P({"ban", "nha"})}));
}

TEST(PlanTiersTest, QuotedPhrasesStayPhrasesInEveryTier) {
  const std::vector<Match> tiers = PlanTiers(ParseQuery("\"công tác\" Đảng"));
  for (const Match& t : tiers) {
    // The loose tiers spell the phrase loosely; all keep "cong tac" together.
    std::string dump;
    std::function<void(const Match&)> walk = [&](const Match& m) {
      if (m.kind == K::kPhrase && m.terms.size() >= 2) dump += m.terms[0] + "+" + m.terms[1] + ";";
      for (const Match& c : m.children) walk(c);
    };
    walk(t);
    EXPECT_FALSE(dump.empty());
  }
  // A query that is one quoted phrase has no proximity levels.
  EXPECT_EQ(PlanTiers(ParseQuery("\"dan van\"")),
            (std::vector<Match>{Node(K::kAnd, {P({"dan+van"}), P({"dan", "van"})})}));
}

}  // namespace
}  // namespace toasoan::search

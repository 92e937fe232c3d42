// Listings by date (feeds, sitemaps, related articles) and view counts (most read) of
// SqliteStore.
#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "temp_dir.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;
using std::chrono::sys_days;

// 15/10/2020 19:34 UTC, 16/10/2020 02:34 in Vietnam: the seed article's time.
constexpr Timestamp kT0 = Timestamp{sys_days{2020y / 10 / 15}} + 19h + 34min;

PublishedRange Range(std::optional<int64_t> section_id, std::optional<Timestamp> from,
                     std::optional<Timestamp> to, int limit = 50) {
  PublishedRange r;
  r.section_id = section_id;
  r.from = from;
  r.to = to;
  r.limit = limit;
  return r;
}

class SqliteListingsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    store_ = std::move(*store);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    auto a = store_->SaveSection(s);
    s.name = "Quận ủy, Huyện ủy";
    s.slug = "quan-uy-huyen-uy";
    auto b = store_->SaveSection(s);
    ASSERT_TRUE(a && b);
    news_ = a->id;
    districts_ = b->id;
  }

  int64_t Publish(int64_t section_id, std::string title, Timestamp published,
                  ArticleStatus status = ArticleStatus::kPublished) {
    Article a;
    a.section_id = section_id;
    a.slug = "bai-viet";
    a.title = std::move(title);
    a.lead = "Sapo";
    a.body_html = "<p>Nội dung dài</p>";
    a.bylines = {"Hoàng Dung"};
    Photo p;
    p.file = "2020/10/anh.jpg";
    p.caption = "Ảnh";
    p.credit = "Thúy Loan";
    a.photos.push_back(p);
    a.status = status;
    a.created_at = published;
    a.updated_at = published;
    if (status == ArticleStatus::kPublished) a.published_at = published;
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved.has_value()) << saved.error().message();
    return saved ? saved->id : 0;
  }

  std::vector<std::string> Titles(const PublishedRange& r) {
    auto list = store_->ListPublishedBetween(r);
    EXPECT_TRUE(list.has_value()) << list.error().message();
    std::vector<std::string> titles;
    if (list) {
      for (const Article& a : *list) titles.push_back(a.title);
    }
    return titles;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t news_ = 0;
  int64_t districts_ = 0;
};

TEST_F(SqliteListingsTest, BetweenFiltersByTimeAndSectionNewestFirst) {
  Publish(news_, "A", kT0);
  Publish(districts_, "B", kT0 + 1h);
  Publish(news_, "C", kT0 + 2h);
  Publish(news_, "Nháp", kT0 + 3h, ArticleStatus::kDraft);
  Publish(news_, "D", kT0 + 48h);

  using V = std::vector<std::string>;
  const auto none = std::nullopt;
  EXPECT_EQ(Titles({}), (V{"D", "C", "B", "A"}));
  EXPECT_EQ(Titles(Range(none, none, none, 2)), (V{"D", "C"}));
  EXPECT_EQ(Titles(Range(news_, none, none)), (V{"D", "C", "A"}));
  // `from` is inclusive, `to` exclusive.
  EXPECT_EQ(Titles(Range(none, kT0 + 1h, kT0 + 48h)), (V{"C", "B"}));
  EXPECT_EQ(Titles(Range(news_, kT0, kT0 + 2h)), (V{"A"}));
  EXPECT_TRUE(Titles(Range(none, kT0 + 49h, none)).empty());
}

TEST_F(SqliteListingsTest, BetweenLeavesOutTheBodyButKeepsPhotosAndBylines) {
  Publish(news_, "A", kT0);
  auto list = store_->ListPublishedBetween({});
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 1u);
  const Article& a = list->front();
  EXPECT_EQ(a.body_html, "");
  EXPECT_EQ(a.lead, "Sapo");
  EXPECT_EQ(a.bylines, std::vector<std::string>{"Hoàng Dung"});
  ASSERT_EQ(a.photos.size(), 1u);
  EXPECT_EQ(a.photos[0].file, "2020/10/anh.jpg");
  EXPECT_EQ(a.published_at, kT0);
}

TEST_F(SqliteListingsTest, MonthsAreCountedInTheGivenTimeZone) {
  // 31/10/2020 18:00 UTC is 01/11/2020 01:00 in Vietnam.
  const Timestamp late_october = Timestamp{sys_days{2020y / 10 / 31}} + 18h;
  Publish(news_, "A", kT0);
  Publish(news_, "B", late_october);
  Publish(districts_, "C", Timestamp{sys_days{2019y / 12 / 1}});
  Publish(news_, "Nháp", Timestamp{sys_days{2018y / 1 / 1}}, ArticleStatus::kDraft);

  auto utc = store_->PublishedMonths(0s);
  ASSERT_TRUE(utc.has_value()) << utc.error().message();
  ASSERT_EQ(utc->size(), 2u);
  EXPECT_EQ((*utc)[0].year, 2020);
  EXPECT_EQ((*utc)[0].month, 10);
  EXPECT_EQ((*utc)[0].count, 2);
  EXPECT_EQ((*utc)[0].last_modified, late_october);
  EXPECT_EQ((*utc)[1].year, 2019);
  EXPECT_EQ((*utc)[1].month, 12);

  auto vietnam = store_->PublishedMonths(7h);
  ASSERT_TRUE(vietnam.has_value());
  ASSERT_EQ(vietnam->size(), 3u);
  EXPECT_EQ((*vietnam)[0].month, 11);
  EXPECT_EQ((*vietnam)[0].count, 1);
  EXPECT_EQ((*vietnam)[1].month, 10);
  EXPECT_EQ((*vietnam)[1].count, 1);
  EXPECT_EQ((*vietnam)[1].last_modified, kT0);
  EXPECT_EQ((*vietnam)[2].year, 2019);
}

TEST_F(SqliteListingsTest, ViewsAddUpPerHourAndRankPublishedArticles) {
  const int64_t a = Publish(news_, "A", kT0);
  const int64_t b = Publish(news_, "B", kT0 + 1h);
  const int64_t draft = Publish(news_, "Nháp", kT0, ArticleStatus::kDraft);
  auto changes_before = store_->LatestChangeId();
  ASSERT_TRUE(changes_before.has_value());

  const Timestamp now = kT0 + 10 * 24h;
  ASSERT_TRUE(store_->AddViews({{a, 3}, {b, 2}, {draft, 50}}, now - 3 * 24h));
  ASSERT_TRUE(store_->AddViews({{b, 2}}, now - 2h));
  ASSERT_TRUE(store_->AddViews({{b, 1}, {a, 1}}, now - 1h));
  // An article that does not exist does not fail the batch.
  ASSERT_TRUE(store_->AddViews({{9999, 5}, {a, 1}}, now));

  // Counting views changes no page.
  EXPECT_EQ(store_->LatestChangeId(), *changes_before);

  auto day = store_->MostViewed(now - 24h, 10);
  ASSERT_TRUE(day.has_value()) << day.error().message();
  ASSERT_EQ(day->size(), 2u);
  EXPECT_EQ((*day)[0].article_id, b);
  EXPECT_EQ((*day)[0].views, 3);
  EXPECT_EQ((*day)[1].article_id, a);
  EXPECT_EQ((*day)[1].views, 2);

  // Five views each in the week (the draft's 50 are not listed): the newer article first.
  auto week = store_->MostViewed(now - 7 * 24h, 10);
  ASSERT_TRUE(week.has_value());
  ASSERT_EQ(week->size(), 2u);
  EXPECT_EQ((*week)[0].article_id, b);
  EXPECT_EQ((*week)[0].views, 5);
  EXPECT_EQ((*week)[1].article_id, a);
  EXPECT_EQ((*week)[1].views, 5);

  ASSERT_TRUE(store_->AddViews({{a, 2}}, now));
  week = store_->MostViewed(now - 7 * 24h, 10);
  ASSERT_TRUE(week.has_value());
  EXPECT_EQ((*week)[0].article_id, a);
  EXPECT_EQ((*week)[0].views, 7);

  auto one = store_->MostViewed(now - 7 * 24h, 1);
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(one->size(), 1u);
}

TEST_F(SqliteListingsTest, OldViewsArePrunedAfterEightDays) {
  const int64_t a = Publish(news_, "A", kT0);
  ASSERT_TRUE(store_->AddViews({{a, 7}}, kT0));
  ASSERT_TRUE(store_->AddViews({{a, 1}}, kT0 + 8 * 24h));
  auto all = store_->MostViewed(Timestamp{}, 10);
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().views, 8);  // the hour exactly eight days back is kept
  ASSERT_TRUE(store_->AddViews({{a, 1}}, kT0 + 8 * 24h + 1h));
  all = store_->MostViewed(Timestamp{}, 10);
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().views, 2);
}

}  // namespace
}  // namespace toasoan

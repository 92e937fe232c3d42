#include "site/view_counter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <thread>
#include <vector>

#include "../store/temp_dir.h"
#include "http/request.h"
#include "site/most_read_board.h"
#include "site/page_extras.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;

std::map<int64_t, int64_t> AsMap(const std::vector<ViewCount>& counts) {
  std::map<int64_t, int64_t> m;
  for (const ViewCount& c : counts) m[c.article_id] += c.views;
  return m;
}

TEST(ViewCounterTest, CountsAndDrains) {
  ViewCounter counter;
  counter.Add(1);
  counter.Add(1);
  counter.Add(17);  // the same shard as 1
  counter.Add(2, 5);
  EXPECT_EQ(AsMap(counter.Drain()), (std::map<int64_t, int64_t>{{1, 2}, {2, 5}, {17, 1}}));
  EXPECT_TRUE(counter.Drain().empty());
  counter.Add(1);
  EXPECT_EQ(AsMap(counter.Drain()), (std::map<int64_t, int64_t>{{1, 1}}));
}

// Io threads count while the flusher drains: no view is lost or counted twice.
TEST(ViewCounterTest, ConcurrentAddsAndDrainsLoseNothing) {
  ViewCounter counter;
  constexpr int kThreads = 4;
  constexpr int kPerThread = 20000;
  std::map<int64_t, int64_t> drained;
  std::atomic<bool> done{false};
  std::thread drainer([&] {
    while (!done.load()) {
      for (const ViewCount& c : counter.Drain()) drained[c.article_id] += c.views;
    }
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < kThreads; ++t) {
    readers.emplace_back([&counter, t] {
      for (int i = 0; i < kPerThread; ++i) counter.Add((i + t) % 40 + 1);
    });
  }
  for (auto& r : readers) r.join();
  done = true;
  drainer.join();
  for (const ViewCount& c : counter.Drain()) drained[c.article_id] += c.views;
  int64_t total = 0;
  for (const auto& [id, views] : drained) total += views;
  EXPECT_EQ(total, int64_t{kThreads} * kPerThread);
  EXPECT_EQ(drained.size(), 40u);
  EXPECT_EQ(drained[1], int64_t{kThreads} * kPerThread / 40);
}

http::Request WithHeaders(std::vector<std::pair<std::string, std::string>> headers) {
  http::Request r;
  for (const auto& [name, value] : headers) r.AddHeader(name, value);
  return r;
}

TEST(LooksLikeReaderTest, CrawlersAndPrefetchesAreNotViews) {
  EXPECT_TRUE(LooksLikeReader(WithHeaders({})));
  EXPECT_TRUE(LooksLikeReader(
      WithHeaders({{"user-agent",
                    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/120.0 Mobile Safari/537.36 Zalo/1.0"}})));
  for (const char* ua : {"Mozilla/5.0 (compatible; Googlebot/2.1)", "Baiduspider",
                         "facebookexternalhit/1.1", "coccocbot-web/1.0",
                         "Mozilla/5.0 (compatible; "
                         "YandexBot/3.0)",
                         "AhrefsCrawler", "Slurp", "Zalo Link Preview"}) {
    EXPECT_FALSE(LooksLikeReader(WithHeaders({{"user-agent", ua}}))) << ua;
  }
  EXPECT_FALSE(LooksLikeReader(WithHeaders({{"sec-purpose", "prefetch;prerender"}})));
  EXPECT_FALSE(LooksLikeReader(WithHeaders({{"purpose", "prefetch"}})));
}

class MostReadBoardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    store_ = std::move(*store);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    auto saved = store_->SaveSection(s);
    ASSERT_TRUE(saved.has_value());
    section_ = *saved;
  }

  int64_t Publish(std::string title, ArticleStatus status = ArticleStatus::kPublished) {
    Article a;
    a.section_id = section_.id;
    a.slug = "bai";
    a.title = std::move(title);
    a.body_html = "<p>Nội dung</p>";
    a.status = status;
    a.created_at = a.updated_at = clock_.Now();
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved.has_value());
    return saved ? saved->id : 0;
  }

  TempDir dir_;
  FakeClock clock_{Timestamp{std::chrono::sys_days{std::chrono::year{2020} / 10 / 16}}};
  std::unique_ptr<SqliteStore> store_;
  Section section_;
};

TEST_F(MostReadBoardTest, RefreshReportsChangesAndLoadShowsPublishedArticles) {
  const int64_t a = Publish("Tin A");
  const int64_t b = Publish("Tin B");
  MostReadBoard board(2);
  auto changed = board.Refresh(*store_, clock_.Now());
  ASSERT_TRUE(changed.has_value());
  EXPECT_FALSE(*changed);  // empty before, empty now
  EXPECT_TRUE(board.Get()->day.empty());

  ASSERT_TRUE(store_->AddViews({{a, 3}, {b, 1}}, clock_.Now() - 3 * 24h));
  ASSERT_TRUE(store_->AddViews({{b, 1}}, clock_.Now()));
  changed = board.Refresh(*store_, clock_.Now());
  ASSERT_TRUE(changed.has_value());
  EXPECT_TRUE(*changed);
  EXPECT_EQ(board.Get()->day, std::vector<int64_t>{b});
  EXPECT_EQ(board.Get()->week, (std::vector<int64_t>{a, b}));
  // More views that do not change the order: no change to announce.
  ASSERT_TRUE(store_->AddViews({{a, 1}}, clock_.Now() - 3 * 24h));
  changed = board.Refresh(*store_, clock_.Now());
  ASSERT_TRUE(changed.has_value());
  EXPECT_FALSE(*changed);

  // An article withdrawn since the refresh is not shown.
  auto withdrawn = store_->ArticleById(b);
  ASSERT_TRUE(withdrawn.has_value());
  withdrawn->status = ArticleStatus::kUnpublished;
  ASSERT_TRUE(store_->SaveArticle(*withdrawn));
  std::vector<std::string> tags;
  auto lists = LoadMostRead(*store_, *board.Get(), {section_}, &tags);
  ASSERT_TRUE(lists.has_value()) << lists.error().message();
  EXPECT_TRUE(lists->day.empty());
  ASSERT_EQ(lists->week.size(), 1u);
  EXPECT_EQ(lists->week[0].article.title, "Tin A");
  EXPECT_EQ(lists->week[0].section.slug, "thoi-su");
  EXPECT_EQ(tags, std::vector<std::string>{"article:" + std::to_string(a)});
}

}  // namespace
}  // namespace toasoan

#include "app/view_flusher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../importer/fake_store.h"
#include "../store/temp_dir.h"
#include "http/cached_page.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;

constexpr Timestamp kT0 = Timestamp{std::chrono::sys_days{std::chrono::year{2020} / 10 / 15}};

// Puts a page tagged `tag` in `cache` under the key `tag`.
void CachePage(http::PageCache& cache, const std::string& tag) {
  http::Response r = http::Response::Text(200, "trang");
  r.cacheable = true;
  r.tags = {tag};
  ASSERT_TRUE(cache.Insert(tag, http::CachedPage::Build(r, ""), cache.generation()));
}

bool Cached(const http::PageCache& cache, const std::string& key) {
  return cache.Find(key) != nullptr;
}

class ViewFlusherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    store_ = std::move(*store);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    auto section = store_->SaveSection(s);
    ASSERT_TRUE(section.has_value());
    for (const char* title : {"Tin A", "Tin B"}) {
      Article a;
      a.section_id = section->id;
      a.slug = "tin";
      a.title = title;
      a.status = ArticleStatus::kPublished;
      a.created_at = a.updated_at = kT0;
      auto saved = store_->SaveArticle(a);
      ASSERT_TRUE(saved.has_value());
      ids_.push_back(saved->id);
    }
  }

  TempDir dir_;
  FakeClock clock_{kT0 + 1h};
  std::unique_ptr<SqliteStore> store_;
  std::vector<int64_t> ids_;
  ViewCounter counter_;
  MostReadBoard board_;
  http::PageCache cache_;
};

TEST_F(ViewFlusherTest, WritesCountsAndDropsPagesOnlyWhenTheListsChange) {
  // A long interval: the test drives the flusher by hand.
  ViewFlusher flusher(counter_, *store_, board_, cache_, clock_, 1h);
  CachePage(cache_, "most-read");
  CachePage(cache_, "view-counts");
  CachePage(cache_, "article:1");

  EXPECT_FALSE(flusher.FlushOnce());  // nothing counted
  counter_.Add(ids_[1], 3);
  counter_.Add(ids_[0]);
  EXPECT_TRUE(flusher.FlushOnce());
  auto week = store_->MostViewed(kT0, 10);
  ASSERT_TRUE(week.has_value());
  ASSERT_EQ(week->size(), 2u);
  EXPECT_EQ((*week)[0].article_id, ids_[1]);
  EXPECT_EQ((*week)[0].views, 3);

  flusher.RefreshOnce(true);
  EXPECT_EQ(board_.Get()->day, (std::vector<int64_t>{ids_[1], ids_[0]}));
  EXPECT_FALSE(Cached(cache_, "most-read"));
  EXPECT_FALSE(Cached(cache_, "view-counts"));
  EXPECT_TRUE(Cached(cache_, "article:1"));

  // More views, same order: the pages stay, the counts' answers go.
  CachePage(cache_, "most-read");
  CachePage(cache_, "view-counts");
  counter_.Add(ids_[1]);
  EXPECT_TRUE(flusher.FlushOnce());
  flusher.RefreshOnce(true);
  EXPECT_TRUE(Cached(cache_, "most-read"));
  EXPECT_FALSE(Cached(cache_, "view-counts"));

  // The order changes: the pages go.
  counter_.Add(ids_[0], 10);
  EXPECT_TRUE(flusher.FlushOnce());
  flusher.RefreshOnce(true);
  EXPECT_EQ(board_.Get()->day, (std::vector<int64_t>{ids_[0], ids_[1]}));
  EXPECT_FALSE(Cached(cache_, "most-read"));
}

TEST_F(ViewFlusherTest, TheThreadFlushesAndRefreshesOnItsOwn) {
  counter_.Add(ids_[0], 2);
  {
    ViewFlusher flusher(counter_, *store_, board_, cache_, clock_, 20ms, 1);
    for (int i = 0; i < 200 && board_.Get()->day.empty(); ++i) std::this_thread::sleep_for(10ms);
    EXPECT_EQ(board_.Get()->day, std::vector<int64_t>{ids_[0]});
    // Counted just before a stop: written by the destructor.
    counter_.Add(ids_[1], 7);
  }
  auto day = store_->MostViewed(kT0, 10);
  ASSERT_TRUE(day.has_value());
  ASSERT_EQ(day->size(), 2u);
  EXPECT_EQ((*day)[0].article_id, ids_[1]);
  EXPECT_EQ((*day)[0].views, 7);
}

// A store that refuses the first write of views.
class FlakyStore : public FakeStore {
 public:
  Result<void> AddViews(const std::vector<ViewCount>& counts, Timestamp) override {
    if (fail_next_) {
      fail_next_ = false;
      return Fail(Error::Io("disk full"));
    }
    for (const ViewCount& c : counts) written_ += c.views;
    return {};
  }
  Result<std::vector<ViewCount>> MostViewed(Timestamp, int) override {
    return std::vector<ViewCount>{};
  }
  int64_t written_ = 0;
  bool fail_next_ = true;
};

TEST(ViewFlusherRetryTest, RefusedViewsAreCountedAgain) {
  FlakyStore store;
  ViewCounter counter;
  MostReadBoard board;
  http::PageCache cache;
  FakeClock clock(kT0);
  ViewFlusher flusher(counter, store, board, cache, clock, 1h);
  counter.Add(1, 4);
  EXPECT_FALSE(flusher.FlushOnce());
  EXPECT_EQ(store.written_, 0);
  counter.Add(1);
  EXPECT_TRUE(flusher.FlushOnce());
  EXPECT_EQ(store.written_, 5);
}

}  // namespace
}  // namespace toasoan

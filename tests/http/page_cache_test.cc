#include "http/page_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace toasoan::http {
namespace {

// A page of a fixed size (its body is under the compression threshold, so every page
// built with the same `body_size` holds the same bytes).
std::shared_ptr<const CachedPage> MakePage(std::vector<std::string> tags, char fill = 'a',
                                           size_t body_size = 100) {
  Response r;
  r.cacheable = true;
  r.body = std::string(body_size, fill);
  r.tags = std::move(tags);
  return CachedPage::Build(r, "");
}

TEST(PageCacheTest, FindAfterInsert) {
  PageCache cache;
  EXPECT_EQ(cache.Find("/thoi-su"), nullptr);
  auto page = MakePage({"list:thoi-su"});
  EXPECT_TRUE(cache.Insert("/thoi-su", page, cache.generation()));
  EXPECT_EQ(cache.Find("/thoi-su"), page);
  EXPECT_EQ(cache.Find("/thoi-su?page=2"), nullptr);
  EXPECT_EQ(cache.Find("/thoi-s"), nullptr);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), page->bytes());
}

TEST(PageCacheTest, InsertUnderSameKeyReplaces) {
  PageCache cache;
  auto first = MakePage({"article:1"}, 'a');
  auto second = MakePage({"article:1"}, 'b');
  ASSERT_TRUE(cache.Insert("/a", first, cache.generation()));
  ASSERT_TRUE(cache.Insert("/a", second, cache.generation()));
  EXPECT_EQ(cache.Find("/a"), second);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.bytes(), second->bytes());
}

TEST(PageCacheTest, ReplacedPageTagsDoNotLinger) {
  PageCache cache;
  ASSERT_TRUE(cache.Insert("/a", MakePage({"article:1"}), cache.generation()));
  auto now = MakePage({"article:2"});
  ASSERT_TRUE(cache.Insert("/a", now, cache.generation()));
  // The page under "/a" no longer shows article 1: dropping article 1 must keep it.
  cache.Invalidate({"article:1"});
  EXPECT_EQ(cache.Find("/a"), now);
  cache.Invalidate({"article:2"});
  EXPECT_EQ(cache.Find("/a"), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PageCacheTest, InvalidateDropsExactlyPagesWithTheTag) {
  PageCache cache;
  uint64_t g = cache.generation();
  ASSERT_TRUE(cache.Insert("/quan-uy/bai-1", MakePage({"article:1", "section:3"}), g));
  ASSERT_TRUE(cache.Insert("/quan-uy/bai-2", MakePage({"article:2", "section:3"}), g));
  ASSERT_TRUE(cache.Insert("/quan-uy", MakePage({"list:section:3", "article:1", "article:2"}), g));
  ASSERT_TRUE(cache.Insert("/", MakePage({"list:all", "article:1"}), g));
  auto about = MakePage({"static:about"});
  ASSERT_TRUE(cache.Insert("/gioi-thieu", about, g));
  size_t page_bytes = about->bytes();

  cache.Invalidate({"article:1"});
  EXPECT_EQ(cache.Find("/quan-uy/bai-1"), nullptr);
  EXPECT_EQ(cache.Find("/quan-uy"), nullptr);
  EXPECT_EQ(cache.Find("/"), nullptr);
  EXPECT_NE(cache.Find("/quan-uy/bai-2"), nullptr);
  EXPECT_EQ(cache.Find("/gioi-thieu"), about);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.bytes(), 2 * page_bytes);

  cache.Invalidate({"article:404", "list:none"});
  EXPECT_EQ(cache.size(), 2u);

  cache.Invalidate({"static:about", "section:3"});
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PageCacheTest, InvalidateWithSeveralTagsOfOnePage) {
  PageCache cache;
  ASSERT_TRUE(cache.Insert("/", MakePage({"list:all", "article:1"}), cache.generation()));
  cache.Invalidate({"list:all", "article:1"});
  EXPECT_EQ(cache.Find("/"), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PageCacheTest, GenerationGuardRefusesPageRenderedBeforeInvalidation) {
  PageCache cache;
  uint64_t before = cache.generation();
  // While the page was rendering, an editor changed something (any tag at all).
  cache.Invalidate({"article:99"});
  EXPECT_NE(cache.generation(), before);
  EXPECT_FALSE(cache.Insert("/a", MakePage({"article:1"}), before));
  EXPECT_EQ(cache.Find("/a"), nullptr);
  EXPECT_EQ(cache.size(), 0u);

  uint64_t after = cache.generation();
  EXPECT_TRUE(cache.Insert("/a", MakePage({"article:1"}), after));
  EXPECT_NE(cache.Find("/a"), nullptr);
}

TEST(PageCacheTest, ClearDropsEverythingAndMovesGeneration) {
  PageCache cache;
  uint64_t g = cache.generation();
  ASSERT_TRUE(cache.Insert("/a", MakePage({"x"}), g));
  ASSERT_TRUE(cache.Insert("/b", MakePage({"y"}), g));
  cache.Clear();
  EXPECT_EQ(cache.Find("/a"), nullptr);
  EXPECT_EQ(cache.Find("/b"), nullptr);
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_FALSE(cache.Insert("/a", MakePage({"x"}), g));

  // Usable afterwards, and old tags are forgotten.
  ASSERT_TRUE(cache.Insert("/c", MakePage({"x"}), cache.generation()));
  cache.Invalidate({"y"});
  EXPECT_NE(cache.Find("/c"), nullptr);
}

// A cache that holds exactly four pages of MakePage's size.
class PageCacheBoundTest : public ::testing::Test {
 protected:
  PageCacheBoundTest() : page_bytes_(MakePage({}, 'z')->bytes()), cache_(page_bytes_ * 9 / 2) {}

  std::shared_ptr<const CachedPage> Insert(const std::string& key, std::vector<std::string> tags) {
    auto page = MakePage(std::move(tags), key.back());
    EXPECT_EQ(page->bytes(), page_bytes_);
    EXPECT_TRUE(cache_.Insert(key, page, cache_.generation())) << key;
    return page;
  }

  size_t page_bytes_;
  PageCache cache_;
};

TEST_F(PageCacheBoundTest, OldestPageIsEvictedFirst) {
  Insert("/1", {"t1"});
  Insert("/2", {"t2"});
  Insert("/3", {"t3"});
  Insert("/4", {"t4"});
  EXPECT_EQ(cache_.size(), 4u);
  Insert("/5", {"t5"});
  EXPECT_EQ(cache_.size(), 4u);
  EXPECT_LE(cache_.bytes(), page_bytes_ * 9 / 2);
  EXPECT_EQ(cache_.Find("/1"), nullptr);
  for (const char* k : {"/2", "/3", "/4", "/5"}) EXPECT_NE(cache_.Find(k), nullptr) << k;
  Insert("/6", {"t6"});
  EXPECT_EQ(cache_.Find("/2"), nullptr);
  EXPECT_NE(cache_.Find("/3"), nullptr);

  // An evicted page's tags are forgotten with it.
  cache_.Invalidate({"t1", "t2"});
  EXPECT_EQ(cache_.size(), 4u);
}

TEST_F(PageCacheBoundTest, PageRenderedAgainAfterInvalidationIsNotTheOldest) {
  Insert("/1", {"t1"});
  Insert("/2", {"t2"});
  Insert("/3", {"t3"});
  cache_.Invalidate({"t1"});
  auto fresh = Insert("/1", {"t1"});  // rendered again: now the newest
  Insert("/4", {"t4"});
  ASSERT_EQ(cache_.size(), 4u);
  Insert("/5", {"t5"});
  EXPECT_EQ(cache_.Find("/1"), fresh);
  EXPECT_EQ(cache_.Find("/2"), nullptr);
  EXPECT_NE(cache_.Find("/3"), nullptr);
}

TEST_F(PageCacheBoundTest, PageReplacedUnderItsKeyIsNotTheOldest) {
  Insert("/1", {"t1"});
  Insert("/2", {"t2"});
  Insert("/3", {"t3"});
  Insert("/4", {"t4"});
  auto fresh = Insert("/1", {"t1"});  // two workers rendered "/1"; the second one lands
  Insert("/5", {"t5"});
  EXPECT_EQ(cache_.Find("/1"), fresh);
  EXPECT_EQ(cache_.Find("/2"), nullptr);
  EXPECT_EQ(cache_.size(), 4u);
}

TEST_F(PageCacheBoundTest, ManyReinsertsKeepTheBound) {
  for (int round = 0; round < 200; ++round) {
    Insert("/" + std::to_string(round % 7), {"t" + std::to_string(round % 3)});
    if (round % 5 == 0) cache_.Invalidate({"t" + std::to_string(round % 3)});
    EXPECT_LE(cache_.bytes(), page_bytes_ * 9 / 2);
    EXPECT_LE(cache_.size(), 4u);
    EXPECT_EQ(cache_.bytes(), cache_.size() * page_bytes_);
  }
}

TEST(PageCacheTest, PageLargerThanAQuarterOfTheBoundIsRefused) {
  size_t page_bytes = MakePage({}, 'a', 1000)->bytes();
  PageCache cache(page_bytes * 4 - 4);
  EXPECT_FALSE(cache.Insert("/big", MakePage({}, 'a', 1000), cache.generation()));
  EXPECT_EQ(cache.Find("/big"), nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PageCacheConcurrencyTest, FindInsertInvalidateFromFourThreads) {
  // Small enough that eviction runs all the time.
  PageCache cache(MakePage({})->bytes() * 40);
  std::vector<std::shared_ptr<const CachedPage>> pages;
  for (int i = 0; i < 16; ++i) {
    pages.push_back(MakePage({"article:" + std::to_string(i % 8), "list:" + std::to_string(i % 3)},
                             static_cast<char>('a' + i)));
  }
  std::atomic<bool> stop{false};
  std::atomic<long> hits{0}, inserts{0};
  auto work = [&](unsigned seed) {
    std::mt19937 rng(seed);
    while (!stop.load(std::memory_order_relaxed)) {
      int k = static_cast<int>(rng() % 64);
      std::string key = "/bai-" + std::to_string(k);
      switch (rng() % 8) {
        case 0:
          cache.Invalidate({"article:" + std::to_string(rng() % 8)});
          break;
        case 1:
        case 2:
        case 3: {
          uint64_t g = cache.generation();
          if (cache.Insert(key, pages[k % 16], g)) inserts.fetch_add(1);
          break;
        }
        default:
          if (auto p = cache.Find(key)) {
            // A page found is whole and is the one kept under that key.
            EXPECT_EQ(p, pages[k % 16]);
            EXPECT_TRUE(p->Head(Encoding::kIdentity).starts_with("HTTP/1.1 200 OK\r\n"));
            hits.fetch_add(1);
          }
      }
      if (rng() % 2000 == 0) cache.Clear();
      (void)cache.size();
      (void)cache.bytes();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < 4; ++t) threads.emplace_back(work, 1234 + t);
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  stop = true;
  for (auto& t : threads) t.join();

  EXPECT_GT(inserts.load(), 0);
  EXPECT_GT(hits.load(), 0);
  EXPECT_LE(cache.bytes(), MakePage({})->bytes() * 40);
  EXPECT_EQ(cache.bytes(), cache.size() * MakePage({})->bytes());
  cache.Clear();
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

}  // namespace
}  // namespace toasoan::http

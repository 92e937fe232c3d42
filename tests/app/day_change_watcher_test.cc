#include "app/day_change_watcher.h"

#include <gtest/gtest.h>

#include <string>

#include "http/cached_page.h"

namespace toasoan {
namespace {

using namespace std::chrono_literals;

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

TEST(DayChangeWatcherTest, DropsDatedPagesAtVietnamMidnight) {
  // 16:59:58 UTC on 16/10/2020 is 23:59:58 in Vietnam.
  FakeClock clock(Timestamp{std::chrono::sys_days{std::chrono::year{2020} / 10 / 16}} + 16h +
                  59min + 58s);
  http::PageCache cache;
  DayChangeWatcher watcher(cache, clock, /*start_thread=*/false);
  CachePage(cache, "date");
  CachePage(cache, "list:all");
  EXPECT_FALSE(watcher.CheckOnce());
  clock.Advance(1s);
  EXPECT_FALSE(watcher.CheckOnce());
  EXPECT_TRUE(Cached(cache, "date"));
  clock.Advance(1s);  // 00:00:00 on 17/10 in Vietnam
  EXPECT_TRUE(watcher.CheckOnce());
  EXPECT_FALSE(Cached(cache, "date"));
  EXPECT_TRUE(Cached(cache, "list:all"));
  // Once a day.
  CachePage(cache, "date");
  clock.Advance(23h);
  EXPECT_FALSE(watcher.CheckOnce());
  EXPECT_TRUE(Cached(cache, "date"));
}

}  // namespace
}  // namespace toasoan

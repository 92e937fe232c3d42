#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "http/request.h"
#include "http/response.h"
#include "render/site_renderer.h"
#include "site/most_read_board.h"
#include "site/view_counter.h"
#include "store/store.h"

namespace toasoan {

// Where the public pages find what they show around their own content, and where they
// count views. Each part is optional (null: not shown, not counted).
struct PageSources {
  const Clock* clock = nullptr;              // "today" in the header
  const MostReadBoard* most_read = nullptr;  // "Đọc nhiều"
  ViewCounter* views = nullptr;              // views of article pages
};

// The tag of pages that show today's date: dropped at Vietnam midnight
// (app/day_change_watcher.h).
inline constexpr char kDateTag[] = "date";

// Sets f->today from sources.clock, and tags `r` with kDateTag.
void AddToday(const PageSources& sources, PageFrame* f, http::Response* r);

// Fills f->most_read from sources.most_read and tags `r` with kMostReadTag and the shown
// articles. A store error leaves the lists empty and makes `r` uncacheable, so the next
// request tries again: the lists are extra, never a reason to fail a page.
void AddMostRead(Store& store, const PageSources& sources, PageFrame* f, http::Response* r);

// Fills extras->related with up to 5 articles related to `a` (domain/related.h), chosen
// among the site's latest 100 published articles and its section's latest 30, and tags
// `r` with them. Like the most-read lists, an error leaves them out.
void AddRelated(Store& store, const Article& a, const std::vector<Section>& sections,
                ArticleExtras* extras, http::Response* r);

// Makes every GET of `r` (cached or not) count a view of `article_id` in sources.views,
// unless the request looks like a crawler's or a prefetch (LooksLikeReader).
void CountViews(const PageSources& sources, int64_t article_id, http::Response* r);

// Whether a request comes from a reader rather than a crawler (a User-Agent naming a
// bot, spider, crawler or link preview) or a browser's speculative prefetch
// (Sec-Purpose or Purpose: prefetch). Cheap: it runs on every cached article view.
bool LooksLikeReader(const http::Request& req);

}  // namespace toasoan

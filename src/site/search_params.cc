#include "site/search_params.h"

#include <charconv>
#include <chrono>

#include "text/nfc.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

constexpr std::size_t kMaxShownDate = 32;

std::optional<int> Number(std::string_view s) {
  int v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

std::string Shown(const std::optional<std::string>& v) {
  if (!v || v->size() > kMaxShownDate || !IsValidUtf8(*v)) return {};
  return *v;
}

}  // namespace

std::optional<Timestamp> ParseVietnamDay(std::string_view text) {
  std::optional<int> y, m, d;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    y = Number(text.substr(0, 4));
    m = Number(text.substr(5, 2));
    d = Number(text.substr(8, 2));
  } else {
    const std::size_t a = text.find('/');
    const std::size_t b = a == std::string_view::npos ? a : text.find('/', a + 1);
    if (b == std::string_view::npos || a < 1 || a > 2 || b - a < 2 || b - a > 3 ||
        text.size() - b != 5) {
      return std::nullopt;
    }
    d = Number(text.substr(0, a));
    m = Number(text.substr(a + 1, b - a - 1));
    y = Number(text.substr(b + 1));
  }
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day day{std::chrono::year{*y},
                                        std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  if (!day.ok() || *y < 1900) return std::nullopt;
  return Timestamp{std::chrono::sys_days{day}} - kVietnamOffset;
}

SearchParams ParseSearchParams(const http::Request& req, const std::vector<Section>& sections) {
  SearchParams p;
  p.request.per_page = kSearchPerPage;
  p.request.text = req.QueryParam("q").value_or("");
  if (auto page = req.QueryParam("page"); page && !page->empty()) {
    auto n = Number(*page);
    if (n && *n >= 1) {
      p.request.page = std::min(*n, kMaxSearchPage + 1);
    } else {
      p.bad_page = true;
    }
  }
  if (auto section = req.QueryParam("section"); section && !section->empty()) {
    const std::optional<int> id = Number(*section);
    for (const Section& s : sections) {
      if (s.slug == *section || (id && s.id == *id)) {
        p.request.section_id = s.id;
        p.section_slug = s.slug;
      }
    }
    p.unknown_section = !p.request.section_id;
  }
  const std::optional<std::string> from = req.QueryParam("from");
  const std::optional<std::string> to = req.QueryParam("to");
  p.from = Shown(from);
  p.to = Shown(to);
  if (from && !from->empty()) {
    p.request.from = ParseVietnamDay(*from);
    p.bad_date |= !p.request.from;
  }
  if (to && !to->empty()) {
    if (auto day = ParseVietnamDay(*to)) {
      p.request.to = *day + std::chrono::hours(24) - std::chrono::seconds(1);
    } else {
      p.bad_date = true;
    }
  }
  return p;
}

std::string SearchQueryString(const SearchParams& p, std::string_view q, int page,
                              bool with_filters) {
  std::string out = "?q=" + http::PercentEncode(q);
  if (with_filters) {
    if (!p.section_slug.empty()) out += "&section=" + http::PercentEncode(p.section_slug);
    if (p.request.from) out += "&from=" + http::PercentEncode(p.from);
    if (p.request.to) out += "&to=" + http::PercentEncode(p.to);
  }
  if (page > 1) out += "&page=" + std::to_string(page);
  return out;
}

}  // namespace toasoan

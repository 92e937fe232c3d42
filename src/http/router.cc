#include "http/router.h"

#include <algorithm>

namespace toasoan::http {
namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < path.size()) {
    if (path[pos] == '/') {
      ++pos;
      continue;
    }
    size_t end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

bool IsParam(std::string_view seg) {
  return seg.size() > 2 && seg.front() == '{' && seg.back() == '}';
}

// A pattern segment with literal text around one parameter: "sitemap-{month}.xml".
struct Affixed {
  std::string_view prefix;
  std::string_view name;
  std::string_view suffix;
};

std::optional<Affixed> AsAffixed(std::string_view seg) {
  if (IsParam(seg)) return std::nullopt;
  const size_t open = seg.find('{');
  if (open == std::string_view::npos) return std::nullopt;
  const size_t close = seg.find('}', open);
  if (close == std::string_view::npos || close == open + 1) return std::nullopt;
  return Affixed{seg.substr(0, open), seg.substr(open + 1, close - open - 1),
                 seg.substr(close + 1)};
}

// How well pattern segment `pat` matches path segment `seg`: 2 literal, 1 text around a
// parameter, 0 a bare parameter, -1 no match.
int SegmentScore(std::string_view pat, std::string_view seg) {
  if (IsParam(pat)) return 0;
  if (auto a = AsAffixed(pat)) {
    const bool fits = seg.size() > a->prefix.size() + a->suffix.size() &&
                      seg.starts_with(a->prefix) && seg.ends_with(a->suffix);
    return fits ? 1 : -1;
  }
  return pat == seg ? 2 : -1;
}

}  // namespace

std::string_view PathParams::Get(std::string_view name) const {
  for (const auto& [n, v] : items_) {
    if (n == name) return v;
  }
  return {};
}

void Router::Add(Method method, std::string_view pattern, Handler handler, RouteOptions options) {
  if (options.body_limit) largest_body_limit_ = std::max(largest_body_limit_, *options.body_limit);
  Route r{method, {}, std::move(handler), std::move(options)};
  for (auto seg : SplitPath(pattern)) r.segments.emplace_back(seg);
  routes_.push_back(std::move(r));
}

std::optional<Router::Match> Router::Find(Method method, std::string_view path) const {
  // A trailing slash other than the root is a different path; the site redirects or 404s.
  if (path.size() > 1 && path.back() == '/') return std::nullopt;
  // Empty segments ("//a") would give every page endless spellings, each a cache entry.
  if (path.find("//") != std::string_view::npos) return std::nullopt;
  auto segs = SplitPath(path);
  if (method == Method::kHead) method = Method::kGet;
  const Route* best = nullptr;
  int best_score = -1;
  bool path_exists = false;
  for (const auto& r : routes_) {
    if (r.segments.size() != segs.size()) continue;
    int score = 0;
    bool ok = true;
    for (size_t i = 0; i < segs.size() && ok; ++i) {
      const int s = SegmentScore(r.segments[i], segs[i]);
      ok = s >= 0;
      score += s;
    }
    if (!ok) continue;
    path_exists = true;
    if (r.method != method) continue;
    if (score > best_score) {
      best = &r;
      best_score = score;
    }
  }
  if (!best) {
    if (!path_exists) return std::nullopt;
    Match m;
    m.method_allowed = false;
    return m;
  }
  Match m;
  m.handler = &best->handler;
  m.options = &best->options;
  for (size_t i = 0; i < segs.size(); ++i) {
    const auto& s = best->segments[i];
    if (IsParam(s)) {
      m.params.Add(s.substr(1, s.size() - 2), PercentDecode(segs[i], false));
    } else if (auto a = AsAffixed(s)) {
      std::string_view middle =
          segs[i].substr(a->prefix.size(), segs[i].size() - a->prefix.size() - a->suffix.size());
      m.params.Add(std::string(a->name), PercentDecode(middle, false));
    }
  }
  return m;
}

std::string Router::CacheKey(std::string_view path, std::string_view query,
                             const RouteOptions& options) {
  std::string key(path);
  if (options.cache_query.empty() || query.empty()) return key;
  Request probe;
  probe.target = "?" + std::string(query);
  char sep = '?';
  for (const auto& name : options.cache_query) {
    auto v = probe.QueryParam(name);
    if (!v) continue;
    key.push_back(sep);
    sep = '&';
    key.append(name).append("=").append(PercentEncode(*v));
  }
  return key;
}

}  // namespace toasoan::http

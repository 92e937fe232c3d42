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

}  // namespace

std::string_view PathParams::Get(std::string_view name) const {
  for (const auto& [n, v] : items_) {
    if (n == name) return v;
  }
  return {};
}

void Router::Add(Method method, std::string_view pattern, Handler handler, RouteOptions options) {
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
  int best_literals = -1;
  bool path_exists = false;
  for (const auto& r : routes_) {
    if (r.segments.size() != segs.size()) continue;
    int literals = 0;
    bool ok = true;
    for (size_t i = 0; i < segs.size() && ok; ++i) {
      if (IsParam(r.segments[i])) continue;
      ok = r.segments[i] == segs[i];
      ++literals;
    }
    if (!ok) continue;
    path_exists = true;
    if (r.method != method) continue;
    if (literals > best_literals) {
      best = &r;
      best_literals = literals;
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
    if (IsParam(s)) m.params.Add(s.substr(1, s.size() - 2), PercentDecode(segs[i], false));
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

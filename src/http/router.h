#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/request.h"
#include "http/response.h"

namespace toasoan::http {

// Values of the {name} segments of a matched route, percent-decoded.
class PathParams {
 public:
  void Add(std::string name, std::string value) {
    items_.emplace_back(std::move(name), std::move(value));
  }
  std::string_view Get(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

using Handler = std::function<Response(const Request&, const PathParams&)>;

struct RouteOptions {
  // Query parameters that select what a cacheable page shows ("page"): the cache key is
  // the path plus these, so tracking parameters (fbclid, utm_*) share one cached page.
  std::vector<std::string> cache_query;
  // The largest request body this route accepts, in bytes, when it differs from the
  // server's `body_limit` (an upload route raises it). A request declaring a longer
  // Content-Length is answered 413 before any of its body is read; a chunked one is cut
  // off at the limit.
  std::optional<uint64_t> body_limit = std::nullopt;
  // The 413 answer for a body past `body_limit` (a JSON error for an API); empty: the
  // server's plain-text one.
  std::function<Response()> too_large = nullptr;
  // The time to receive the whole request, when a large body needs longer than the
  // server's `read_timeout`.
  std::optional<std::chrono::seconds> read_timeout = std::nullopt;
};

// Maps method and path to a handler. Patterns are '/'-separated segments; a segment
// "{name}" matches any one non-empty segment, and a segment with literal text around one
// "{name}" ("sitemap-{month}.xml") matches a segment with that prefix and suffix and
// something between them, which becomes the parameter. At the same place a literal
// segment wins over one with text around a parameter, which wins over a bare "{name}".
// HEAD is served by the GET route. Built before the server starts, then only read:
// thread-safe for concurrent Match.
class Router {
 public:
  void Add(Method method, std::string_view pattern, Handler handler, RouteOptions options = {});

  struct Match {
    const Handler* handler = nullptr;
    const RouteOptions* options = nullptr;
    PathParams params;
    bool method_allowed = true;  // false: the path exists for another method (405)
  };
  // nullopt when no pattern matches the path, or the path has an empty segment or a
  // trailing slash (other than "/").
  std::optional<Match> Find(Method method, std::string_view path) const;

  // The largest RouteOptions::body_limit of any route (0 when none sets one).
  uint64_t LargestBodyLimit() const { return largest_body_limit_; }

  // The cache key of a request to `path` with query `query` under `options`.
  static std::string CacheKey(std::string_view path, std::string_view query,
                              const RouteOptions& options);

 private:
  struct Route {
    Method method;
    std::vector<std::string> segments;
    Handler handler;
    RouteOptions options;
  };
  std::vector<Route> routes_;
  uint64_t largest_body_limit_ = 0;
};

}  // namespace toasoan::http

#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/clock.h"

namespace toasoan::http {

struct Request;

// What a handler answers. The server adds Date, Content-Length, Connection and the
// security headers; a cacheable response is kept by the page cache with its tags.
struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. Location

  // Caching: a cacheable response is rendered once and served from memory until one of
  // its tags changes (see PageCache).
  bool cacheable = false;
  std::vector<std::string> tags;
  std::optional<Timestamp> last_modified;
  std::string cache_control = "no-cache";
  // Called on the io thread each time this answer is sent to a GET, whether just
  // rendered or from the page cache (304s included; not for HEAD): how the site counts
  // views of cached pages without the server knowing what a page shows. Must be cheap
  // and thread-safe; it is kept with the cached page.
  std::function<void(const Request&)> on_serve;

  static Response Redirect(int status, std::string location);
  static Response Text(int status, std::string body);
  static Response Json(int status, std::string body);
};

// "OK", "Not Found" ...
const char* ReasonPhrase(int status);

}  // namespace toasoan::http

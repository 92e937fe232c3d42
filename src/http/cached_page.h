#pragma once

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "http/compression.h"
#include "http/response.h"

namespace toasoan::http {

// A response kept as ready bytes: for each content coding, the status line and headers
// (everything but Date and Connection, which the server adds per write) and the body,
// compressed once. Immutable, shared between threads.
class CachedPage {
 public:
  // Renders `r` into bytes; compresses text bodies of 512 bytes and more with gzip and
  // brotli. `extra_headers` is appended to every head (the site's security headers).
  static std::shared_ptr<const CachedPage> Build(const Response& r, std::string_view extra_headers);

  int status() const { return status_; }
  // The variant served for `e`: falls back to identity when that coding is not kept.
  const std::string& Head(Encoding e) const { return heads_[Pick(e)]; }
  const std::string& NotModifiedHead(Encoding e) const { return heads_304_[Pick(e)]; }
  const std::string& Body(Encoding e) const { return bodies_[Pick(e)]; }
  // Whether an If-None-Match header names any variant of this page (or "*").
  bool MatchesEtag(std::string_view if_none_match) const;
  const std::optional<Timestamp>& last_modified() const { return last_modified_; }
  const std::vector<std::string>& tags() const { return tags_; }
  // The answer's Response::on_serve; empty when it has none.
  const std::function<void(const Request&)>& on_serve() const { return on_serve_; }
  // Bytes held, for the cache's memory bound.
  size_t bytes() const;

 private:
  // A coding whose body was not kept has no head either: serve identity (also when the
  // identity body itself is empty).
  size_t Pick(Encoding e) const {
    size_t i = static_cast<size_t>(e);
    return bodies_[i].empty() ? 0 : i;
  }

  int status_ = 200;
  std::array<std::string, 3> heads_;
  std::array<std::string, 3> heads_304_;
  std::array<std::string, 3> bodies_;
  std::string etag_;  // the strong ETag of the identity body, quoted
  std::optional<Timestamp> last_modified_;
  std::vector<std::string> tags_;
  std::function<void(const Request&)> on_serve_;
};

// The head of a response that is not cached: status line and headers, without Date and
// Connection, ending in CRLF after the last header (the blank line is not included).
std::string SerializeHead(const Response& r, size_t content_length, std::string_view extra_headers);

}  // namespace toasoan::http

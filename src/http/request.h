#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace toasoan::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

// One parsed HTTP request. A connection reuses one Request for all its requests, so
// clearing keeps the strings' capacity and the hot path does not allocate.
struct Request {
  Method method = Method::kGet;
  std::string method_text;
  std::string target;  // as received: path and query
  int version = 11;    // 10 or 11
  bool keep_alive = true;
  // Header fields with lower-case names, in order of arrival.
  std::vector<std::pair<std::string, std::string>> headers;
  size_t header_count = 0;  // entries of `headers` in use
  std::string body;
  // The client's address: the TCP peer, or with trusted reverse proxies the address they
  // forwarded (see TrustedProxies). What sign-in throttling, sessions and the access log
  // use.
  std::string remote_address;
  // The TCP peer itself (the proxy, when there is one).
  std::string peer_address;

  void Clear();
  void AddHeader(std::string_view name, std::string_view value);

  // The value of the first field named `lower_name`, or empty.
  std::string_view Header(std::string_view lower_name) const;
  std::string_view Path() const;   // target before '?'
  std::string_view Query() const;  // target after '?', without it
  // The percent-decoded value of a query parameter, if present.
  std::optional<std::string> QueryParam(std::string_view name) const;
};

// Percent-decodes `s` ('+' as space when `plus_as_space`). Invalid escapes are kept
// literally.
std::string PercentDecode(std::string_view s, bool plus_as_space);

// Percent-encodes everything but unreserved characters (RFC 3986).
std::string PercentEncode(std::string_view s);

}  // namespace toasoan::http

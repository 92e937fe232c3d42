#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "base/result.h"
#include "http/page_cache.h"
#include "http/router.h"
#include "http/trusted_proxies.h"

namespace toasoan::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;               // 0: any free port (see Server::port)
  int threads = 0;                    // io threads; 0: one per core
  uint32_t header_limit = 16 * 1024;  // bytes of request line and header fields (431 past it)
  uint64_t body_limit = 1 << 20;      // request body bytes (413 past it, before reading)
  // Time to receive a whole request (from the end of the previous response, or the
  // accept) and to send a whole response; a slower client is dropped.
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds write_timeout{30};
  // On stop, requests in flight get this long to finish.
  std::chrono::seconds drain_timeout{10};
  std::string access_log;  // file to append Combined Log Format lines to; empty: none
  // Reverse proxies whose X-Forwarded-For names the client (Request::remote_address);
  // empty: the TCP peer is the client and the header is ignored.
  TrustedProxies trusted_proxies;
  // Appended to every response: security headers, each ending in CRLF.
  std::string extra_headers;
  // Answers a request no route matches (the site's 404 page).
  Handler not_found;
};

// The HTTP/1.1 server: one io_context per thread, an acceptor handing connections out in
// turn, keep-alive, pipelining, per-connection deadlines checked by one sweep a second
// per thread (no timer per request), and graceful stop. GET and HEAD requests are
// answered from `cache` when a page is there; otherwise the router's handler runs, and a
// cacheable 200 answer is kept. Handlers run on io threads and must be thread-safe.
class Server {
 public:
  Server(ServerOptions options, const Router& router, PageCache& cache);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens. Fails with kIo naming the address when it cannot.
  Result<void> Listen();
  // The bound port (useful with port 0).
  uint16_t port() const;
  // Serves until Stop() or SIGINT/SIGTERM, then finishes requests in flight and returns.
  void Run();
  // Thread-safe and callable from any thread.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace toasoan::http

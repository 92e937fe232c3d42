#include "http/server.h"

#include <fcntl.h>
#include <unistd.h>

#include <utility>  // before Asio: see DESIGN.md

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <limits>
#include <list>
#include <optional>
#include <thread>
#include <vector>

#include <spdlog/spdlog.h>

#include "http/http_date.h"
#include "http/request_parser.h"

namespace toasoan::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;
using SteadyTime = std::chrono::steady_clock::time_point;

namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr std::string_view kConnectionClose = "Connection: close\r\n";
constexpr std::string_view kConnectionKeepAlive = "Connection: keep-alive\r\n";
constexpr size_t kLingerBytes = 1 << 20;
constexpr std::chrono::seconds kLingerTime{2};

// Plain Vietnamese sentences for the errors the server answers itself.
Response ServerError(int status) {
  std::string text;
  switch (status) {
    case 400:
      text = "Yêu cầu không hợp lệ.";
      break;
    case 405:
      text = "Phương thức không được hỗ trợ cho địa chỉ này.";
      break;
    case 413:
      text = "Nội dung gửi lên quá lớn.";
      break;
    case 431:
      text = "Phần đầu của yêu cầu quá lớn.";
      break;
    default:
      text = "Lỗi máy chủ. Xin vui lòng thử lại sau.";
      break;
  }
  Response r = Response::Text(status, text + "\n");
  r.cache_control = "no-store";
  return r;
}

// Escapes a value for a double-quoted access log field so a request cannot forge lines.
void AppendLogField(std::string& out, std::string_view v) {
  if (v.empty()) {
    out.push_back('-');
    return;
  }
  for (unsigned char c : v) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      out.append("\\x");
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
}

std::string ClfDate(std::chrono::system_clock::time_point tp) {
  using namespace std::chrono;
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto secs = floor<seconds>(tp);
  auto day = floor<days>(secs);
  year_month_day ymd{day};
  hh_mm_ss hms{secs - day};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02u/%s/%04d:%02ld:%02ld:%02ld +0000",
                static_cast<unsigned>(ymd.day()), kMonths[static_cast<unsigned>(ymd.month()) - 1],
                static_cast<int>(ymd.year()), static_cast<long>(hms.hours().count()),
                static_cast<long>(hms.minutes().count()), static_cast<long>(hms.seconds().count()));
  return buf;
}

}  // namespace

class Connection;

// State shared by all threads. Read-only after Listen but for `stopping`.
struct Shared {
  ServerOptions options;
  const Router& router;
  PageCache& cache;
  int log_fd = -1;
  std::atomic<bool> stopping{false};
};

// One io thread: its io_context, its connections and its once-a-second sweep, which
// drops connections past their deadline, refreshes the Date header and flushes the
// access log. Touched only from its own thread.
class Worker {
 public:
  explicit Worker(Shared& shared) : shared_(shared), ioc_(1), sweep_timer_(ioc_) { Tick(); }

  asio::io_context& ioc() { return ioc_; }
  Shared& shared() { return shared_; }
  SteadyTime now() const { return now_; }
  std::string_view date_line() const { return date_line_; }
  std::string& log_buffer() { return log_buf_; }
  const std::string& clf_date() const { return clf_date_; }

  std::list<Connection*>::iterator Register(Connection* c) {
    return connections_.insert(connections_.end(), c);
  }
  void Unregister(std::list<Connection*>::iterator it) { connections_.erase(it); }

  void StartSweep();
  void BeginStop(SteadyTime hard_deadline);
  void FlushLog();

 private:
  void Tick();
  void Sweep();

  Shared& shared_;
  asio::io_context ioc_;
  asio::steady_timer sweep_timer_;
  SteadyTime now_;
  std::string date_line_;
  std::string clf_date_;
  std::string log_buf_;
  std::list<Connection*> connections_;
  std::optional<SteadyTime> hard_deadline_;
};

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(Worker& worker, tcp::socket socket)
      : worker_(worker), shared_(worker.shared()), socket_(std::move(socket)) {
    self_in_list_ = worker_.Register(this);
    beast::error_code ec;
    auto ep = socket_.remote_endpoint(ec);
    if (!ec) {
      const auto address = ep.address();
      request_.peer_address = address.to_string();
      peer_ = address.is_v4() ? IpAddress::V4(address.to_v4().to_bytes())
                              : IpAddress::V6(address.to_v6().to_bytes());
      peer_known_ = true;
    }
    socket_.set_option(tcp::no_delay(true), ec);
  }
  ~Connection() { worker_.Unregister(self_in_list_); }

  void Start() { ReadRequest(); }

  // Whether the connection waits for a request of which nothing has arrived.
  bool Idle() const { return state_ == State::kReading && buffer_.size() == 0; }
  SteadyTime deadline() const { return deadline_; }
  void Cancel() {
    beast::error_code ec;
    socket_.close(ec);
  }

 private:
  enum class State { kReading, kWriting, kLingering };

  void ReadRequest() {
    request_.Clear();
    too_large_ = nullptr;
    request_.remote_address = request_.peer_address;
    parser_.emplace(request_);
    parser_->header_limit(shared_.options.header_limit);
    // With routes of their own limit, the limit is applied once the header has named the
    // route (OnHeader), before any body byte is read.
    if (shared_.router.LargestBodyLimit() > shared_.options.body_limit) {
      // Not boost::none: Beast compares Content-Length with the optional, and none is
      // less than any number.
      parser_->body_limit(std::numeric_limits<uint64_t>::max());
    } else {
      parser_->body_limit(shared_.options.body_limit);
    }
    state_ = State::kReading;
    deadline_ = worker_.now() + shared_.options.read_timeout;
    beast::http::async_read_header(
        socket_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    ResolveClientAddress();
    if (!parser_->is_done()) {
      uint64_t limit = shared_.options.body_limit;
      if (shared_.router.LargestBodyLimit() > limit) {
        const auto match = shared_.router.Find(request_.method, request_.Path());
        const RouteOptions* options = match ? match->options : nullptr;
        if (options && options->body_limit) limit = *options->body_limit;
        // Kept for a body that turns out too large while it is read (chunked, no length).
        too_large_ = options ? options->too_large : nullptr;
        if (options && options->read_timeout) {
          deadline_ = std::max(deadline_, worker_.now() + *options->read_timeout);
        }
        const auto length = parser_->content_length();
        if (length && *length > limit) {
          if (options && options->too_large) return SendAnswer(options->too_large());
          return SendError(413);
        }
        parser_->body_limit(limit);
      }
      beast::http::async_read(
          socket_, buffer_, *parser_,
          [self = shared_from_this()](beast::error_code ec, size_t) { self->OnBody(ec); });
      return;
    }
    Handle();
  }

  void OnBody(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    Handle();
  }

  void OnReadError(beast::error_code ec) {
    using he = beast::http::error;
    if (ec == he::header_limit) return SendError(431);
    if (ec == he::body_limit) return too_large_ ? SendAnswer(too_large_()) : SendError(413);
    if (ec == he::end_of_stream || ec == asio::error::eof || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == he::partial_message) {
      return Cancel();
    }
    // Any other parse failure is a malformed request.
    if (ec.category() == beast::http::make_error_code(he::bad_target).category()) {
      return SendError(400);
    }
    Cancel();
  }

  // With trusted proxies in front, the client's address is the one they forwarded.
  void ResolveClientAddress() {
    const TrustedProxies& proxies = shared_.options.trusted_proxies;
    if (proxies.empty() || !peer_known_) return;
    const IpAddress client = proxies.ClientAddress(peer_, request_);
    if (client != peer_) request_.remote_address = client.ToString();
  }

  void SendError(int status) { SendAnswer(ServerError(status)); }

  // Answers a request whose body will not be read, then closes the connection.
  void SendAnswer(Response r) {
    request_.keep_alive = false;
    linger_ = true;
    if (request_.method_text.empty()) request_.method_text = "-";
    ServeDynamic(std::move(r), false);
    Write();
  }

  void Handle() {
    const bool head = request_.method == Method::kHead;
    const bool get = request_.method == Method::kGet || head;
    if (request_.target.empty() || request_.target.front() != '/') {
      linger_ = true;
      request_.keep_alive = false;
      ServeDynamic(ServerError(400), head);
      return Write();
    }
    if (get) {
      if (auto page = shared_.cache.Find(request_.target)) {
        ServePage(std::move(page), head);
        return Write();
      }
    }
    std::string_view path = request_.Path();
    auto match = shared_.router.Find(request_.method, path);
    if (match && !match->method_allowed) {
      ServeDynamic(ServerError(405), head);
      return Write();
    }
    const Handler* handler = match ? match->handler : &shared_.options.not_found;
    if (!*handler) {
      ServeDynamic(Response::Text(404, "Không tìm thấy trang.\n"), head);
      return Write();
    }
    std::string key;
    if (get && match) {
      key = Router::CacheKey(path, request_.Query(), *match->options);
      if (key != request_.target) {
        if (auto page = shared_.cache.Find(key)) {
          ServePage(std::move(page), head);
          return Write();
        }
      }
    }
    uint64_t generation = shared_.cache.generation();
    Response r;
    PathParams no_params;
    try {
      r = (*handler)(request_, match ? match->params : no_params);
    } catch (const std::exception& e) {
      spdlog::error("handler for {} {} failed: {}", request_.method_text, request_.target,
                    e.what());
      r = ServerError(500);
    }
    // A path with escapes is another spelling of a plain one (slugs are ASCII): answer it
    // but do not keep it, so spellings cannot crowd the cache.
    bool keep = path.find('%') == std::string_view::npos;
    if (get && match && r.cacheable && r.status == 200 && keep) {
      // A cached page changes only by being dropped and rendered again, so the time of
      // rendering is a true Last-Modified.
      if (!r.last_modified) r.last_modified = Clock::System().Now();
      auto page = CachedPage::Build(r, shared_.options.extra_headers);
      shared_.cache.Insert(std::move(key), page, generation);
      ServePage(std::move(page), head);
    } else {
      if (get && !head && r.on_serve) r.on_serve(request_);
      ServeDynamic(std::move(r), head);
    }
    Write();
  }

  // Fills bufs_ with head, connection line, date, blank line and body.
  void Gather(std::string_view head, std::string_view body) {
    close_after_ = !request_.keep_alive || shared_.stopping.load(std::memory_order_relaxed);
    std::string_view conn = close_after_             ? kConnectionClose
                            : request_.version == 10 ? kConnectionKeepAlive
                                                     : std::string_view{};
    bufs_[0] = asio::buffer(head.data(), head.size());
    bufs_[1] = asio::buffer(conn.data(), conn.size());
    std::string_view date = worker_.date_line();
    bufs_[2] = asio::buffer(date.data(), date.size());
    bufs_[3] = asio::buffer(kCrlf.data(), kCrlf.size());
    bufs_[4] = asio::buffer(body.data(), body.size());
    body_bytes_ = body.size();
  }

  void ServePage(std::shared_ptr<const CachedPage> page, bool head) {
    if (!head && page->on_serve()) page->on_serve()(request_);
    Encoding enc = ChooseEncoding(request_.Header("accept-encoding"));
    bool not_modified = false;
    if (page->status() == 200) {
      std::string_view inm = request_.Header("if-none-match");
      if (!inm.empty()) {
        not_modified = page->MatchesEtag(inm);
      } else if (page->last_modified()) {
        std::string_view ims = request_.Header("if-modified-since");
        if (!ims.empty()) {
          auto t = ParseHttpDate(ims);
          not_modified = t && *page->last_modified() <= *t;
        }
      }
    }
    status_ = not_modified ? 304 : page->status();
    if (not_modified) {
      Gather(page->NotModifiedHead(enc), {});
    } else {
      Gather(page->Head(enc), head ? std::string_view{} : std::string_view(page->Body(enc)));
    }
    page_ = std::move(page);
  }

  void ServeDynamic(Response r, bool head) {
    status_ = r.status;
    dyn_body_ = std::move(r.body);
    dyn_head_ = SerializeHead(r, dyn_body_.size(), shared_.options.extra_headers);
    Gather(dyn_head_, head ? std::string_view{} : std::string_view(dyn_body_));
  }

  void Write() {
    state_ = State::kWriting;
    deadline_ = worker_.now() + shared_.options.write_timeout;
    asio::async_write(socket_, bufs_, [self = shared_from_this()](beast::error_code ec, size_t) {
      self->OnWritten(ec);
    });
  }

  void OnWritten(beast::error_code ec) {
    LogAccess();
    page_.reset();
    if (ec) return Cancel();
    if (close_after_) {
      if (linger_) return Linger();
      beast::error_code ignored;
      socket_.shutdown(tcp::socket::shutdown_send, ignored);
      return Cancel();
    }
    ReadRequest();
  }

  // After an error answer the client may still be sending (a huge body, a huge header):
  // read and discard for a moment so closing does not reset the connection before the
  // client has read the answer.
  void Linger() {
    state_ = State::kLingering;
    beast::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_send, ignored);
    deadline_ = worker_.now() + kLingerTime;
    DiscardSome();
  }

  void DiscardSome() {
    socket_.async_read_some(asio::buffer(discard_),
                            [self = shared_from_this()](beast::error_code ec, size_t n) {
                              self->lingered_ += n;
                              if (ec || self->lingered_ > kLingerBytes) return self->Cancel();
                              self->DiscardSome();
                            });
  }

  void LogAccess() {
    if (shared_.log_fd < 0) return;
    std::string& out = worker_.log_buffer();
    out.append(request_.remote_address.empty() ? "-" : request_.remote_address);
    out.append(" - - [").append(worker_.clf_date()).append("] \"");
    AppendLogField(out, request_.method_text);
    out.push_back(' ');
    AppendLogField(out, request_.target);
    out.append(request_.version == 10 ? " HTTP/1.0\" " : " HTTP/1.1\" ");
    out.append(std::to_string(status_)).push_back(' ');
    out.append(std::to_string(body_bytes_)).append(" \"");
    AppendLogField(out, request_.Header("referer"));
    out.append("\" \"");
    AppendLogField(out, request_.Header("user-agent"));
    out.append("\"\n");
    if (out.size() > 64 * 1024) worker_.FlushLog();
  }

  Worker& worker_;
  Shared& shared_;
  tcp::socket socket_;
  IpAddress peer_;
  bool peer_known_ = false;
  // The route's own answer to a body over its limit, for the request being read.
  std::function<Response()> too_large_;
  std::list<Connection*>::iterator self_in_list_;
  beast::flat_buffer buffer_;
  std::optional<RequestParser> parser_;
  Request request_;
  State state_ = State::kReading;
  SteadyTime deadline_;

  std::array<asio::const_buffer, 5> bufs_;
  std::shared_ptr<const CachedPage> page_;  // kept alive while its bytes are written
  std::string dyn_head_;
  std::string dyn_body_;
  int status_ = 0;
  size_t body_bytes_ = 0;
  bool close_after_ = false;
  bool linger_ = false;
  size_t lingered_ = 0;
  std::array<char, 16 * 1024> discard_;
};

void Worker::Tick() {
  now_ = std::chrono::steady_clock::now();
  auto wall = std::chrono::system_clock::now();
  date_line_ = "Date: " + FormatHttpDate(std::chrono::floor<std::chrono::seconds>(wall)) + "\r\n";
  clf_date_ = ClfDate(wall);
}

void Worker::StartSweep() {
  sweep_timer_.expires_after(std::chrono::seconds(1));
  sweep_timer_.async_wait([this](beast::error_code ec) {
    if (ec) return;
    Sweep();
  });
}

void Worker::Sweep() {
  Tick();
  // Closing cancels the connection's pending operation; its handler then releases it,
  // which unregisters it — so iterate over a copy of the pointers.
  std::vector<Connection*> expired;
  bool stopping = shared_.stopping.load();
  for (Connection* c : connections_) {
    if (c->deadline() < now_ || (stopping && c->Idle())) expired.push_back(c);
  }
  for (Connection* c : expired) c->Cancel();
  FlushLog();
  if (stopping) {
    if (connections_.empty()) return;  // nothing left: let run() return
    if (hard_deadline_ && now_ > *hard_deadline_) {
      ioc_.stop();
      return;
    }
  }
  StartSweep();
}

void Worker::BeginStop(SteadyTime hard_deadline) {
  hard_deadline_ = hard_deadline;
  std::vector<Connection*> idle;
  for (Connection* c : connections_) {
    if (c->Idle()) idle.push_back(c);
  }
  for (Connection* c : idle) c->Cancel();
}

void Worker::FlushLog() {
  if (log_buf_.empty() || shared_.log_fd < 0) return;
  // O_APPEND makes each write land whole at the end, whatever the other threads do.
  ssize_t n = ::write(shared_.log_fd, log_buf_.data(), log_buf_.size());
  (void)n;
  log_buf_.clear();
}

class Server::Impl {
 public:
  Impl(ServerOptions options, const Router& router, PageCache& cache)
      : shared_{std::move(options), router, cache} {
    int n = shared_.options.threads > 0 ? shared_.options.threads
                                        : static_cast<int>(std::thread::hardware_concurrency());
    if (n < 1) n = 1;
    for (int i = 0; i < n; ++i) workers_.push_back(std::make_unique<Worker>(shared_));
    acceptor_.emplace(workers_[0]->ioc());
    signals_.emplace(workers_[0]->ioc(), SIGINT, SIGTERM);
  }

  ~Impl() {
    if (shared_.log_fd >= 0) ::close(shared_.log_fd);
  }

  Result<void> Listen() {
    beast::error_code ec;
    auto addr = asio::ip::make_address(shared_.options.host, ec);
    if (ec) return Fail(Error::InvalidArgument("bad listen address: " + shared_.options.host));
    tcp::endpoint ep(addr, shared_.options.port);
    acceptor_->open(ep.protocol(), ec);
    if (!ec) acceptor_->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_->bind(ep, ec);
    if (!ec) acceptor_->listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return Fail(Error::Io("cannot listen on " + shared_.options.host + ":" +
                            std::to_string(shared_.options.port) + ": " + ec.message()));
    }
    if (!shared_.options.access_log.empty()) {
      shared_.log_fd = ::open(shared_.options.access_log.c_str(),
                              O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
      if (shared_.log_fd < 0) {
        return Fail(Error::Io("cannot open access log " + shared_.options.access_log));
      }
    }
    return {};
  }

  uint16_t port() const {
    beast::error_code ec;
    auto ep = acceptor_->local_endpoint(ec);
    return ec ? 0 : ep.port();
  }

  void Run() {
    signals_->async_wait([this](beast::error_code ec, int) {
      if (!ec) Stop();
    });
    Accept();
    for (auto& w : workers_) {
      asio::post(w->ioc(), [w = w.get()] { w->StartSweep(); });
    }
    std::vector<std::thread> threads;
    for (size_t i = 1; i < workers_.size(); ++i) {
      threads.emplace_back([w = workers_[i].get()] { w->ioc().run(); });
    }
    workers_[0]->ioc().run();
    for (auto& t : threads) t.join();
    for (auto& w : workers_) w->FlushLog();
  }

  void Stop() {
    if (shared_.stopping.exchange(true)) return;
    auto hard = std::chrono::steady_clock::now() + shared_.options.drain_timeout;
    asio::post(workers_[0]->ioc(), [this] {
      beast::error_code ec;
      acceptor_->close(ec);
      signals_->cancel(ec);
    });
    for (auto& w : workers_) {
      asio::post(w->ioc(), [w = w.get(), hard] { w->BeginStop(hard); });
    }
  }

 private:
  void Accept() {
    Worker& target = *workers_[next_worker_];
    next_worker_ = (next_worker_ + 1) % workers_.size();
    acceptor_->async_accept(target.ioc(), [this, &target](beast::error_code ec, tcp::socket s) {
      if (ec == asio::error::operation_aborted || shared_.stopping) return;
      if (ec) {
        // Out of descriptors and similar: keep serving the connections we have.
        spdlog::warn("accept failed: {}", ec.message());
      } else {
        asio::post(target.ioc(), [&target, s = std::move(s)]() mutable {
          std::make_shared<Connection>(target, std::move(s))->Start();
        });
      }
      Accept();
    });
  }

  Shared shared_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::optional<tcp::acceptor> acceptor_;
  std::optional<asio::signal_set> signals_;
  size_t next_worker_ = 0;
};

Server::Server(ServerOptions options, const Router& router, PageCache& cache)
    : impl_(std::make_unique<Impl>(std::move(options), router, cache)) {}
Server::~Server() = default;
Result<void> Server::Listen() { return impl_->Listen(); }
uint16_t Server::port() const { return impl_->port(); }
void Server::Run() { impl_->Run(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace toasoan::http

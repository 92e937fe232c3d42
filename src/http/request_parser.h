#pragma once

#include <utility>

#include <boost/beast/http/basic_parser.hpp>

#include "http/request.h"

namespace toasoan::http {

// Beast's HTTP/1 parser feeding a reusable Request: no per-request allocation once the
// connection's strings have grown. Limits (header bytes, body bytes, header count) are
// enforced by Beast before the body is read.
class RequestParser : public boost::beast::http::basic_parser<true> {
 public:
  static constexpr size_t kMaxHeaders = 100;

  explicit RequestParser(Request& request) : request_(request) {}

 private:
  using error_code = boost::beast::error_code;
  using string_view = boost::beast::string_view;
  using verb = boost::beast::http::verb;
  using field = boost::beast::http::field;

  void on_request_impl(verb method, string_view method_str, string_view target, int version,
                       error_code& ec) override;
  void on_response_impl(int, string_view, int, error_code& ec) override;
  void on_field_impl(field name, string_view name_string, string_view value,
                     error_code& ec) override;
  void on_header_impl(error_code& ec) override;
  void on_body_init_impl(const boost::optional<std::uint64_t>& content_length,
                         error_code& ec) override;
  std::size_t on_body_impl(string_view body, error_code& ec) override;
  void on_chunk_header_impl(std::uint64_t size, string_view extensions, error_code& ec) override;
  std::size_t on_chunk_body_impl(std::uint64_t remain, string_view body, error_code& ec) override;
  void on_finish_impl(error_code& ec) override;

  Request& request_;
};

}  // namespace toasoan::http

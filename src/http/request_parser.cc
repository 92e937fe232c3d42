#include "http/request_parser.h"

#include <boost/beast/http/error.hpp>

namespace toasoan::http {

namespace bhttp = boost::beast::http;

void RequestParser::on_request_impl(verb method, string_view method_str, string_view target,
                                    int version, error_code& ec) {
  switch (method) {
    case verb::get:
      request_.method = Method::kGet;
      break;
    case verb::head:
      request_.method = Method::kHead;
      break;
    case verb::post:
      request_.method = Method::kPost;
      break;
    case verb::put:
      request_.method = Method::kPut;
      break;
    case verb::patch:
      request_.method = Method::kPatch;
      break;
    case verb::delete_:
      request_.method = Method::kDelete;
      break;
    case verb::options:
      request_.method = Method::kOptions;
      break;
    default:
      request_.method = Method::kOther;
      break;
  }
  request_.method_text.assign(method_str);
  request_.target.assign(target);
  request_.version = version;
}

void RequestParser::on_response_impl(int, string_view, int, error_code& ec) {
  ec = bhttp::error::bad_method;
}

void RequestParser::on_field_impl(field, string_view name, string_view value, error_code& ec) {
  if (request_.header_count >= kMaxHeaders) {
    ec = bhttp::error::header_limit;
    return;
  }
  request_.AddHeader(name, value);
}

void RequestParser::on_header_impl(error_code&) { request_.keep_alive = keep_alive(); }

void RequestParser::on_body_init_impl(const boost::optional<std::uint64_t>& content_length,
                                      error_code&) {
  if (content_length) request_.body.reserve(static_cast<size_t>(*content_length));
}

std::size_t RequestParser::on_body_impl(string_view body, error_code&) {
  request_.body.append(body);
  return body.size();
}

void RequestParser::on_chunk_header_impl(std::uint64_t, string_view, error_code&) {}

std::size_t RequestParser::on_chunk_body_impl(std::uint64_t, string_view body, error_code&) {
  request_.body.append(body);
  return body.size();
}

void RequestParser::on_finish_impl(error_code&) {}

}  // namespace toasoan::http

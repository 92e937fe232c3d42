#include "http/cached_page.h"

#include <cinttypes>
#include <cstdio>

#include "http/http_date.h"

namespace toasoan::http {
namespace {

constexpr size_t kCompressMin = 512;

bool IsCompressible(std::string_view content_type) {
  return content_type.starts_with("text/") || content_type.starts_with("application/json") ||
         content_type.starts_with("application/xml") ||
         content_type.starts_with("application/rss+xml") ||
         content_type.starts_with("application/atom+xml") ||
         content_type.starts_with("application/javascript") ||
         content_type.starts_with("image/svg+xml");
}

// FNV-1a, 64 bits: stable across runs and machines, so every node of a site gives the
// same page the same ETag.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

void AppendHeader(std::string& out, std::string_view name, std::string_view value) {
  out.append(name).append(": ").append(value).append("\r\n");
}

void AppendStatusLine(std::string& out, int status) {
  out.append("HTTP/1.1 ").append(std::to_string(status)).append(" ").append(ReasonPhrase(status));
  out.append("\r\n");
}

}  // namespace

std::string SerializeHead(const Response& r, size_t content_length,
                          std::string_view extra_headers) {
  std::string out;
  out.reserve(256 + extra_headers.size());
  AppendStatusLine(out, r.status);
  if (!r.content_type.empty()) AppendHeader(out, "Content-Type", r.content_type);
  AppendHeader(out, "Content-Length", std::to_string(content_length));
  if (!r.cache_control.empty()) AppendHeader(out, "Cache-Control", r.cache_control);
  for (const auto& [name, value] : r.headers) AppendHeader(out, name, value);
  out.append(extra_headers);
  return out;
}

std::shared_ptr<const CachedPage> CachedPage::Build(const Response& r,
                                                    std::string_view extra_headers) {
  auto page = std::make_shared<CachedPage>();
  page->status_ = r.status;
  page->last_modified_ = r.last_modified;
  page->tags_ = r.tags;
  page->on_serve_ = r.on_serve;
  char etag[24];
  std::snprintf(etag, sizeof etag, "%016" PRIx64, Fnv1a(r.body));
  page->etag_ = etag;

  page->bodies_[0] = r.body;
  if (r.body.size() >= kCompressMin && IsCompressible(r.content_type)) {
    page->bodies_[1] = GzipCompress(r.body);
    page->bodies_[2] = BrotliCompress(r.body);
    for (size_t i = 1; i < 3; ++i) {
      if (page->bodies_[i].size() >= r.body.size()) page->bodies_[i].clear();
    }
  }
  static constexpr std::array<std::string_view, 3> kSuffix{"", "-gz", "-br"};
  static constexpr std::array<std::string_view, 3> kCoding{"", "gzip", "br"};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0 && page->bodies_[i].empty()) continue;
    std::string common;
    AppendHeader(common, "ETag", "\"" + page->etag_ + std::string(kSuffix[i]) + "\"");
    if (r.last_modified) AppendHeader(common, "Last-Modified", FormatHttpDate(*r.last_modified));
    if (!page->bodies_[1].empty() || !page->bodies_[2].empty()) {
      AppendHeader(common, "Vary", "Accept-Encoding");
    }
    if (!r.cache_control.empty()) AppendHeader(common, "Cache-Control", r.cache_control);

    std::string& head = page->heads_[i];
    AppendStatusLine(head, r.status);
    if (!r.content_type.empty()) AppendHeader(head, "Content-Type", r.content_type);
    AppendHeader(head, "Content-Length", std::to_string(page->bodies_[i].size()));
    if (i > 0) AppendHeader(head, "Content-Encoding", kCoding[i]);
    for (const auto& [name, value] : r.headers) AppendHeader(head, name, value);
    head.append(common).append(extra_headers);

    std::string& head304 = page->heads_304_[i];
    AppendStatusLine(head304, 304);
    head304.append(common).append(extra_headers);
  }
  return page;
}

bool CachedPage::MatchesEtag(std::string_view inm) const {
  size_t pos = 0;
  while (pos < inm.size()) {
    size_t comma = inm.find(',', pos);
    std::string_view tag =
        inm.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
    pos = comma == std::string_view::npos ? inm.size() : comma + 1;
    while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
    while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
    if (tag == "*") return true;
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag.size() < 2 || tag.front() != '"' || tag.back() != '"') continue;
    tag = tag.substr(1, tag.size() - 2);
    // Any coding of the same content is the same representation to a cache revalidating.
    if (tag.starts_with(etag_) &&
        (tag.size() == etag_.size() || tag.substr(etag_.size()) == "-gz" ||
         tag.substr(etag_.size()) == "-br")) {
      return true;
    }
  }
  return false;
}

size_t CachedPage::bytes() const {
  size_t n = sizeof(*this);
  for (size_t i = 0; i < 3; ++i) n += heads_[i].size() + heads_304_[i].size() + bodies_[i].size();
  return n;
}

}  // namespace toasoan::http

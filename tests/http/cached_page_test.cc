#include "http/cached_page.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <optional>
#include <string>
#include <vector>

#include "http/request.h"

namespace toasoan::http {
namespace {

constexpr std::string_view kExtra = "X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n";

std::string ArticleHtml() {
  std::string html = "<!doctype html><html lang=\"vi\"><body><h1>QUẬN ỦY, HUYỆN ỦY</h1>";
  for (int i = 0; i < 100; ++i) {
    html += "<p>Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận ";
    html += std::to_string(i);
    html += "</p>\n";
  }
  return html + "</body></html>";
}

Response Page(std::string body, std::string content_type = "text/html; charset=utf-8") {
  Response r;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  r.cacheable = true;
  r.cache_control = "public, max-age=60";
  r.tags = {"article:12", "list:all"};
  return r;
}

// The header lines of a head (after the status line), split at CRLF.
std::vector<std::string> Lines(std::string_view head) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < head.size()) {
    size_t end = head.find("\r\n", pos);
    if (end == std::string_view::npos) {
      out.emplace_back(head.substr(pos));  // not CRLF-terminated: kept so tests can see it
      break;
    }
    out.emplace_back(head.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}

// The value of the only field `name` in `head`; nullopt if absent, "<many>" if repeated.
std::optional<std::string> Field(std::string_view head, std::string_view name) {
  std::optional<std::string> found;
  std::string prefix = std::string(name) + ": ";
  for (const auto& line : Lines(head)) {
    if (line.starts_with(prefix)) {
      if (found) return "<many>";
      found = line.substr(prefix.size());
    }
  }
  return found;
}

bool Gunzip(std::string_view in, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return false;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char buf[4096];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    rc = inflate(&zs, Z_NO_FLUSH);
    out->append(buf, sizeof buf - zs.avail_out);
  }
  bool consumed_all = zs.avail_in == 0;
  inflateEnd(&zs);
  return rc == Z_STREAM_END && consumed_all;
}

// The ETag value of the identity head, without quotes.
std::string EtagOf(const CachedPage& page) {
  std::string v = Field(page.Head(Encoding::kIdentity), "ETag").value_or("");
  if (v.size() < 2) return v;
  return v.substr(1, v.size() - 2);
}

constexpr Encoding kAll[] = {Encoding::kIdentity, Encoding::kGzip, Encoding::kBrotli};

TEST(CachedPageTest, HeadsStartWithStatusLineAndCarryContentLengthOfTheirBody) {
  auto page = CachedPage::Build(Page(ArticleHtml()), kExtra);
  EXPECT_EQ(page->status(), 200);
  for (Encoding e : kAll) {
    const std::string& head = page->Head(e);
    EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head;
    EXPECT_TRUE(head.ends_with("\r\n"));
    EXPECT_FALSE(head.ends_with("\r\n\r\n")) << "the blank line is the server's";
    EXPECT_EQ(Field(head, "Content-Length"), std::to_string(page->Body(e).size())) << head;
    EXPECT_EQ(Field(head, "Content-Type"), "text/html; charset=utf-8");
    EXPECT_EQ(Field(head, "Cache-Control"), "public, max-age=60");
    EXPECT_FALSE(Field(head, "Date").has_value());
    EXPECT_FALSE(Field(head, "Connection").has_value());
  }
  EXPECT_EQ(page->Body(Encoding::kIdentity), ArticleHtml());
}

TEST(CachedPageTest, TextBodyIsKeptInThreeCodings) {
  std::string html = ArticleHtml();
  auto page = CachedPage::Build(Page(html), kExtra);
  const std::string& id = page->Body(Encoding::kIdentity);
  const std::string& gz = page->Body(Encoding::kGzip);
  const std::string& br = page->Body(Encoding::kBrotli);
  EXPECT_LT(gz.size(), id.size());
  EXPECT_LT(br.size(), id.size());
  EXPECT_NE(gz, br);

  EXPECT_FALSE(Field(page->Head(Encoding::kIdentity), "Content-Encoding").has_value());
  EXPECT_EQ(Field(page->Head(Encoding::kGzip), "Content-Encoding"), "gzip");
  EXPECT_EQ(Field(page->Head(Encoding::kBrotli), "Content-Encoding"), "br");
  for (Encoding e : kAll) EXPECT_EQ(Field(page->Head(e), "Vary"), "Accept-Encoding");

  std::string inflated;
  ASSERT_TRUE(Gunzip(gz, &inflated));
  EXPECT_EQ(inflated, html);
  // Brotli output is not gzip: a client told "br" must not get gzip bytes.
  EXPECT_FALSE(Gunzip(br, &inflated));
}

TEST(CachedPageTest, EachCodingHasItsOwnEtagOfTheSameContent) {
  auto page = CachedPage::Build(Page(ArticleHtml()), kExtra);
  std::string etag = EtagOf(*page);
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(Field(page->Head(Encoding::kGzip), "ETag"), "\"" + etag + "-gz\"");
  EXPECT_EQ(Field(page->Head(Encoding::kBrotli), "ETag"), "\"" + etag + "-br\"");

  // Same body, same ETag (every node agrees); another body, another ETag.
  auto again = CachedPage::Build(Page(ArticleHtml()), "");
  EXPECT_EQ(EtagOf(*again), etag);
  auto other = CachedPage::Build(Page(ArticleHtml() + " "), kExtra);
  EXPECT_NE(EtagOf(*other), etag);
}

TEST(CachedPageTest, SmallBodyIsNotCompressedAndEveryCodingServesIdentity) {
  std::string body(511, 'a');
  auto page = CachedPage::Build(Page(body), kExtra);
  for (Encoding e : kAll) {
    EXPECT_EQ(page->Body(e), body);
    EXPECT_EQ(page->Head(e), page->Head(Encoding::kIdentity));
    EXPECT_EQ(page->NotModifiedHead(e), page->NotModifiedHead(Encoding::kIdentity));
    EXPECT_FALSE(Field(page->Head(e), "Content-Encoding").has_value());
    EXPECT_FALSE(Field(page->Head(e), "Vary").has_value());
    EXPECT_EQ(Field(page->Head(e), "Content-Length"), "511");
  }
}

TEST(CachedPageTest, BodyOfExactly512BytesIsCompressed) {
  auto page = CachedPage::Build(Page(std::string(512, 'a')), kExtra);
  EXPECT_LT(page->Body(Encoding::kGzip).size(), 512u);
  EXPECT_EQ(Field(page->Head(Encoding::kGzip), "Content-Encoding"), "gzip");
}

TEST(CachedPageTest, NonTextTypeIsNotCompressed) {
  std::string png = "\x89PNG\r\n\x1a\n" + std::string(4000, '\0');
  auto page = CachedPage::Build(Page(png, "image/png"), kExtra);
  for (Encoding e : kAll) {
    EXPECT_EQ(page->Body(e), png);
    EXPECT_FALSE(Field(page->Head(e), "Content-Encoding").has_value());
    EXPECT_EQ(Field(page->Head(e), "Content-Type"), "image/png");
  }
}

TEST(CachedPageTest, JsonAndFeedsAreCompressed) {
  std::string json = "[";
  for (int i = 0; i < 100; ++i) json += "{\"tieu_de\":\"Dân vận khéo\"},";
  json += "{}]";
  for (const char* type :
       {"application/json; charset=utf-8", "application/rss+xml", "image/svg+xml", "text/css"}) {
    auto page = CachedPage::Build(Page(json, type), "");
    EXPECT_EQ(Field(page->Head(Encoding::kGzip), "Content-Encoding"), "gzip") << type;
  }
}

TEST(CachedPageTest, IncompressibleTextFallsBackToIdentity) {
  // Bytes that do not shrink: a coding that would grow the body is not kept.
  std::string noise;
  uint32_t x = 2463534242u;
  for (int i = 0; i < 4096; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    noise.push_back(static_cast<char>(x & 0xff));
  }
  auto page = CachedPage::Build(Page(noise, "text/plain"), "");
  EXPECT_EQ(page->Body(Encoding::kGzip), noise);
  EXPECT_EQ(page->Head(Encoding::kGzip), page->Head(Encoding::kIdentity));
}

TEST(CachedPageTest, EmptyBodyServesIdentityHeadForEveryCoding) {
  auto page = CachedPage::Build(Page(""), kExtra);
  for (Encoding e : kAll) {
    EXPECT_TRUE(page->Head(e).starts_with("HTTP/1.1 200 OK\r\n")) << static_cast<int>(e);
    EXPECT_EQ(Field(page->Head(e), "Content-Length"), "0");
    EXPECT_TRUE(page->NotModifiedHead(e).starts_with("HTTP/1.1 304 Not Modified\r\n"));
    EXPECT_TRUE(page->Body(e).empty());
  }
}

TEST(CachedPageTest, MatchesEtag) {
  auto page = CachedPage::Build(Page(ArticleHtml()), kExtra);
  std::string etag = EtagOf(*page);
  ASSERT_EQ(etag.size(), 16u);

  EXPECT_TRUE(page->MatchesEtag("\"" + etag + "\""));
  EXPECT_TRUE(page->MatchesEtag("W/\"" + etag + "\""));
  EXPECT_TRUE(page->MatchesEtag("\"" + etag + "-gz\""));
  EXPECT_TRUE(page->MatchesEtag("\"" + etag + "-br\""));
  EXPECT_TRUE(page->MatchesEtag("W/\"" + etag + "-br\""));
  EXPECT_TRUE(page->MatchesEtag("*"));
  EXPECT_TRUE(page->MatchesEtag("\"0000000000000000\", \"" + etag + "\""));
  EXPECT_TRUE(page->MatchesEtag("\"a\",W/\"" + etag + "-gz\" , \"b\""));
  EXPECT_TRUE(page->MatchesEtag(" \t\"" + etag + "\"\t "));

  EXPECT_FALSE(page->MatchesEtag(""));
  EXPECT_FALSE(page->MatchesEtag("\"0000000000000000\""));
  EXPECT_FALSE(page->MatchesEtag("\"0000000000000000\", W/\"1111111111111111\""));
  EXPECT_FALSE(page->MatchesEtag(etag));  // unquoted
  EXPECT_FALSE(page->MatchesEtag("\"" + etag + "-zz\""));
  EXPECT_FALSE(page->MatchesEtag("\"" + etag + "x\""));
  EXPECT_FALSE(page->MatchesEtag("\"" + etag.substr(0, 15) + "\""));
  EXPECT_FALSE(page->MatchesEtag("\"\""));
  EXPECT_FALSE(page->MatchesEtag("\""));
  EXPECT_FALSE(page->MatchesEtag("W/"));

  auto other = CachedPage::Build(Page(ArticleHtml() + "!"), kExtra);
  EXPECT_FALSE(other->MatchesEtag("\"" + etag + "\""));
}

TEST(CachedPageTest, NotModifiedHeadIs304WithValidatorsAndNoContentLength) {
  Response r = Page(ArticleHtml());
  r.last_modified = FromUnixSeconds(784111777);
  r.headers.emplace_back("Link", "</static/site.css>; rel=preload");
  auto page = CachedPage::Build(r, kExtra);
  for (Encoding e : kAll) {
    const std::string& head = page->NotModifiedHead(e);
    EXPECT_TRUE(head.starts_with("HTTP/1.1 304 Not Modified\r\n")) << head;
    EXPECT_FALSE(Field(head, "Content-Length").has_value()) << head;
    EXPECT_FALSE(Field(head, "Content-Encoding").has_value()) << head;
    EXPECT_FALSE(Field(head, "Content-Type").has_value()) << head;
    EXPECT_EQ(Field(head, "ETag"), Field(page->Head(e), "ETag"));
    EXPECT_EQ(Field(head, "Last-Modified"), "Sun, 06 Nov 1994 08:49:37 GMT");
    EXPECT_EQ(Field(head, "Cache-Control"), "public, max-age=60");
    EXPECT_EQ(Field(head, "Vary"), "Accept-Encoding");
    EXPECT_TRUE(head.ends_with(kExtra));
  }
}

TEST(CachedPageTest, LastModifiedIsFormattedAndKept) {
  Response r = Page(ArticleHtml());
  r.last_modified = FromUnixSeconds(1602790440);
  auto page = CachedPage::Build(r, "");
  for (Encoding e : kAll) {
    EXPECT_EQ(Field(page->Head(e), "Last-Modified"), "Thu, 15 Oct 2020 19:34:00 GMT");
  }
  ASSERT_TRUE(page->last_modified().has_value());
  EXPECT_EQ(ToUnixSeconds(*page->last_modified()), 1602790440);

  auto without = CachedPage::Build(Page(ArticleHtml()), "");
  EXPECT_FALSE(without->last_modified().has_value());
  EXPECT_FALSE(Field(without->Head(Encoding::kIdentity), "Last-Modified").has_value());
  EXPECT_FALSE(Field(without->NotModifiedHead(Encoding::kIdentity), "Last-Modified").has_value());
}

TEST(CachedPageTest, ExtraHeadersAreAppendedToEveryHeadOnce) {
  auto page = CachedPage::Build(Page(ArticleHtml()), kExtra);
  for (Encoding e : kAll) {
    EXPECT_TRUE(page->Head(e).ends_with(kExtra)) << page->Head(e);
    EXPECT_EQ(Field(page->Head(e), "X-Frame-Options"), "DENY");
    EXPECT_EQ(Field(page->Head(e), "X-Content-Type-Options"), "nosniff");
  }
  auto plain = CachedPage::Build(Page(ArticleHtml()), "");
  EXPECT_FALSE(Field(plain->Head(Encoding::kIdentity), "X-Frame-Options").has_value());
  EXPECT_EQ(page->Head(Encoding::kIdentity).size(),
            plain->Head(Encoding::kIdentity).size() + kExtra.size());
}

TEST(CachedPageTest, ResponseHeadersAndStatusAreKept) {
  Response r = Response::Redirect(301, "/quan-uy-huyen-uy/o-mon");
  r.cacheable = true;
  auto page = CachedPage::Build(r, kExtra);
  EXPECT_EQ(page->status(), 301);
  const std::string& head = page->Head(Encoding::kGzip);
  EXPECT_TRUE(head.starts_with("HTTP/1.1 301 Moved Permanently\r\n")) << head;
  EXPECT_EQ(Field(head, "Location"), "/quan-uy-huyen-uy/o-mon");
  EXPECT_EQ(Field(head, "Cache-Control"), "no-cache");
  EXPECT_EQ(page->Body(Encoding::kGzip), "Moved: /quan-uy-huyen-uy/o-mon\n");
}

TEST(CachedPageTest, TagsAreKeptAndBytesCountEveryVariant) {
  auto page = CachedPage::Build(Page(ArticleHtml()), kExtra);
  EXPECT_EQ(page->tags(), (std::vector<std::string>{"article:12", "list:all"}));
  size_t held = 0;
  for (Encoding e : kAll) {
    held += page->Head(e).size() + page->NotModifiedHead(e).size() + page->Body(e).size();
  }
  EXPECT_GE(page->bytes(), held);
  EXPECT_LT(page->bytes(), held + 4096);
}

TEST(SerializeHeadTest, StatusTypeLengthCacheControlHeadersThenExtra) {
  Response r = Response::Json(201, "{\"id\":7}");
  r.headers.emplace_back("Location", "/api/bai-viet/7");
  std::string head = SerializeHead(r, 8, kExtra);
  EXPECT_EQ(head,
            "HTTP/1.1 201 Created\r\n"
            "Content-Type: application/json; charset=utf-8\r\n"
            "Content-Length: 8\r\n"
            "Cache-Control: no-cache\r\n"
            "Location: /api/bai-viet/7\r\n"
            "X-Content-Type-Options: nosniff\r\nX-Frame-Options: DENY\r\n");
}

TEST(SerializeHeadTest, EmptyContentTypeAndCacheControlAreLeftOut) {
  Response r;
  r.status = 204;
  r.content_type.clear();
  r.cache_control.clear();
  EXPECT_EQ(SerializeHead(r, 0, ""), "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n");
}

TEST(CachedPageTest, KeepsTheServeHook) {
  Response r = Page(ArticleHtml());
  int served = 0;
  std::string seen;
  r.on_serve = [&](const Request& req) {
    ++served;
    seen = req.target;
  };
  auto page = CachedPage::Build(r, kExtra);
  ASSERT_TRUE(page->on_serve());
  Request req;
  req.target = "/quan-uy-huyen-uy/o-mon-1";
  page->on_serve()(req);
  EXPECT_EQ(served, 1);
  EXPECT_EQ(seen, "/quan-uy-huyen-uy/o-mon-1");
  EXPECT_FALSE(CachedPage::Build(Page("x"), kExtra)->on_serve());
}

}  // namespace
}  // namespace toasoan::http

#include "http/compression.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace toasoan::http {
namespace {

// Inflates a gzip stream with zlib; false when it is corrupt, cut short or followed by junk.
bool Gunzip(std::string_view in, std::string* out) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return false;  // gzip wrapper only
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

std::string ArticleHtml() {
  std::string html = "<!doctype html><html lang=\"vi\"><body><h1>Ô Môn, Thới Lai</h1>";
  for (int i = 0; i < 200; ++i) {
    html += "<p>Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng, đoạn ";
    html += std::to_string(i);
    html += ".</p>\n";
  }
  return html + "</body></html>";
}

TEST(ChooseEncodingTest, PrefersBrotliThenGzip) {
  EXPECT_EQ(ChooseEncoding("gzip, deflate, br"), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("br"), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("gzip, deflate, br, zstd"), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("gzip"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("deflate, gzip"), Encoding::kGzip);
}

TEST(ChooseEncodingTest, QZeroExcludesACoding) {
  EXPECT_EQ(ChooseEncoding("br;q=0, gzip"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("br; q=0, gzip"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("gzip, br;q=0.000"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("gzip;q=0"), Encoding::kIdentity);
  EXPECT_EQ(ChooseEncoding("br;q=0, gzip;q=0"), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, NonZeroQualityStillAccepts) {
  EXPECT_EQ(ChooseEncoding("br;q=0.1, gzip;q=1.0"), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("gzip;q=0.5"), Encoding::kGzip);
}

TEST(ChooseEncodingTest, IdentityWhenNothingUsable) {
  EXPECT_EQ(ChooseEncoding(""), Encoding::kIdentity);
  EXPECT_EQ(ChooseEncoding("identity"), Encoding::kIdentity);
  EXPECT_EQ(ChooseEncoding("deflate"), Encoding::kIdentity);
  EXPECT_EQ(ChooseEncoding("x-gzip-ish, brotli"), Encoding::kIdentity);
  EXPECT_EQ(ChooseEncoding(","), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, CodingNamesAreCaseInsensitive) {
  EXPECT_EQ(ChooseEncoding("GZIP"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("Gzip, BR"), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("Br;q=0, GZip"), Encoding::kGzip);
}

TEST(ChooseEncodingTest, ToleratesWhitespaceAndEmptyItems) {
  EXPECT_EQ(ChooseEncoding("  gzip  ,  br  "), Encoding::kBrotli);
  EXPECT_EQ(ChooseEncoding("deflate,,gzip,"), Encoding::kGzip);
  EXPECT_EQ(ChooseEncoding("\tgzip"), Encoding::kGzip);
}

TEST(GzipCompressTest, RoundTripsThroughZlib) {
  std::string html = ArticleHtml();
  std::string gz = GzipCompress(html);
  ASSERT_GE(gz.size(), 18u);
  EXPECT_EQ(static_cast<unsigned char>(gz[0]), 0x1f);  // gzip magic
  EXPECT_EQ(static_cast<unsigned char>(gz[1]), 0x8b);
  EXPECT_LT(gz.size(), html.size() / 4);
  std::string back;
  ASSERT_TRUE(Gunzip(gz, &back));
  EXPECT_EQ(back, html);
}

TEST(GzipCompressTest, RoundTripsEmptyAndBinaryInput) {
  std::string back;
  ASSERT_TRUE(Gunzip(GzipCompress(""), &back));
  EXPECT_EQ(back, "");

  std::string binary;
  for (int i = 0; i < 5000; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xff));
  binary.push_back('\0');
  ASSERT_TRUE(Gunzip(GzipCompress(binary), &back));
  EXPECT_EQ(back, binary);
}

TEST(BrotliCompressTest, ShrinksTextAndIsNotGzip) {
  std::string html = ArticleHtml();
  std::string br = BrotliCompress(html);
  ASSERT_FALSE(br.empty());
  EXPECT_LT(br.size(), html.size() / 4);
  EXPECT_FALSE(br.size() >= 2 && static_cast<unsigned char>(br[0]) == 0x1f &&
               static_cast<unsigned char>(br[1]) == 0x8b);
  EXPECT_LE(br.size(), GzipCompress(html).size());
}

TEST(BrotliCompressTest, DeterministicSoEveryNodeServesTheSameBytes) {
  std::string html = ArticleHtml();
  EXPECT_EQ(BrotliCompress(html), BrotliCompress(html));
  EXPECT_EQ(GzipCompress(html), GzipCompress(html));
}

}  // namespace
}  // namespace toasoan::http

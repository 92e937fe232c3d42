#include "http/compression.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <cctype>

namespace toasoan::http {

std::string GzipCompress(std::string_view data) {
  z_stream zs{};
  // windowBits 15 + 16 asks zlib for a gzip wrapper.
  if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  size_t produced = zs.total_out;
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return {};
  out.resize(produced);
  return out;
}

std::string BrotliCompress(std::string_view data) {
  size_t size = BrotliEncoderMaxCompressedSize(data.size());
  if (size == 0) size = data.size() + 1024;
  std::string out(size, '\0');
  // Quality 9 costs a few milliseconds for a 40 KB page, once per render; 11 is ten
  // times slower for a few percent.
  if (!BrotliEncoderCompress(9, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                             reinterpret_cast<const uint8_t*>(data.data()), &size,
                             reinterpret_cast<uint8_t*>(out.data()))) {
    return {};
  }
  out.resize(size);
  return out;
}

namespace {

// The q-value of `coding` in an Accept-Encoding header: -1 when absent.
double QualityOf(std::string_view header, std::string_view coding) {
  double result = -1;
  size_t pos = 0;
  while (pos <= header.size()) {
    size_t comma = header.find(',', pos);
    std::string_view item =
        header.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
    pos = comma == std::string_view::npos ? header.size() + 1 : comma + 1;
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front()))) {
      item.remove_prefix(1);
    }
    size_t semi = item.find(';');
    std::string_view name = item.substr(0, semi);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) {
      name.remove_suffix(1);
    }
    bool match = name.size() == coding.size();
    for (size_t i = 0; match && i < name.size(); ++i) {
      match = std::tolower(static_cast<unsigned char>(name[i])) == coding[i];
    }
    if (!match) continue;
    double q = 1;
    if (semi != std::string_view::npos) {
      std::string_view params = item.substr(semi + 1);
      size_t qpos = params.find("q=");
      if (qpos != std::string_view::npos) {
        std::string num(params.substr(qpos + 2, 5));
        q = std::atof(num.c_str());
      }
    }
    result = q;
  }
  return result;
}

}  // namespace

Encoding ChooseEncoding(std::string_view accept_encoding) {
  if (accept_encoding.empty()) return Encoding::kIdentity;
  if (QualityOf(accept_encoding, "br") > 0) return Encoding::kBrotli;
  if (QualityOf(accept_encoding, "gzip") > 0) return Encoding::kGzip;
  return Encoding::kIdentity;
}

}  // namespace toasoan::http

#include "site/static_files.h"

#include <fstream>
#include <sstream>

namespace toasoan {
namespace {

bool SafeSegment(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.size() > 128) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// "photos/<32 hex>.jpg" or "photos/<32 hex>-<width>.webp|.jpg" under the media folder
// (media/photo_ingest.h, media/photo_variants.h).
bool IsContentHashedPhoto(std::string_view prefix, const std::vector<std::string_view>& segs) {
  if (prefix != "media" || segs.size() != 2 || segs[0] != "photos") return false;
  const std::string_view name = segs[1];
  if (name.size() < 36) return false;
  for (size_t i = 0; i < 32; ++i) {
    const char c = name[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  std::string_view rest = name.substr(32);
  if (rest.starts_with('-')) {
    rest.remove_prefix(1);
    size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 0) return false;
    rest.remove_prefix(digits);
    return rest == ".jpg" || rest == ".webp";
  }
  return rest == ".jpg";
}

std::string ContentType(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "application/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".webp") return "image/webp";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".json") return "application/json";
  if (ext == ".mp3") return "audio/mpeg";
  return "application/octet-stream";
}

}  // namespace

void StaticFiles::AddRoutes(http::Router& router, http::Handler not_found) const {
  const std::string base = "/" + prefix_;
  for (const std::string& pattern : {base + "/{a}", base + "/{a}/{b}", base + "/{a}/{b}/{c}"}) {
    router.Add(http::Method::kGet, pattern,
               [this, not_found](const http::Request&, const http::PathParams& p) {
                 std::vector<std::string_view> segs;
                 for (const char* n : {"a", "b", "c"}) {
                   std::string_view v = p.Get(n);
                   if (!v.empty()) segs.push_back(v);
                 }
                 return Serve(segs, not_found);
               });
  }
}

http::Response StaticFiles::Serve(const std::vector<std::string_view>& segments,
                                  const http::Handler& not_found) const {
  std::filesystem::path file = root_;
  for (auto s : segments) {
    if (!SafeSegment(s)) return not_found({}, {});
    file /= std::string(s);
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return not_found({}, {});
  std::ifstream in(file, std::ios::binary);
  std::ostringstream body;
  body << in.rdbuf();
  if (!in.good() && !in.eof()) return not_found({}, {});
  http::Response r;
  r.content_type = ContentType(file);
  r.body = body.str();
  r.cacheable = true;
  r.tags.emplace_back("static");
  // "media:audio/1-….mp3": the store names a media file it no longer points to (an
  // article's old audio), so its cached bytes go too. Safe segments hold no spaces.
  std::string file_tag = prefix_ + ":";
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) file_tag += '/';
    file_tag += segments[i];
  }
  r.tags.push_back(std::move(file_tag));
  // A library photo and its variants are named by the hash of their bytes: a name never
  // changes content, so browsers and proxies may keep it for a year without asking.
  r.cache_control = IsContentHashedPhoto(prefix_, segments) ? "public, max-age=31536000, immutable"
                                                            : "public, max-age=86400";
  auto mtime = std::filesystem::last_write_time(file, ec);
  if (!ec) {
    // g++ 12 has no clock_cast: file_clock::to_sys is the same conversion.
    auto sys = std::chrono::file_clock::to_sys(mtime);
    r.last_modified = std::chrono::floor<std::chrono::seconds>(sys);
  }
  return r;
}

}  // namespace toasoan

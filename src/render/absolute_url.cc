#include "render/absolute_url.h"

namespace toasoan {

std::string AbsoluteUrl(const SiteSettings& site, std::string_view url) {
  if (url.empty()) return {};
  if (url.starts_with("http://") || url.starts_with("https://")) return std::string(url);
  std::string out = site.base_url;
  while (!out.empty() && out.back() == '/') out.pop_back();
  if (!url.starts_with('/')) out += '/';
  out += url;
  return out;
}

}  // namespace toasoan

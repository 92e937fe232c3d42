#include "html/url_policy.h"

#include <cstddef>
#include <vector>

#include "text/nfc.h"

namespace toasoan {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string AsciiLowerString(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

bool StartsWithIgnoringAsciiCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[i]) != AsciiLower(prefix[i])) return false;
  }
  return true;
}

// What a browser's URL parser does before it reads anything: strip leading and trailing
// C0 controls and spaces, drop every tab and line break. We then refuse what is left if
// it still holds a control (C0, DEL or C1) or is not valid UTF-8, and write spaces as
// %20 so the result reads the same when cleaned again.
std::optional<std::string> Preclean(std::string_view raw) {
  std::size_t begin = 0;
  std::size_t end = raw.size();
  while (begin < end && static_cast<unsigned char>(raw[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(raw[end - 1]) <= 0x20) --end;
  std::string url;
  url.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    const char c = raw[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return std::nullopt;
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    if (u == 0xC2 && i + 1 < end && static_cast<unsigned char>(raw[i + 1]) <= 0x9F) {
      return std::nullopt;
    }
    if (c == ' ') {
      url += "%20";
    } else {
      url.push_back(c);
    }
  }
  if (url.empty() || !IsValidUtf8(url)) return std::nullopt;
  return url;
}

// The scheme of `url` in lower case ("" when it has none, as in "/path" or "#top").
std::string SchemeOf(std::string_view url) {
  if (url.empty() || !IsAsciiAlpha(url[0])) return {};
  std::size_t i = 1;
  while (i < url.size() && (IsAsciiAlpha(url[i]) || IsAsciiDigit(url[i]) || url[i] == '+' ||
                            url[i] == '-' || url[i] == '.')) {
    ++i;
  }
  if (i == url.size() || url[i] != ':') return {};
  return AsciiLowerString(url.substr(0, i));
}

// The site's address without a trailing slash ("" when not configured).
std::string_view SiteBase(const SanitizeOptions& site) {
  std::string_view base = site.base_url;
  while (!base.empty() && base.back() == '/') base.remove_suffix(1);
  return base;
}

// When `url` is on the site (`base` followed by the end, '/', '?' or '#'), its
// site-relative form; otherwise nothing. Scheme and host compare without case.
std::optional<std::string> SiteRelative(std::string_view url, std::string_view base) {
  if (base.empty() || !StartsWithIgnoringAsciiCase(url, base)) return std::nullopt;
  const std::string_view rest = url.substr(base.size());
  if (rest.empty()) return std::string("/");
  if (rest[0] == '/' && rest.substr(0, 2) != "//") return std::string(rest);
  if (rest[0] == '?' || rest[0] == '#') return "/" + std::string(rest);
  return std::nullopt;
}

// "scheme://host…" with a plain host (letters, digits, '.', '-', '_', ':' for a port, '['
// and ']' for IPv6, or non-ASCII for an international name) and no user name.
std::optional<std::string> CleanHttpUrl(std::string_view url, std::string_view scheme) {
  const std::string_view rest = url.substr(scheme.size() + 1);
  if (rest.substr(0, 2) != "//") return std::nullopt;
  const std::string_view after = rest.substr(2);
  const std::size_t host_end = after.find_first_of("/?#");
  const std::string_view host = after.substr(0, host_end);
  if (host.empty()) return std::nullopt;
  for (char c : host) {
    const bool ok = IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '.' || c == '-' || c == '_' ||
                    c == ':' || c == '[' || c == ']' || static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return std::nullopt;
  }
  return std::string(scheme) + ":" + std::string(rest);
}

// The path part of an image URL after the media prefix: see CleanImageUrl.
bool IsPlainMediaPath(std::string_view path) {
  if (path.empty()) return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const char c = path[i];
    if (IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-' || c == '.' || c == '_' || c == '~' ||
        c == '/') {
      continue;
    }
    if (c == '%' && i + 2 < path.size() && IsHexDigit(path[i + 1]) && IsHexDigit(path[i + 2])) {
      const std::string escape = AsciiLowerString(path.substr(i + 1, 2));
      if (escape == "2e" || escape == "2f" || escape == "5c") return false;
      i += 2;
      continue;
    }
    return false;
  }
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view segment = path.substr(start, slash - start);
    if (segment == "." || segment == "..") return false;
    start = slash + 1;
  }
  return path.back() != '/';
}

bool IsPositiveInteger(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  bool nonzero = false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
    if (c != '0') nonzero = true;
  }
  return nonzero;
}

// "2x", "1.5x", "480w".
bool IsSrcsetDescriptor(std::string_view d) {
  if (d.size() < 2) return false;
  const char unit = d.back();
  const std::string_view number = d.substr(0, d.size() - 1);
  if (unit == 'w') return IsPositiveInteger(number);
  if (unit != 'x') return false;
  const std::size_t dot = number.find('.');
  if (dot == std::string_view::npos) return IsPositiveInteger(number);
  const std::string_view whole = number.substr(0, dot);
  const std::string_view fraction = number.substr(dot + 1);
  if (whole.empty() || whole.size() > 3 || fraction.empty() || fraction.size() > 3) return false;
  bool nonzero = false;
  for (char c : std::string(whole) + std::string(fraction)) {
    if (!IsAsciiDigit(c)) return false;
    if (c != '0') nonzero = true;
  }
  return nonzero;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::optional<SafeLink> CleanLinkUrl(std::string_view raw, const SanitizeOptions& site) {
  std::optional<std::string> url = Preclean(raw);
  if (!url || url->find('\\') != std::string::npos) return std::nullopt;
  const std::string scheme = SchemeOf(*url);
  if (scheme.empty()) {
    const char first = (*url)[0];
    if (first == '/' && url->size() > 1 && (*url)[1] == '/') return std::nullopt;
    if (first != '/' && first != '?' && first != '#') return std::nullopt;
    return SafeLink{std::move(*url), /*external=*/false};
  }
  if (scheme == "mailto") {
    if (url->size() == scheme.size() + 1) return std::nullopt;
    return SafeLink{scheme + url->substr(scheme.size()), /*external=*/false};
  }
  if (scheme != "http" && scheme != "https") return std::nullopt;
  std::optional<std::string> absolute = CleanHttpUrl(*url, scheme);
  if (!absolute) return std::nullopt;
  if (std::optional<std::string> own = SiteRelative(*absolute, SiteBase(site))) {
    return SafeLink{std::move(*own), /*external=*/false};
  }
  return SafeLink{std::move(*absolute), /*external=*/true};
}

std::optional<std::string> CleanImageUrl(std::string_view raw, const SanitizeOptions& site) {
  std::optional<std::string> url = Preclean(raw);
  if (!url || url->find('\\') != std::string::npos) return std::nullopt;
  std::string path = std::move(*url);
  if (!SchemeOf(path).empty()) {
    std::optional<std::string> own = SiteRelative(path, SiteBase(site));
    if (!own) return std::nullopt;
    path = std::move(*own);
  }
  std::string prefix = site.media_prefix;
  if (prefix.empty() || prefix[0] != '/') prefix.insert(prefix.begin(), '/');
  if (prefix.back() != '/') prefix.push_back('/');
  if (!path.starts_with(prefix)) return std::nullopt;
  if (!IsPlainMediaPath(std::string_view(path).substr(prefix.size()))) return std::nullopt;
  return path;
}

std::optional<std::string> CleanSrcset(std::string_view raw, const SanitizeOptions& site) {
  // The candidate syntax of the HTML standard: a URL is a run without white space, a
  // trailing comma ends the candidate; otherwise descriptors run up to the next comma.
  std::vector<std::string> candidates;
  std::size_t i = 0;
  while (true) {
    while (i < raw.size() && (IsHtmlSpace(raw[i]) || raw[i] == ',')) ++i;
    if (i == raw.size()) break;
    std::size_t end = i;
    while (end < raw.size() && !IsHtmlSpace(raw[end])) ++end;
    std::string_view url = raw.substr(i, end - i);
    i = end;
    std::string descriptor;
    if (url.ends_with(',')) {
      while (url.ends_with(',')) url.remove_suffix(1);
    } else {
      const std::size_t comma = raw.find(',', i);
      const std::size_t stop = comma == std::string_view::npos ? raw.size() : comma;
      std::string_view d = raw.substr(i, stop - i);
      while (!d.empty() && IsHtmlSpace(d.front())) d.remove_prefix(1);
      while (!d.empty() && IsHtmlSpace(d.back())) d.remove_suffix(1);
      if (!d.empty() && !IsSrcsetDescriptor(d)) return std::nullopt;
      descriptor = std::string(d);
      i = stop;
    }
    std::optional<std::string> clean = CleanImageUrl(url, site);
    if (!clean || clean->find(',') != std::string::npos) return std::nullopt;
    candidates.push_back(descriptor.empty() ? *clean : *clean + " " + descriptor);
    if (candidates.size() > 32) return std::nullopt;
  }
  if (candidates.empty()) return std::nullopt;
  std::string out;
  for (const std::string& c : candidates) {
    if (!out.empty()) out += ", ";
    out += c;
  }
  return out;
}

}  // namespace toasoan

#include "render/urls.h"

#include <array>
#include <limits>

namespace toasoan {
namespace {

// Plain decimal without sign or leading zeros, 1 ≤ n ≤ INT64_MAX: a path has exactly
// one spelling of an id, so "…-007" is not a second address of article 7.
std::optional<int64_t> ParseId(std::string_view digits) {
  if (digits.empty() || digits.front() == '0') return std::nullopt;
  int64_t n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    const int d = c - '0';
    if (n > (std::numeric_limits<int64_t>::max() - d) / 10) return std::nullopt;
    n = n * 10 + d;
  }
  return n;
}

}  // namespace

std::string SectionPath(const Section& s) { return "/" + s.slug; }

std::string ArticlePath(const Section& s, const Article& a) {
  std::string path = SectionPath(s);
  path += '/';
  if (!a.slug.empty()) {
    path += a.slug;
    path += '-';
  }
  path += std::to_string(a.id);
  return path;
}

std::string PrintPath(const Section& s, const Article& a) { return ArticlePath(s, a) + "/in"; }

std::string SavePath(const Section& s, const Article& a) { return ArticlePath(s, a) + "/luu"; }

std::string SectionRssPath(const Section& s) { return SectionPath(s) + kRssPath; }

std::string SectionAtomPath(const Section& s) { return SectionPath(s) + kAtomPath; }

std::string MediaPath(const Photo& p) {
  return p.file.empty() ? std::string() : "/media/" + p.file;
}

std::optional<int64_t> ArticleIdFromSegment(std::string_view segment) {
  const size_t dash = segment.rfind('-');
  if (dash == std::string_view::npos) return ParseId(segment);
  if (dash == 0) return std::nullopt;  // "-12" has no slug before its dash
  return ParseId(segment.substr(dash + 1));
}

}  // namespace toasoan

#pragma once

#include <filesystem>

#include "http/router.h"

namespace toasoan {

// Serves the files under a folder (static/) at /static/..., up to three levels deep,
// with a content type from the extension. Names are checked segment by segment (letters,
// digits, '-', '_', '.', no leading dot), so nothing outside the folder can be reached.
// Answers are cacheable: each file is read once, then served from the page cache.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  void AddRoutes(http::Router& router, http::Handler not_found) const;

 private:
  http::Response Serve(const std::vector<std::string_view>& segments,
                       const http::Handler& not_found) const;
  std::filesystem::path root_;
};

}  // namespace toasoan

#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "http/router.h"

namespace toasoan {

// Serves the files under a folder at /PREFIX/... (static/ at /static, the data folder's
// media/ at /media), up to three levels deep,
// with a content type from the extension. Names are checked segment by segment (letters,
// digits, '-', '_', '.', no leading dot), so nothing outside the folder can be reached.
// Answers are cacheable: each file is read once, then served from the page cache, tagged
// "static" and PREFIX:PATH ("media:audio/12-0123456789abcdef.mp3").
class StaticFiles {
 public:
  StaticFiles(std::filesystem::path root, std::string prefix)
      : root_(std::move(root)), prefix_(std::move(prefix)) {}
  void AddRoutes(http::Router& router, http::Handler not_found) const;

 private:
  http::Response Serve(const std::vector<std::string_view>& segments,
                       const http::Handler& not_found) const;
  std::filesystem::path root_;
  std::string prefix_;  // "static"
};

}  // namespace toasoan

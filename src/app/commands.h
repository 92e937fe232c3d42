#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace toasoan {

// Options shared by every subcommand.
struct CommonOptions {
  std::filesystem::path data = "data";
  std::filesystem::path root;    // templates/, static/, config/ (see ResourceRoot)
  std::filesystem::path config;  // empty: root/config/toasoan.json
};

struct ServeOptions {
  std::string listen;      // empty: from the config file
  int threads = -1;        // -1: from the config file
  std::string access_log;  // empty: data/logs/access.log; "-": none
  int read_timeout = 15;   // seconds to receive a whole request
};

// Each returns the process exit status and prints one line on stderr on failure.
int ServeCommand(const CommonOptions& common, const ServeOptions& options);
int ImportCommand(const CommonOptions& common, const std::vector<std::string>& files);
int MigrateCommand(const CommonOptions& common);

}  // namespace toasoan

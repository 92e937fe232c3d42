#pragma once

#include <cstdint>
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
  bool audio = true;       // make listen-to-article audio in the background
  // Seconds between writes of the counted views; the most-read lists are refreshed every
  // fifth write.
  int views_interval = 60;
  // Newsroom sessions end this many seconds after their last use, and after sign-in;
  // failed sign-ins are counted over this window (tests shorten them).
  int session_idle = 2 * 3600;
  int session_absolute = 12 * 3600;
  int sign_in_window = 15 * 60;
  // --trusted-proxy values, each "ADDR[,ADDR...]"; empty: those of the config file.
  std::vector<std::string> trusted_proxies;
};

struct AudioOptions {
  int64_t article = 0;      // 0: every published article
  bool print_text = false;  // print the speech text instead of making audio
  bool force = false;       // make the audio again even when it is up to date
};

// Each returns the process exit status and prints one line on stderr on failure.
int ServeCommand(const CommonOptions& common, const ServeOptions& options);
// Imports article text exports; `force` overwrites what the newsroom changed since a
// file's last import (importer/article_import.h). Exit 1 when a file failed or was
// skipped.
int ImportCommand(const CommonOptions& common, const std::vector<std::string>& files, bool force);
int MigrateCommand(const CommonOptions& common);
// Makes (or with print_text shows the text of) the listen-to-article audio now, on this
// process: one line per article on stdout.
int AudioCommand(const CommonOptions& common, const AudioOptions& options);
// Rebuilds the search index from the stored articles, with a progress bar on stderr.
int ReindexCommand(const CommonOptions& common);

}  // namespace toasoan

#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/result.h"
#include "domain/site_settings.h"

namespace toasoan {

// What the config file (config/toasoan.json) holds. Site settings here are only the
// defaults written to the database of a new data folder; after that the database rules.
struct Config {
  std::string listen = "127.0.0.1:8080";
  int threads = 0;
  // Reverse proxies whose X-Forwarded-For is believed ("trusted_proxies": a string or an
  // array of strings, each "ADDR[,ADDR...]" as for `serve --trusted-proxy`, which
  // replaces them). Checked when serving starts.
  std::vector<std::string> trusted_proxies;
  SiteSettings site;
};

Result<Config> LoadConfig(const std::filesystem::path& file);

// Splits "HOST:PORT" ("[::1]:8080" for IPv6). Fails with kInvalidArgument.
Result<std::pair<std::string, uint16_t>> ParseListen(std::string_view listen);

// The folder holding templates/, static/ and config/: $TOASOAN_ROOT, else the current
// folder when it has templates/, else the source tree the binary was built in.
std::filesystem::path ResourceRoot(const char* argv0);

}  // namespace toasoan

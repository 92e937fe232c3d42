#include "app/config.h"

#include <charconv>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

namespace toasoan {

Result<Config> LoadConfig(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return Fail(Error::Io("cannot read config file " + file.string()));
  nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Fail(Error::InvalidArgument("config file " + file.string() + " is not valid JSON"));
  }
  Config c;
  auto str = [](const nlohmann::json& o, const char* key, std::string& out) {
    if (o.contains(key) && o[key].is_string()) out = o[key].get<std::string>();
  };
  str(j, "listen", c.listen);
  if (j.contains("threads") && j["threads"].is_number_integer())
    c.threads = j["threads"].get<int>();
  if (j.contains("trusted_proxies")) {
    const auto& t = j["trusted_proxies"];
    bool ok = t.is_string() || t.is_array();
    if (t.is_string()) c.trusted_proxies.push_back(t.get<std::string>());
    if (t.is_array()) {
      for (const auto& e : t) {
        if (e.is_string()) c.trusted_proxies.push_back(e.get<std::string>());
        ok = ok && e.is_string();
      }
    }
    if (!ok) {
      return Fail(Error::InvalidArgument("config file " + file.string() +
                                         ": trusted_proxies must be a string or an array of "
                                         "strings"));
    }
  }
  if (j.contains("site") && j["site"].is_object()) {
    const auto& s = j["site"];
    str(s, "name", c.site.name);
    str(s, "description", c.site.description);
    str(s, "base_url", c.site.base_url);
    str(s, "logo_url", c.site.logo_url);
    str(s, "governing_body", c.site.governing_body);
    str(s, "responsible_person", c.site.responsible_person);
    str(s, "licence", c.site.licence);
    str(s, "address", c.site.address);
    str(s, "contact", c.site.contact);
  }
  return c;
}

Result<std::pair<std::string, uint16_t>> ParseListen(std::string_view listen) {
  auto bad = [&] {
    return Fail(
        Error::InvalidArgument("--listen must be HOST:PORT, got '" + std::string(listen) + "'"));
  };
  size_t colon = listen.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return bad();
  std::string_view host = listen.substr(0, colon);
  std::string_view port_text = listen.substr(colon + 1);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  unsigned port = 0;
  auto [ptr, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc() || ptr != port_text.data() + port_text.size() || port > 65535) return bad();
  return std::make_pair(std::string(host), static_cast<uint16_t>(port));
}

std::filesystem::path ResourceRoot(const char* argv0) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("TOASOAN_ROOT"); env && *env) return env;
  std::error_code ec;
  if (fs::is_directory("templates", ec)) return fs::current_path(ec);
#ifdef TOASOAN_SOURCE_ROOT
  if (fs::is_directory(fs::path(TOASOAN_SOURCE_ROOT) / "templates", ec)) return TOASOAN_SOURCE_ROOT;
#endif
  return fs::absolute(fs::path(argv0), ec).parent_path();
}

}  // namespace toasoan

#include "app/commands.h"

#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/change_follower.h"
#include "app/config.h"
#include "app/data_folder.h"
#include "http/server.h"
#include "importer/article_import.h"
#include "render/site_renderer.h"
#include "render/urls.h"
#include "site/content_api.h"
#include "site/public_site.h"
#include "site/static_files.h"
#include "store/sqlite/migrations.h"

namespace toasoan {
namespace {

// Every response carries these. Scripts, styles and fonts come only from the site itself;
// the JSON-LD block is data, not script, so CSP does not block it.
constexpr const char* kSecurityHeaders =
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: SAMEORIGIN\r\n"
    "Referrer-Policy: strict-origin-when-cross-origin\r\n"
    "Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self'; "
    "script-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'self'\r\n";

int Failed(std::string_view what, const Error& e) {
  std::fprintf(stderr, "toasoan: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               e.message().c_str());
  return 1;
}

Result<std::pair<Config, DataFolder>> Open(const CommonOptions& common) {
  auto config = LoadConfig(common.config);
  if (!config) return Fail(config.error());
  auto folder = OpenDataFolder(common.data, *config);
  if (!folder) return Fail(folder.error());
  return std::make_pair(std::move(*config), std::move(*folder));
}

}  // namespace

int ServeCommand(const CommonOptions& common, const ServeOptions& options) {
  auto opened = Open(common);
  if (!opened) return Failed("serve", opened.error());
  auto& [config, folder] = *opened;
  std::string listen = options.listen.empty() ? config.listen : options.listen;
  auto address = ParseListen(listen);
  if (!address) {
    std::fprintf(stderr, "toasoan: %s\n", address.error().message().c_str());
    return 2;
  }
  auto renderer = SiteRenderer::Load((common.root / "templates").string());
  if (!renderer) return Failed("serve", renderer.error());

  auto settings = folder.store->LoadSettings();
  if (!settings) return Failed("serve", settings.error());
  std::string base_override =
      settings->base_url.empty() ? EffectiveBaseUrl(*settings, listen) : std::string();

  PublicSite site(*folder.store, **renderer, base_override);
  ContentApi api(*folder.store, base_override);
  StaticFiles statics(common.root / "static", "static");
  StaticFiles media(folder.media(), "media");
  http::Router router;
  http::Handler not_found = [&site](const http::Request&, const http::PathParams&) {
    return site.NotFound();
  };
  site.AddRoutes(router);
  api.AddRoutes(router);
  statics.AddRoutes(router, not_found);
  media.AddRoutes(router, not_found);

  http::ServerOptions so;
  so.host = address->first;
  so.port = address->second;
  so.threads = options.threads >= 0 ? options.threads : config.threads;
  so.read_timeout = std::chrono::seconds(options.read_timeout);
  so.extra_headers = kSecurityHeaders;
  so.not_found = not_found;
  if (options.access_log != "-") {
    so.access_log =
        options.access_log.empty() ? (folder.logs() / "access.log").string() : options.access_log;
  }
  http::PageCache cache;
  http::Server server(so, router, cache);
  if (auto ok = server.Listen(); !ok) return Failed("serve", ok.error());
  ChangeFollower follower(*folder.store, cache);

  std::string host = so.host.find(':') != std::string::npos ? "[" + so.host + "]" : so.host;
  std::printf("Tòa Soạn is serving %s at http://%s:%u/\n", folder.root.string().c_str(),
              host.c_str(), server.port());
  std::fflush(stdout);
  server.Run();
  spdlog::info("stopped");
  return 0;
}

int ImportCommand(const CommonOptions& common, const std::vector<std::string>& files) {
  auto opened = Open(common);
  if (!opened) return Failed("import", opened.error());
  auto& [config, folder] = *opened;
  auto settings = folder.store->LoadSettings();
  if (!settings) return Failed("import", settings.error());
  std::string base = EffectiveBaseUrl(*settings, config.listen);
  int failures = 0;
  for (const auto& file : files) {
    auto outcome = ImportArticleFile(*folder.store, file, Clock::System());
    if (!outcome) {
      std::fprintf(stderr, "toasoan: import: %s: %s\n", file.c_str(),
                   outcome.error().message().c_str());
      ++failures;
      continue;
    }
    auto section = folder.store->SectionById(outcome->article.section_id);
    std::string url = section ? base + ArticlePath(*section, outcome->article) : std::string("?");
    std::printf("%s %s\n", outcome->created ? "created" : "updated", url.c_str());
  }
  if (failures) {
    std::fprintf(stderr, "toasoan: import: %d of %zu files failed\n", failures, files.size());
    return 1;
  }
  return 0;
}

int MigrateCommand(const CommonOptions& common) {
  auto opened = Open(common);
  if (!opened) return Failed("migrate", opened.error());
  std::printf("%s is at schema version %zu\n",
              (opened->second.root / "toasoan.db").string().c_str(), sqlite::Migrations().size());
  return 0;
}

}  // namespace toasoan

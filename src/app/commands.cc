#include "app/commands.h"

#include <chrono>
#include <cstdio>

#include <spdlog/spdlog.h>

#include "app/abbreviations_file.h"
#include "app/audio_generator.h"
#include "app/background_audio.h"
#include "app/change_follower.h"
#include "app/config.h"
#include "app/data_folder.h"
#include "app/day_change_watcher.h"
#include "app/newsroom_app.h"
#include "app/photo_app.h"
#include "app/progress_bar.h"
#include "app/view_flusher.h"
#include "http/server.h"
#include "importer/article_import.h"
#include "render/site_renderer.h"
#include "render/urls.h"
#include "site/content_api.h"
#include "site/feeds.h"
#include "site/most_read_api.h"
#include "site/most_read_board.h"
#include "site/public_site.h"
#include "site/search_api.h"
#include "site/search_page.h"
#include "site/sitemaps.h"
#include "site/static_files.h"
#include "speech/article_speech.h"
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
  // Reverse proxies whose X-Forwarded-For is believed: the command line's replace the
  // config file's.
  const bool proxies_from_config = options.trusted_proxies.empty();
  http::TrustedProxies trusted_proxies;
  for (const std::string& list :
       proxies_from_config ? config.trusted_proxies : options.trusted_proxies) {
    if (auto ok = trusted_proxies.Add(list); !ok) {
      std::fprintf(stderr, "toasoan: %s: %s\n",
                   proxies_from_config ? "trusted_proxies in the config file" : "--trusted-proxy",
                   ok.error().message().c_str());
      return 2;
    }
  }
  if (!trusted_proxies.empty()) {
    std::string ranges;
    for (const http::IpNetwork& n : trusted_proxies.networks()) {
      if (!ranges.empty()) ranges += ", ";
      ranges += n.address.ToString() + "/" + std::to_string(n.prefix_length);
    }
    spdlog::info("client addresses from X-Forwarded-For when the peer is in: {}", ranges);
  }
  auto renderer = SiteRenderer::Load((common.root / "templates").string());
  if (!renderer) return Failed("serve", renderer.error());

  auto settings = folder.store->LoadSettings();
  if (!settings) return Failed("serve", settings.error());
  std::string base_override =
      settings->base_url.empty() ? EffectiveBaseUrl(*settings, listen) : std::string();

  PublicSite site(
      *folder.store, **renderer, base_override,
      {.stylesheet = common.root / "static" / "css" / "print.css", .media_dir = folder.media()});
  ContentApi api(*folder.store, base_override);
  // Today's date in the header, "Đọc nhiều", "Bài liên quan" and view counting
  // (site/page_extras.h); feeds and sitemaps.
  ViewCounter views;
  MostReadBoard most_read;
  site.SetPageSources({.clock = &Clock::System(), .most_read = &most_read, .views = &views});
  Feeds feeds(*folder.store, folder.media(), base_override);
  Sitemaps sitemaps(*folder.store, base_override);
  MostReadApi most_read_api(*folder.store, base_override);
  SearchPage search_page(*folder.store, **renderer, base_override);
  SearchApi search_api(*folder.store, base_override);
  StaticFiles statics(common.root / "static", "static");
  StaticFiles media(folder.media(), "media");
  http::Router router;
  http::Handler not_found = [&site](const http::Request&, const http::PathParams&) {
    return site.NotFound();
  };
  site.AddRoutes(router);
  api.AddRoutes(router);
  feeds.AddRoutes(router, not_found);
  sitemaps.AddRoutes(router, not_found);
  most_read_api.AddRoutes(router);
  search_page.AddRoutes(router);
  search_api.AddRoutes(router);
  statics.AddRoutes(router, not_found);
  media.AddRoutes(router, not_found);
  // The newsroom: Admin API, newsroom pages, the scheduled-publishing timer.
  auto newsroom = NewsroomApp::Create(
      *folder.store, {.policy = {.idle = std::chrono::seconds(options.session_idle),
                                 .absolute = std::chrono::seconds(options.session_absolute),
                                 .sign_in_window = std::chrono::seconds(options.sign_in_window)},
                      .base_url_override = base_override,
                      .templates_dir = common.root / "templates"});
  if (!newsroom) return Failed("serve", newsroom.error());
  (*newsroom)->AddRoutes(router);
  // The photo library: uploads, its page, responsive variants in the background.
  auto photos = PhotoApp::Create(*folder.store, (*newsroom)->newsroom(), folder.media(),
                                 common.root / "templates");
  if (!photos) return Failed("serve", photos.error());
  (*photos)->AddRoutes(router);

  http::ServerOptions so;
  so.host = address->first;
  so.port = address->second;
  so.threads = options.threads >= 0 ? options.threads : config.threads;
  so.read_timeout = std::chrono::seconds(options.read_timeout);
  so.extra_headers = kSecurityHeaders;
  so.not_found = not_found;
  so.trusted_proxies = std::move(trusted_proxies);
  if (options.access_log != "-") {
    so.access_log =
        options.access_log.empty() ? (folder.logs() / "access.log").string() : options.access_log;
  }
  http::PageCache cache;
  http::Server server(so, router, cache);
  if (auto ok = server.Listen(); !ok) return Failed("serve", ok.error());
  ChangeFollower follower(*folder.store, cache);
  DayChangeWatcher day_change(cache, Clock::System());
  ViewFlusher view_flusher(views, *folder.store, most_read, cache, Clock::System(),
                           std::chrono::seconds(options.views_interval));
  auto publisher = (*newsroom)->Start(follower);
  (*photos)->Start(follower);
  // Listen to the article: made in the background, never in a request's way.
  std::unique_ptr<BackgroundAudio> audio;
  if (options.audio) {
    audio = BackgroundAudio::Start(*folder.store, folder.root, folder.media(), common.root);
  }

  std::string host = so.host.find(':') != std::string::npos ? "[" + so.host + "]" : so.host;
  std::printf("Tòa Soạn is serving %s at http://%s:%u/\n", folder.root.string().c_str(),
              host.c_str(), server.port());
  std::fflush(stdout);
  server.Run();
  (*photos)->Stop();  // its worker polls `follower`, which goes first
  spdlog::info("stopped");
  return 0;
}

int ImportCommand(const CommonOptions& common, const std::vector<std::string>& files, bool force) {
  auto opened = Open(common);
  if (!opened) return Failed("import", opened.error());
  auto& [config, folder] = *opened;
  auto settings = folder.store->LoadSettings();
  if (!settings) return Failed("import", settings.error());
  std::string base = EffectiveBaseUrl(*settings, config.listen);
  int failures = 0;
  int skipped = 0;
  for (const auto& file : files) {
    auto outcome = ImportArticleFile(*folder.store, file, Clock::System(), force);
    if (!outcome) {
      std::fprintf(stderr, "toasoan: import: %s: %s\n", file.c_str(),
                   outcome.error().message().c_str());
      ++failures;
      continue;
    }
    auto section = folder.store->SectionById(outcome->article.section_id);
    std::string url = section ? base + ArticlePath(*section, outcome->article) : std::string("?");
    if (!outcome->note.empty()) {
      std::fprintf(stderr, "toasoan: import: %s: %s\n", file.c_str(), outcome->note.c_str());
    }
    if (outcome->action == ImportAction::kSkipped) {
      ++skipped;
      continue;
    }
    const char* done = "updated";
    if (outcome->action == ImportAction::kCreated) done = "created";
    if (outcome->action == ImportAction::kUnchanged) done = "unchanged";
    if (outcome->action == ImportAction::kOverwritten) done = "overwritten";
    std::printf("%s %s\n", done, url.c_str());
  }
  // A file left out, for either reason, is a partial failure.
  if (failures) {
    std::fprintf(stderr, "toasoan: import: %d of %zu files failed\n", failures, files.size());
  }
  if (skipped) {
    std::fprintf(stderr,
                 "toasoan: import: %d of %zu files skipped: edited in the newsroom since their "
                 "last import (--force overwrites)\n",
                 skipped, files.size());
  }
  return failures || skipped ? 1 : 0;
}

int ReindexCommand(const CommonOptions& common) {
  auto opened = Open(common);
  if (!opened) return Failed("reindex", opened.error());
  Store& store = *opened->second.store;
  const auto started = std::chrono::steady_clock::now();
  ProgressBar bar(stderr, "reindex");
  auto indexed =
      store.RebuildSearchIndex([&bar](int64_t done, int64_t total) { bar.Update(done, total); });
  bar.Finish();
  if (!indexed) return Failed("reindex", indexed.error());
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  std::fprintf(stderr, "indexed %lld published articles in %.1f s\n",
               static_cast<long long>(*indexed), took.count());
  return 0;
}

int AudioCommand(const CommonOptions& common, const AudioOptions& options) {
  auto opened = Open(common);
  if (!opened) return Failed("audio", opened.error());
  Store& store = *opened->second.store;
  const std::filesystem::path media = opened->second.media();
  auto abbreviations_file = EnsureAbbreviationsFile(opened->second.root, common.root);
  if (!abbreviations_file) return Failed("audio", abbreviations_file.error());

  if (options.article != 0) {
    auto article = store.ArticleById(options.article);
    if (!article) return Failed("audio", article.error());
  }
  if (options.print_text) {
    auto abbreviations = LoadAbbreviationsFile(*abbreviations_file);
    if (!abbreviations) return Failed("audio", abbreviations.error());
    std::vector<int64_t> ids = {options.article};
    if (options.article == 0) {
      ids.clear();
      PublishedQuery q;
      q.per_page = 100;
      for (;; ++q.page) {
        auto list = store.ListPublished(q);
        if (!list) return Failed("audio", list.error());
        for (const Article& a : list->items) ids.push_back(a.id);
        if (q.page >= list->pages) break;
      }
    }
    for (int64_t id : ids) {
      auto article = store.ArticleById(id);
      if (!article) return Failed("audio", article.error());
      if (ids.size() > 1) std::printf("== article %lld ==\n", static_cast<long long>(id));
      auto text = ArticleSpeechText(*article, *abbreviations);
      if (!text) return Failed("audio", text.error());
      std::printf("%s\n", text->c_str());
    }
    return 0;
  }

  auto synthesizer = SpeechSynthesizer::Start();
  if (!synthesizer) return Failed("audio", synthesizer.error());
  AudioGenerator::Options generator_options;
  generator_options.media_dir = media;
  generator_options.abbreviations_file = *abbreviations_file;
  AudioGenerator generator(store, **synthesizer, std::move(generator_options));
  std::vector<int64_t> ids = {options.article};
  if (options.article == 0) {
    auto published = generator.PublishedIds();
    if (!published) return Failed("audio", published.error());
    ids = std::move(*published);
  }
  int failures = 0;
  for (int64_t id : ids) {
    auto outcome = generator.Update(id, options.force);
    if (!outcome) {
      std::fprintf(stderr, "toasoan: audio: article %lld: %s\n", static_cast<long long>(id),
                   outcome.error().message().c_str());
      ++failures;
      continue;
    }
    if (*outcome == AudioGenerator::Outcome::kRemoved ||
        *outcome == AudioGenerator::Outcome::kNotPublic) {
      std::printf("article %lld is not published: no audio\n", static_cast<long long>(id));
      continue;
    }
    auto audio = store.ArticleAudioOf(id);
    if (!audio || !audio->has_value()) {
      std::fprintf(stderr, "toasoan: audio: article %lld: its audio is not recorded\n",
                   static_cast<long long>(id));
      ++failures;
      continue;
    }
    std::printf("%s %s (%.1f s)\n",
                *outcome == AudioGenerator::Outcome::kGenerated ? "generated" : "unchanged",
                (media / (*audio)->file).string().c_str(),
                static_cast<double>((*audio)->duration_ms) / 1000);
  }
  if (failures) {
    std::fprintf(stderr, "toasoan: audio: %d of %zu articles failed\n", failures, ids.size());
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

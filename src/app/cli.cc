#include "app/cli.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <limits>

#include "app/check_command.h"
#include "app/commands.h"
#include "app/config.h"
#include "app/user_commands.h"
#include "http/trusted_proxies.h"

namespace toasoan {

int RunCli(int argc, char** argv) {
  CLI::App app{"Tòa Soạn: a news-portal engine for Vietnamese news portals", "toasoan"};
  app.require_subcommand(1);
  CommonOptions common;
  std::string data = "data", root, config;
  auto add_common = [&](CLI::App* cmd) {
    cmd->add_option("--data", data, "data folder (created when missing)")->capture_default_str();
    cmd->add_option("--root", root, "folder with templates/, static/ and config/");
    cmd->add_option("--config", config, "config file (default ROOT/config/toasoan.json)");
  };

  ServeOptions serve_opts;
  auto* serve = app.add_subcommand("serve", "serve the portal over HTTP");
  add_common(serve);
  serve->add_option("--listen", serve_opts.listen, "HOST:PORT to listen on (default from config)");
  serve->add_option("--threads", serve_opts.threads, "io threads (default: one per core)");
  serve->add_option("--access-log", serve_opts.access_log,
                    "access log file (default DATA/logs/access.log, '-' for none)");
  serve
      ->add_option("--read-timeout", serve_opts.read_timeout,
                   "seconds a client has to send a whole request")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();

  serve
      ->add_option("--trusted-proxy", serve_opts.trusted_proxies,
                   "reverse proxies (addresses, CIDR ranges) whose X-Forwarded-For names the "
                   "client; repeatable or comma-separated (default: from config, else none)")
      ->type_name("ADDR[,ADDR...]")
      ->allow_extra_args(false)
      ->check(CLI::Validator(
          [](std::string& list) {
            auto parsed = http::TrustedProxies::Parse(list);
            return parsed ? std::string() : parsed.error().message();
          },
          ""));

  serve->add_flag("!--no-audio", serve_opts.audio,
                  "do not make listen-to-article audio in the background");
  serve
      ->add_option("--views-interval", serve_opts.views_interval,
                   "seconds between writes of the counted article views (the most-read lists "
                   "refresh every fifth)")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  serve
      ->add_option("--session-idle", serve_opts.session_idle,
                   "seconds a newsroom session lives after its last use")
      ->check(CLI::Range(1, 30 * 86400))
      ->capture_default_str();
  serve
      ->add_option("--session-absolute", serve_opts.session_absolute,
                   "seconds a newsroom session lives after sign-in")
      ->check(CLI::Range(1, 90 * 86400))
      ->capture_default_str();
  serve
      ->add_option("--sign-in-window", serve_opts.sign_in_window,
                   "seconds over which failed sign-ins are counted for throttling")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();

  std::vector<std::string> files;
  auto* import = app.add_subcommand("import", "import article text exports (the seed's format)");
  add_common(import);
  import->add_option("files", files, "files to import")->required();
  bool import_force = false;
  import->add_flag("--force", import_force,
                   "overwrite what the newsroom changed since the last import (kept as a "
                   "revision)");

  auto* migrate = app.add_subcommand("migrate", "create or migrate the data folder's database");
  add_common(migrate);

  auto* reindex = app.add_subcommand("reindex", "rebuild the search index, with a progress bar");
  add_common(reindex);

  AudioOptions audio_opts;
  auto* audio = app.add_subcommand(
      "audio", "make the listen-to-article audio now (all published articles, or one)");
  add_common(audio);
  audio->add_option("--article", audio_opts.article, "only this article (its id)")
      ->check(CLI::Range(int64_t{1}, std::numeric_limits<int64_t>::max()));
  audio->add_flag("--print-text", audio_opts.print_text,
                  "print the text the audio speaks instead of making it");
  audio->add_flag("--force", audio_opts.force, "make the audio again even when up to date");

  CheckOptions check_opts;
  std::vector<std::string> check_files;
  std::string check_style = "old";
  auto* check = app.add_subcommand(
      "check", "proofread article files (text, one paragraph a line; or .html) and list warnings");
  check
      ->add_option("--style", check_style,
                   "tone placement the site uses: old (hòa, thúy, ủy) or new (hoà, thuý, uỷ)")
      ->check(CLI::IsMember({"old", "new"}))
      ->capture_default_str();
  check->add_option("--dictionary", check_opts.dictionary, "Hunspell dictionary, without .aff/.dic")
      ->capture_default_str();
  check->add_option("files", check_files, "files to check")->required();

  UserCommands user_commands(app, add_common);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help
    std::fprintf(stderr, "toasoan: %s (see toasoan --help)\n", e.what());
    return 2;
  }
  common.data = data;
  common.root = root.empty() ? ResourceRoot(argv[0]) : std::filesystem::path(root);
  common.config =
      config.empty() ? common.root / "config" / "toasoan.json" : std::filesystem::path(config);
  if (*serve) return ServeCommand(common, serve_opts);
  if (*import) return ImportCommand(common, files, import_force);
  if (*migrate) return MigrateCommand(common);
  if (*audio) return AudioCommand(common, audio_opts);
  if (*reindex) return ReindexCommand(common);
  if (*check) {
    check_opts.tone_style = check_style == "new" ? ToneStyle::kNew : ToneStyle::kOld;
    return CheckCommand(check_opts, check_files);
  }
  if (user_commands.Parsed()) return user_commands.Run(common);
  return 2;
}

}  // namespace toasoan

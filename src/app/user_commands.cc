#include "app/user_commands.h"

#include <pwd.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <string>

#include "app/config.h"
#include "app/data_folder.h"
#include "newsroom/credentials.h"
#include "store/newsroom_store.h"

namespace toasoan {
namespace {

// One line on stderr: the Vietnamese message when the error has one, else the log's.
// Bad input exits 2, anything else 1.
int Failed(std::string_view what, const Error& e) {
  const std::string& text = e.user_message().empty() ? e.message() : e.user_message();
  std::fprintf(stderr, "toasoan: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               text.c_str());
  return e.code() == ErrorCode::kInvalidArgument ? 2 : 1;
}

// The data folder's store, as a Store and as a NewsroomStore.
struct Opened {
  DataFolder folder;
  NewsroomStore* newsroom = nullptr;
};

Result<Opened> OpenStores(const CommonOptions& common) {
  auto config = LoadConfig(common.config);
  if (!config) return Fail(config.error());
  auto folder = OpenDataFolder(common.data, *config);
  if (!folder) return Fail(folder.error());
  Opened opened;
  opened.newsroom = dynamic_cast<NewsroomStore*>(folder->store.get());
  if (opened.newsroom == nullptr) {
    return Fail(Error::Internal("the data folder's store keeps no newsroom accounts"));
  }
  opened.folder = std::move(*folder);
  return opened;
}

// The password: the first line of stdin, without its line end. On a terminal, asks on
// stderr and does not echo.
Result<std::string> ReadPassword() {
  const bool tty = ::isatty(STDIN_FILENO) == 1;
  termios saved{};
  if (tty) {
    std::fputs("Mật khẩu: ", stderr);
    std::fflush(stderr);
    if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
      termios quiet = saved;
      quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
      ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  }
  std::string line;
  const bool got = static_cast<bool>(std::getline(std::cin, line));
  if (tty) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
  }
  if (!got && line.empty()) {
    return Fail(Error::InvalidArgument("no password on stdin (give it as the first line)",
                                       "Chưa nhập mật khẩu (dòng đầu tiên của stdin)."));
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// Who is at the keyboard, for the audit log: "cli:NAME" with the OS account, or "cli".
std::string CliUsername() {
  if (const passwd* pw = ::getpwuid(::getuid()); pw != nullptr && pw->pw_name != nullptr) {
    return std::string("cli:") + pw->pw_name;
  }
  return "cli";
}

AuditEntry CliAudit(std::string action, const User& u, std::string detail) {
  AuditEntry e;
  e.user_id = 0;
  e.username = CliUsername();
  e.action = std::move(action);
  e.target = "user:" + std::to_string(u.id);
  e.detail = std::move(detail);
  e.address = "cli";
  return e;
}

}  // namespace

UserCommands::UserCommands(CLI::App& app, const std::function<void(CLI::App*)>& add_common) {
  user_ = app.add_subcommand("user", "newsroom accounts: add, API token, password");
  user_->require_subcommand(1);

  add_ = user_->add_subcommand(
      "add", "create a newsroom account; its password is read from the first line of stdin");
  add_common(add_);
  add_->add_option("--username", add_options_.username,
                   "sign-in name: 2-64 of a-z, 0-9, '.', '_', '-'")
      ->required();
  add_->add_option("--role", add_options_.role, "admin, editor or reporter")
      ->required()
      ->check(CLI::IsMember({"admin", "editor", "reporter"}));
  add_->add_option("--section", add_options_.sections,
                   "slug of a section the account works in (repeatable)");
  add_->add_option("--display-name", add_options_.display_name,
                   "name shown in the newsroom (default: the username)");

  token_ = user_->add_subcommand(
      "token", "create an API token (Authorization: Bearer) and print its secret once");
  add_common(token_);
  token_->add_option("--username", token_options_.username, "the account")->required();
  token_->add_option("--name", token_options_.name, "what the token is for");

  password_ = user_->add_subcommand(
      "password", "set an account's password from the first line of stdin and end its sessions");
  add_common(password_);
  password_->add_option("--username", password_options_.username, "the account")->required();
}

bool UserCommands::Parsed() const { return user_->parsed(); }

int UserCommands::Run(const CommonOptions& common) const {
  if (add_->parsed()) return UserAddCommand(common, add_options_);
  if (token_->parsed()) return UserTokenCommand(common, token_options_);
  if (password_->parsed()) return UserPasswordCommand(common, password_options_);
  return 2;
}

int UserAddCommand(const CommonOptions& common, const UserAddOptions& options) {
  constexpr std::string_view kWhat = "user add";
  if (auto valid = ValidateUsername(options.username); !valid) {
    return Failed(kWhat, valid.error());
  }
  auto role = ParseRole(options.role);
  if (!role) return Failed(kWhat, role.error());
  auto password = ReadPassword();
  if (!password) return Failed(kWhat, password.error());
  auto hash = HashPassword(*password);
  if (!hash) return Failed(kWhat, hash.error());

  auto opened = OpenStores(common);
  if (!opened) return Failed(kWhat, opened.error());
  Store& store = *opened->folder.store;
  NewsroomStore& newsroom = *opened->newsroom;

  User u;
  u.username = options.username;
  u.display_name = options.display_name.empty() ? options.username : options.display_name;
  u.role = *role;
  for (const std::string& slug : options.sections) {
    auto section = store.SectionBySlug(slug);
    if (!section) {
      if (section.error().code() == ErrorCode::kNotFound) {
        std::fprintf(stderr, "toasoan: user add: no section with slug \"%s\"; nothing created\n",
                     slug.c_str());
        return 2;
      }
      return Failed(kWhat, section.error());
    }
    u.section_ids.push_back(section->id);
  }
  auto created = newsroom.CreateUser(u, *hash);
  if (!created) return Failed(kWhat, created.error());
  std::string detail = "role " + std::string(RoleName(created->role));
  if (!options.sections.empty()) {
    detail += ", sections";
    for (const std::string& slug : options.sections) detail += " " + slug;
  }
  if (auto audited = newsroom.AppendAudit(CliAudit("user.created", *created, detail)); !audited) {
    return Failed(kWhat, audited.error());
  }
  std::printf("created %s user %s (id %lld)\n", std::string(RoleName(created->role)).c_str(),
              created->username.c_str(), static_cast<long long>(created->id));
  return 0;
}

int UserTokenCommand(const CommonOptions& common, const UserTokenOptions& options) {
  constexpr std::string_view kWhat = "user token";
  auto opened = OpenStores(common);
  if (!opened) return Failed(kWhat, opened.error());
  NewsroomStore& newsroom = *opened->newsroom;
  auto user = newsroom.UserByUsername(options.username);
  if (!user) return Failed(kWhat, user.error());
  const std::string secret = NewSecretToken();
  if (auto made = newsroom.CreateApiToken(user->id, TokenDigest(secret), options.name); !made) {
    return Failed(kWhat, made.error());
  }
  if (auto audited = newsroom.AppendAudit(
          CliAudit("user.token_created", *user, "API token \"" + options.name + "\""));
      !audited) {
    return Failed(kWhat, audited.error());
  }
  std::printf("%s\n", secret.c_str());
  return 0;
}

int UserPasswordCommand(const CommonOptions& common, const UserPasswordOptions& options) {
  constexpr std::string_view kWhat = "user password";
  auto opened = OpenStores(common);
  if (!opened) return Failed(kWhat, opened.error());
  NewsroomStore& newsroom = *opened->newsroom;
  auto user = newsroom.UserByUsername(options.username);
  if (!user) return Failed(kWhat, user.error());
  auto password = ReadPassword();
  if (!password) return Failed(kWhat, password.error());
  auto hash = HashPassword(*password);
  if (!hash) return Failed(kWhat, hash.error());
  if (auto set = newsroom.SetPasswordHash(user->id, *hash); !set) return Failed(kWhat, set.error());
  if (auto ended = newsroom.DeleteSessionsOf(user->id); !ended) {
    return Failed(kWhat, ended.error());
  }
  if (auto audited = newsroom.AppendAudit(
          CliAudit("user.password_set", *user, "password set from the command line"));
      !audited) {
    return Failed(kWhat, audited.error());
  }
  std::printf("password of %s set; its sessions ended\n", user->username.c_str());
  return 0;
}

}  // namespace toasoan

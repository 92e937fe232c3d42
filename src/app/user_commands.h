#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/commands.h"

namespace CLI {
class App;
}

namespace toasoan {

// `toasoan user add|token|password`: newsroom accounts from the command line (the first
// administrator, and an administrator's way back in). Passwords are read from the first
// line of stdin, never from arguments (which other users of the machine can see).

struct UserAddOptions {
  std::string username;
  std::string role;                   // admin, editor or reporter
  std::vector<std::string> sections;  // slugs
  std::string display_name;           // default: the username
};

struct UserTokenOptions {
  std::string username;
  std::string name;  // what the token is for
};

struct UserPasswordOptions {
  std::string username;
};

// The `user` subcommand with its three subcommands, added to a CLI11 app. The options
// are bound to this object, so it must outlive parsing and stays where it was made.
class UserCommands {
 public:
  // `add_common` adds --data, --root and --config to a subcommand.
  UserCommands(CLI::App& app, const std::function<void(CLI::App*)>& add_common);
  UserCommands(const UserCommands&) = delete;
  UserCommands& operator=(const UserCommands&) = delete;

  // Whether `user` was given on the command line.
  bool Parsed() const;
  // Runs the parsed subcommand; its exit status.
  int Run(const CommonOptions& common) const;

 private:
  CLI::App* user_ = nullptr;
  CLI::App* add_ = nullptr;
  CLI::App* token_ = nullptr;
  CLI::App* password_ = nullptr;
  UserAddOptions add_options_;
  UserTokenOptions token_options_;
  UserPasswordOptions password_options_;
};

// Creates the account: validates username, role and password, checks every section
// exists (nothing is created otherwise), stores the Argon2id hash, audits "user.created".
// Exit status 0, 2 for bad input, 1 for other failures (one line on stderr).
int UserAddCommand(const CommonOptions& common, const UserAddOptions& options);
// Creates an API token for the account and prints its secret, once, on stdout.
int UserTokenCommand(const CommonOptions& common, const UserTokenOptions& options);
// Sets the account's password from stdin and ends its sessions.
int UserPasswordCommand(const CommonOptions& common, const UserPasswordOptions& options);

}  // namespace toasoan

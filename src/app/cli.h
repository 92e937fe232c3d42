#pragma once

namespace toasoan {

// The `toasoan` command line: subcommands serve, import, migrate. Exit status 0 on
// success, 2 on a usage error, 1 on a failure, with one clear line on stderr.
int RunCli(int argc, char** argv);

}  // namespace toasoan

#include "app/cli.h"

int main(int argc, char** argv) { return toasoan::RunCli(argc, argv); }

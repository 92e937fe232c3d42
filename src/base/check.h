#pragma once

#include <cstdio>
#include <cstdlib>

// CHECK(cond) aborts with the location when a programming invariant is broken. It stays
// on in release builds: a bug must stop the process, not corrupt a newsroom's data.
#define CHECK(cond)                                                                 \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                 \
    }                                                                               \
  } while (false)

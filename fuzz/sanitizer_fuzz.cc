// libFuzzer target for the HTML sanitizer. Every input must keep the promises checked by
// fuzz/sanitizer_properties.h: no crash or sanitizer report, nothing but allowed elements
// and attributes (so no <script>, no on* attribute, no javascript: URL), text in NFC, and
// sanitizing the output again gives the same output; the nesting guard must not
// under-estimate what the parser builds. Built by scripts/fuzz with clang; its corpus
// fuzz/corpus/sanitizer/ replays as an ordinary test (tests/html/sanitizer_corpus_test.cc).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/sanitizer_properties.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string problem = toasoan::fuzz::CheckSanitizerProperties(input);
  if (!problem.empty()) {
    std::fprintf(stderr, "sanitizer property broken: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}

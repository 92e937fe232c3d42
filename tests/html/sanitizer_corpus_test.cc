// Replays the fuzz corpus of the HTML sanitizer (fuzz/corpus/sanitizer/: hostile
// snippets, Word paste, the seed article, and what scripts/fuzz found) through the same
// checks as the libFuzzer target, in the normal build with ASan and UBSan.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/sanitizer_properties.h"

namespace toasoan {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> CorpusFiles() {
  std::vector<fs::path> files;
  const fs::path dir = fs::path(TOASOAN_SOURCE_DIR) / "fuzz" / "corpus" / "sanitizer";
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

TEST(SanitizerCorpusTest, EveryEntryKeepsThePromises) {
  const std::vector<fs::path> files = CorpusFiles();
  // The seeds alone are more than this; an empty or missing folder must not pass.
  ASSERT_GE(files.size(), 40u);
  for (const fs::path& file : files) {
    EXPECT_EQ(fuzz::CheckSanitizerProperties(ReadAll(file)), "") << file.filename();
  }
}

// The checker itself must catch what it is there to catch, or the replay proves nothing.
TEST(SanitizerCorpusTest, CheckerRejectsUnsafeOutput) {
  EXPECT_NE(fuzz::CheckOutputShape("<p>a</p><script>x</script>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<p onclick=\"x\">a</p>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<a href=\"javascript:x\">a</a>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<a href=\"//evil.example\">a</a>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<img src=\"https://evil.example/a.jpg\">", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<p>a<b>b</p></b>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<p>a > b</p>", false), "");
  EXPECT_NE(fuzz::CheckOutputShape("<p>Ho\xCC\x80"
                                   "a</p>",
                                   false),
            "");  // NFD
  EXPECT_NE(fuzz::CheckOutputShape("<p>a</p>", true), "");
  EXPECT_EQ(fuzz::CheckOutputShape(
                "<p>Hòa &amp; <a href=\"https://x.vn/\" rel=\"noopener noreferrer\">x</a></p>\n"
                "<figure><img src=\"/media/a.jpg\" alt=\"&quot;a&quot;\"><figcaption>c"
                "</figcaption></figure>",
                false),
            "");
}

}  // namespace
}  // namespace toasoan

#include "html/html_document.h"

#include <cassert>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "base/check.h"
#include "html/nesting_guard.h"

namespace toasoan {
namespace {

constexpr std::string_view kDoctype = "<!DOCTYPE html>";

// Where a failed gumbo assertion returns to, while this thread runs gumbo (RunGumbo).
thread_local std::jmp_buf* t_gumbo_escape = nullptr;

// Every block gumbo allocates, so all can be freed without gumbo's recursive destroy.
// A block starts with a header holding its index in `live`.
class Allocations {
 public:
  Allocations() = default;
  Allocations(const Allocations&) = delete;
  Allocations& operator=(const Allocations&) = delete;
  ~Allocations() {
    for (void* block : live_) std::free(block);
  }

  static void* Allocate(void* self, std::size_t size) {
    return static_cast<Allocations*>(self)->Add(size);
  }
  static void Deallocate(void* self, void* p) { static_cast<Allocations*>(self)->Remove(p); }

 private:
  static constexpr std::size_t kHeader = alignof(std::max_align_t);

  void* Add(std::size_t size) {
    void* block = std::malloc(size + kHeader);
    CHECK(block != nullptr);  // gumbo cannot fail an allocation; nor can we then
    const std::size_t index = live_.size();
    try {
      live_.push_back(block);
    } catch (const std::bad_alloc&) {
      CHECK(false);  // no exception may cross gumbo's C frames
    }
    std::memcpy(block, &index, sizeof index);
    return static_cast<char*>(block) + kHeader;
  }

  void Remove(void* p) {
    if (p == nullptr) return;
    void* block = static_cast<char*>(p) - kHeader;
    std::size_t index = 0;
    std::memcpy(&index, block, sizeof index);
    CHECK(index < live_.size() && live_[index] == block);
    void* last = live_.back();
    live_[index] = last;
    std::memcpy(last, &index, sizeof index);
    live_.pop_back();
    std::free(block);
  }

  std::vector<void*> live_;
};

// Runs gumbo; false when gumbo failed one of its own assertions. Debian's gumbo 0.10.1
// is built with assertions on, and some inputs trip them (for one,
// "<table><svg><select><desc><select><td>"): an abort would take the whole server down
// with one article. __assert_fail below returns here instead; gumbo keeps no state of
// its own, and every block it allocated belongs to `allocations`, so nothing leaks.
// Only plain C data lives in this frame, as longjmp requires.
bool RunGumbo(const GumboOptions* options, const std::string& input, GumboOutput** output) {
  std::jmp_buf escape;
  if (setjmp(escape) != 0) {
    t_gumbo_escape = nullptr;
    return false;
  }
  t_gumbo_escape = &escape;
  *output = gumbo_parse_with_options(options, input.data(), input.size());
  t_gumbo_escape = nullptr;
  return true;
}

Error TooBig(std::size_t size) {
  return Error::InvalidArgument(
      "HTML of " + std::to_string(size) + " bytes is over the limit of " +
          std::to_string(kMaxHtmlBytes) + " bytes",
      "Nội dung HTML quá dài: tối đa " + std::to_string(kMaxHtmlBytes / 1024) + " KB.");
}

Error TooDeep(std::string_view what) {
  return Error::InvalidArgument(
      "HTML nests deeper than " + std::to_string(kMaxHtmlNesting) + " elements (" +
          std::string(what) + ")",
      "Nội dung HTML lồng nhau quá sâu: tối đa " + std::to_string(kMaxHtmlNesting) + " cấp.");
}

// The deepest element nesting below `root`, without recursion.
int Depth(const GumboNode* root) {
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> pending = {{root, 0}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    if (depth > deepest) deepest = depth;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      pending.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
    }
  }
  return deepest;
}

}  // namespace

std::string WithoutControlCharacters(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size(); ++i) {
    const auto c = static_cast<unsigned char>(html[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) continue;
    if (c == 0xC2 && i + 1 < html.size() && static_cast<unsigned char>(html[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(html[i + 1]) <= 0x9F) {
      ++i;
      continue;
    }
    out.push_back(html[i]);
  }
  return out;
}

struct HtmlDocument::State {
  std::string input;  // gumbo's tree points into it
  Allocations allocations;
  GumboOutput* output = nullptr;
  const GumboNode* body = nullptr;
  int depth = 0;
};

HtmlDocument::HtmlDocument(std::unique_ptr<State> state) : state_(std::move(state)) {}
HtmlDocument::HtmlDocument(HtmlDocument&&) noexcept = default;
HtmlDocument& HtmlDocument::operator=(HtmlDocument&&) noexcept = default;
HtmlDocument::~HtmlDocument() = default;

const GumboNode* HtmlDocument::body() const { return state_->body; }
int HtmlDocument::depth() const { return state_->depth; }

Result<HtmlDocument> HtmlDocument::Parse(std::string_view html) {
  if (html.size() > kMaxHtmlBytes) return Fail(TooBig(html.size()));
  const std::string clean = WithoutControlCharacters(html);
  if (EstimateHtmlNesting(clean, 2 * kMaxHtmlNesting) > 2 * kMaxHtmlNesting) {
    return Fail(TooDeep("estimated before parsing"));
  }
  auto state = std::make_unique<State>();
  state->input.reserve(kDoctype.size() + clean.size());
  state->input.append(kDoctype).append(clean);

  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Allocations::Allocate;
  options.deallocator = &Allocations::Deallocate;
  options.userdata = &state->allocations;
  options.max_errors = 0;
  if (!RunGumbo(&options, state->input, &state->output)) {
    return Fail(Error::InvalidArgument(
        "the HTML parser (gumbo) failed an assertion on this input",
        "Không đọc được nội dung HTML này. Hãy dán lại nội dung dưới dạng văn bản hoặc bỏ "
        "bớt định dạng."));
  }
  CHECK(state->output != nullptr && state->output->root != nullptr);

  const GumboVector& top = state->output->root->v.element.children;
  for (unsigned i = 0; i < top.length; ++i) {
    const auto* node = static_cast<const GumboNode*>(top.data[i]);
    if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY) {
      state->body = node;
    }
  }
  if (state->body != nullptr) {
    state->depth = Depth(state->body);
    if (state->depth > kMaxHtmlNesting) return Fail(TooDeep("after parsing"));
  }
  return HtmlDocument(std::move(state));
}

}  // namespace toasoan

// Replaces glibc's handler for failed assert()s in this program, so that one in gumbo
// (a shared library, which calls it through the dynamic linker) returns to RunGumbo.
// Anywhere else it does what glibc does: print the assertion and abort.
extern "C" [[noreturn]] void __assert_fail(const char* assertion, const char* file,
                                           unsigned int line, const char* function) noexcept {
  if (toasoan::t_gumbo_escape != nullptr) std::longjmp(*toasoan::t_gumbo_escape, 1);
  std::fprintf(stderr, "%s:%u: %s: Assertion `%s' failed.\n", file, line, function, assertion);
  std::abort();
}

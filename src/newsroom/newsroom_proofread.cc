// Newsroom: proofreading an article's text, and the warnings editors dismissed.

#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>

#include "domain/workflow.h"
#include "html/html_text.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_support.h"
#include "proofread/proofreader.h"
#include "proofread/spell_dictionary.h"

namespace toasoan {

using newsroom_internal::Denied;
using newsroom_internal::Invalid;
using newsroom_internal::MakeAudit;
using newsroom_internal::Target;

namespace {

constexpr std::size_t kMaxKey = 2000;

// Debian's hunspell-vi, opened on first use and shared by every request (it locks
// internally); null when it is not installed (then spelling is not checked).
const SpellDictionary* Dictionary() {
  static const std::unique_ptr<SpellDictionary> dictionary = [] {
    auto opened = SpellDictionary::Open(SpellDictionary::kDefaultVietnamese);
    if (!opened) {
      spdlog::warn("proofreading without a dictionary: {}", opened.error().message());
      return std::unique_ptr<SpellDictionary>();
    }
    return std::move(*opened);
  }();
  return dictionary.get();
}

// The body's lines, one paragraph each (HtmlToText drops empty lines).
Result<std::vector<std::string>> BodyParagraphs(std::string_view body_html) {
  auto text = HtmlToText(body_html);
  if (!text) {
    return Fail(Invalid("body cannot be proofread: " + text.error().message(),
                        "Nội dung quá lớn hoặc quá phức tạp để soát lỗi."));
  }
  std::vector<std::string> paragraphs;
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) paragraphs.push_back(std::move(line));
  }
  return paragraphs;
}

Result<std::vector<ProofWarning>> Check(ProofreadText text,
                                        std::set<std::string, std::less<>> dismissed) {
  ProofreadOptions options;  // the engine's default tone style: the site has no setting
  options.dictionary = Dictionary();
  options.dismissed = std::move(dismissed);
  return Proofread(text, options);
}

// "rule|field|paragraph|found" with a known rule and field.
Result<void> CheckKey(std::string_view key) {
  auto bad = [&] { return Fail(Invalid("malformed dismissal key", "Mã cảnh báo không hợp lệ.")); };
  if (key.empty() || key.size() > kMaxKey) return bad();
  std::size_t a = key.find('|');
  if (a == std::string_view::npos) return bad();
  std::size_t b = key.find('|', a + 1);
  if (b == std::string_view::npos) return bad();
  std::size_t c = key.find('|', b + 1);
  if (c == std::string_view::npos) return bad();
  std::string_view rule = key.substr(0, a);
  std::string_view field = key.substr(a + 1, b - a - 1);
  std::string_view paragraph = key.substr(b + 1, c - b - 1);
  namespace r = proof_rule;
  bool known_rule = false;
  for (std::string_view k : {r::kNameSpelling, r::kRepeatedText, r::kDecomposed, r::kLegacyEncoding,
                             r::kTonePlacement, r::kSpelling, r::kDoubleSpace, r::kUnbalanced}) {
    known_rule = known_rule || rule == k;
  }
  if (!known_rule) return bad();
  if (field != "title" && field != "lead" && field != "body") return bad();
  if (paragraph.empty() || paragraph.size() > 9) return bad();
  for (char ch : paragraph) {
    if (ch < '0' || ch > '9') return bad();
  }
  return {};
}

// The audit detail of a dismissal key (CheckKey has passed): "rule: spelling; field:
// body; paragraph: 2; found: Ơ Môn".
std::string KeyDetail(std::string_view key) {
  std::string detail;
  constexpr std::string_view kNames[] = {"rule", "field", "paragraph"};
  for (std::string_view name : kNames) {
    const std::size_t bar = key.find('|');
    detail += std::string(name) + ": " + std::string(key.substr(0, bar)) + "; ";
    key.remove_prefix(bar + 1);
  }
  return detail + "found: " + std::string(key);
}

}  // namespace

Result<std::vector<ProofWarning>> Newsroom::ProofreadArticle(const Actor& actor,
                                                             int64_t article_id) {
  auto a = store_.ArticleById(article_id);
  if (!a) return Fail(a.error());
  TOASOAN_TRY(CheckCanView(actor.user, *a));
  auto paragraphs = BodyParagraphs(a->body_html);
  if (!paragraphs) return Fail(paragraphs.error());
  auto dismissed = newsroom_store_.DismissedWarnings(article_id);
  if (!dismissed) return Fail(dismissed.error());
  return Check(ProofreadText{a->title, a->lead, std::move(*paragraphs)},
               {dismissed->begin(), dismissed->end()});
}

Result<std::vector<ProofWarning>> Newsroom::ProofreadUnsaved(const Actor& actor,
                                                             const ProofreadDraft& text,
                                                             std::optional<int64_t> article_id) {
  if (actor.user.disabled) {
    return Fail(
        Denied("account " + actor.user.username + " is disabled", "Tài khoản này đã bị khóa."));
  }
  std::set<std::string, std::less<>> dismissed;
  if (article_id) {
    auto a = store_.ArticleById(*article_id);
    if (!a) return Fail(a.error());
    TOASOAN_TRY(CheckCanView(actor.user, *a));
    auto keys = newsroom_store_.DismissedWarnings(*article_id);
    if (!keys) return Fail(keys.error());
    dismissed.insert(keys->begin(), keys->end());
  }
  auto paragraphs = BodyParagraphs(text.body_html);
  if (!paragraphs) return Fail(paragraphs.error());
  return Check(ProofreadText{text.title, text.lead, std::move(*paragraphs)}, std::move(dismissed));
}

Result<void> Newsroom::DismissWarning(const Actor& actor, int64_t article_id,
                                      std::string_view key) {
  auto a = store_.ArticleById(article_id);
  if (!a) return Fail(a.error());
  TOASOAN_TRY(CheckCanEdit(actor.user, *a));
  TOASOAN_TRY(CheckKey(key));
  const Timestamp now = clock_.Now();
  return newsroom_store_.DismissWarning(
      article_id, key, actor.user.id, now,
      MakeAudit(actor, "proofread.dismissed", Target("article", article_id), KeyDetail(key), now));
}

Result<void> Newsroom::RestoreWarning(const Actor& actor, int64_t article_id,
                                      std::string_view key) {
  auto a = store_.ArticleById(article_id);
  if (!a) return Fail(a.error());
  TOASOAN_TRY(CheckCanEdit(actor.user, *a));
  TOASOAN_TRY(CheckKey(key));
  return newsroom_store_.RestoreWarning(
      article_id, key,
      MakeAudit(actor, "proofread.restored", Target("article", article_id), KeyDetail(key),
                clock_.Now()));
}

}  // namespace toasoan

#include "importer/article_import.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <system_error>
#include <utility>

#include "html/escape.h"
#include "html/sanitizer.h"
#include "importer/article_text.h"
#include "text/fold.h"
#include "text/nfc.h"
#include "text/slug.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

// A page-text export is a few kilobytes; anything this large is not one.
constexpr std::uintmax_t kMaxFileBytes = 8 << 20;
// Retries of a section slug that another writer took between our read and our write.
constexpr int kMaxSlugAttempts = 100;

std::string Quoted(const std::filesystem::path& file) { return "'" + file.string() + "'"; }

Result<std::string> ReadFile(const std::filesystem::path& file) {
  std::error_code ec;
  const auto status = std::filesystem::status(file, ec);
  if (ec) {
    return Fail(Error::Io("cannot read article file " + Quoted(file) + ": " + ec.message()));
  }
  if (!std::filesystem::is_regular_file(status)) {
    return Fail(Error::Io("cannot read article file " + Quoted(file) + ": not a regular file"));
  }
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (!ec && size > kMaxFileBytes) {
    return Fail(Error::InvalidArgument("article file " + Quoted(file) + " is " +
                                       std::to_string(size) +
                                       " bytes, more than an export can be"));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Fail(
        Error::Io("cannot read article file " + Quoted(file) + ": " + std::strerror(errno)));
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    return Fail(Error::Io("cannot read article file " + Quoted(file) + ": read failed"));
  }
  return text;
}

std::string SectionKey(std::string_view name) { return ToLowerNfc(CollapseWhitespace(name)); }

// The section called `name` (compared in NFC lower case), created at the end of the top
// level when there is none.
Result<Section> FindOrCreateSection(Store& store, const std::string& name) {
  auto sections = store.ListSections();
  if (!sections) return Fail(sections.error());
  const std::string key = SectionKey(name);
  std::set<std::string, std::less<>> taken;
  int position = 0;
  for (const Section& s : *sections) {
    if (SectionKey(s.name) == key) return s;
    taken.insert(s.slug);
    if (!s.parent_id) position = std::max(position, s.position + 1);
  }

  std::string base = Slugify(name);
  if (base.empty()) base = "chuyen-muc";  // a name with no Latin letters or digits
  Section section;
  section.name = name;
  section.position = position;
  int suffix = 1;
  for (int attempt = 0; attempt < kMaxSlugAttempts; ++attempt) {
    std::string slug;
    do {
      slug = suffix == 1 ? base : base + "-" + std::to_string(suffix);
      ++suffix;
    } while (taken.contains(slug) || IsReservedSectionSlug(slug));
    section.slug = slug;
    auto saved = store.SaveSection(section);
    if (saved) return saved;
    if (!saved.error().IsConflict()) return Fail(saved.error());
    taken.insert(slug);
  }
  return Fail(Error::Conflict("no free slug for section '" + name + "' after " +
                              std::to_string(kMaxSlugAttempts) + " attempts"));
}

// The body as the newsroom would save it: built from escaped text, then through the
// sanitizer like every other body (NFC, one block per line, the same markup rules).
Result<std::string> BodyHtml(const std::vector<std::string>& paragraphs) {
  std::string html;
  for (const std::string& p : paragraphs) {
    if (!html.empty()) html += '\n';
    // A "* " paragraph opens a second story in the same article; the marker stays in the
    // text as the newsroom wrote it, the class lets the template set it apart.
    html += p.starts_with("* ") ? "<p class=\"sub-story\">" : "<p>";
    AppendEscapedHtml(p, &html);
    html += "</p>";
  }
  return SanitizeBodyHtml(html, SanitizeOptions{});
}

// Photos of the parsed text, awaiting their files (Store::SaveImport gives a photo the
// stored article already has, same caption and credit, its id and file back).
std::vector<Photo> BuildPhotos(const std::vector<ParsedPhoto>& parsed) {
  std::vector<Photo> photos;
  for (const ParsedPhoto& p : parsed) {
    Photo photo;
    photo.caption = p.caption;
    photo.credit = p.credit;
    photo.alt = p.caption;
    photo.position = p.position;
    photos.push_back(std::move(photo));
  }
  return photos;
}

}  // namespace

Result<ImportOutcome> ImportArticleFile(Store& store, const std::filesystem::path& file,
                                        const Clock& clock, bool force) {
  auto text = ReadFile(file);
  if (!text) return Fail(text.error());
  auto parsed = ParseArticleText(*text);
  if (!parsed) {
    return Fail(Error(parsed.error().code(), Quoted(file) + ": " + parsed.error().message()));
  }
  auto section = FindOrCreateSection(store, parsed->section_name);
  if (!section) return Fail(section.error());

  Article article;
  article.created_at = clock.Now();
  article.section_id = section->id;
  article.slug = Slugify(parsed->title);
  if (article.slug.empty()) article.slug = "bai-viet";  // a title with no Latin letters
  article.title = parsed->title;
  article.lead = parsed->lead;
  auto body = BodyHtml(parsed->paragraphs);
  if (!body) {
    return Fail(Error(body.error().code(), Quoted(file) + ": " + body.error().message(),
                      body.error().user_message()));
  }
  article.body_html = std::move(*body);
  article.bylines = parsed->bylines;
  article.photos = BuildPhotos(parsed->photos);
  article.status = ArticleStatus::kPublished;
  article.updated_at = parsed->updated_at;
  article.published_at = parsed->updated_at;
  article.import_key = ToNfc(file.stem().string());

  auto saved = store.SaveImport(ImportRequest{std::move(article), force});
  if (!saved) return Fail(saved.error());
  ImportOutcome outcome{std::move(saved->article), saved->action, {}};
  if (outcome.action == ImportAction::kSkipped) {
    outcome.note =
        "bỏ qua: bài viết đã được sửa trong tòa soạn sau lần nhập trước, giữ nguyên bản của "
        "tòa soạn (nhập lại với --force để ghi đè; bản của tòa soạn sẽ được lưu thành phiên "
        "bản)";
  } else if (outcome.action == ImportAction::kOverwritten) {
    outcome.note = "đã ghi đè bản sửa trong tòa soạn (--force); bản trước được lưu thành phiên bản";
  }
  return outcome;
}

}  // namespace toasoan

#include "newsroom/article_edit.h"

#include <utility>

#include "html/html_text.h"
#include "html/sanitizer.h"
#include "text/nfc.h"
#include "text/slug.h"
#include "text/utf8.h"
#include "text/whitespace.h"

namespace toasoan {
namespace {

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxLead = 1000;
constexpr std::size_t kMaxByline = 200;
constexpr std::size_t kMaxBylines = 20;
constexpr std::size_t kMaxCaption = 1000;
constexpr std::size_t kMaxCredit = 200;
constexpr std::size_t kMaxAlt = 500;
constexpr std::size_t kMaxPhotos = 100;
constexpr std::size_t kMaxFile = 300;

Error Invalid(std::string log, std::string user) {
  return Error::InvalidArgument(std::move(log), std::move(user));
}

// A photo file: a relative path of ASCII letters, digits, '.', '_', '-' and '/', with no
// empty, "." or ".." segment (it is served from under the media folder).
bool IsLibraryPath(std::string_view f) {
  if (f.empty() || f.size() > kMaxFile) return false;
  std::size_t start = 0;
  while (start <= f.size()) {
    std::size_t end = f.find('/', start);
    if (end == std::string_view::npos) end = f.size();
    const std::string_view seg = f.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    for (char c : seg) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
      if (!ok) return false;
    }
    start = end + 1;
  }
  return true;
}

}  // namespace

Result<std::string> CleanPlainText(std::string_view input, std::string_view field,
                                   std::size_t max_chars) {
  auto text = HtmlToText(ToNfc(input));
  if (!text) {
    return Fail(Invalid(std::string(field) + ": " + text.error().message(),
                        std::string(field) + ": " +
                            (text.error().user_message().empty() ? "nội dung không đọc được."
                                                                 : text.error().user_message())));
  }
  std::string clean = ToNfc(CollapseWhitespace(*text));
  if (CountCodePoints(clean) > max_chars) {
    return Fail(
        Invalid(std::string(field) + " is longer than " + std::to_string(max_chars) + " characters",
                std::string(field) + " dài quá " + std::to_string(max_chars) + " ký tự."));
  }
  return clean;
}

Result<Article> ApplyArticleEdit(Article a, const ArticleEdit& edit,
                                 const SanitizeOptions& options) {
  if (edit.title) {
    auto title = CleanPlainText(*edit.title, "Tiêu đề", kMaxTitle);
    if (!title) return Fail(title.error());
    a.title = std::move(*title);
  }
  if (a.title.empty()) {
    return Fail(Invalid("an article needs a title", "Tiêu đề: xin nhập tiêu đề bài viết."));
  }
  if (!a.published_at) {
    a.slug = Slugify(a.title);
    if (a.slug.empty()) a.slug = "bai-viet";
  }
  if (edit.lead) {
    auto lead = CleanPlainText(*edit.lead, "Sapo", kMaxLead);
    if (!lead) return Fail(lead.error());
    a.lead = std::move(*lead);
  }
  if (edit.body_html) {
    auto body = SanitizeBodyHtml(ToNfc(*edit.body_html), options);
    if (!body) {
      return Fail(Invalid(
          "body: " + body.error().message(),
          "Nội dung: " + (body.error().user_message().empty() ? std::string("không đọc được.")
                                                              : body.error().user_message())));
    }
    a.body_html = std::move(*body);
  }
  if (edit.section_id) {
    if (*edit.section_id <= 0) {
      return Fail(Invalid("no section chosen", "Chuyên mục: xin chọn chuyên mục."));
    }
    a.section_id = *edit.section_id;
  }
  if (edit.bylines) {
    if (edit.bylines->size() > kMaxBylines) {
      return Fail(Invalid("too many bylines",
                          "Tác giả: nhiều nhất " + std::to_string(kMaxBylines) + " tên."));
    }
    std::vector<std::string> bylines;
    for (const std::string& b : *edit.bylines) {
      auto clean = CleanPlainText(b, "Tác giả", kMaxByline);
      if (!clean) return Fail(clean.error());
      if (!clean->empty()) bylines.push_back(std::move(*clean));
    }
    a.bylines = std::move(bylines);
  }
  if (edit.photos) {
    if (edit.photos->size() > kMaxPhotos) {
      return Fail(Invalid("too many photos",
                          "Ảnh: nhiều nhất " + std::to_string(kMaxPhotos) + " ảnh trong một bài."));
    }
    std::vector<Photo> photos;
    for (const Photo& in : *edit.photos) {
      Photo p = in;
      if (!p.file.empty() && !IsLibraryPath(p.file)) {
        return Fail(Invalid("photo file '" + p.file + "' is not a library path",
                            "Ảnh: đường dẫn tệp ảnh không hợp lệ."));
      }
      auto caption = CleanPlainText(in.caption, "Chú thích ảnh", kMaxCaption);
      if (!caption) return Fail(caption.error());
      auto credit = CleanPlainText(in.credit, "Nguồn ảnh", kMaxCredit);
      if (!credit) return Fail(credit.error());
      auto alt = CleanPlainText(in.alt, "Mô tả ảnh (alt)", kMaxAlt);
      if (!alt) return Fail(alt.error());
      p.caption = std::move(*caption);
      p.credit = std::move(*credit);
      p.alt = std::move(*alt);
      if (p.position < 0) p.position = 0;
      photos.push_back(std::move(p));
    }
    a.photos = std::move(photos);
  }
  return a;
}

}  // namespace toasoan

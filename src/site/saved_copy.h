#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.h"
#include "domain/article.h"
#include "render/site_renderer.h"

namespace toasoan {

// Where the files of an article's saved copy ("Lưu bài viết") come from.
struct SavedCopyFiles {
  std::filesystem::path stylesheet;  // static/css/print.css: the copy is the print view
  std::filesystem::path media_dir;   // the data folder's media/, where Photo::file lives
};

// A photo larger than this stays out of the saved copy (its caption stays): the copy is
// meant to be small enough to keep and send on.
inline constexpr size_t kMaxInlinePhotoBytes = 2 * 1024 * 1024;

// Reads what the saved copy of `a` carries inside itself: the stylesheet, and each photo
// that has a file (a JPEG, PNG, WebP, GIF or AVIF of at most kMaxInlinePhotoBytes, under
// media_dir) as a data: URL. A photo that cannot be inlined is left out with a warning
// in the log; so is a missing stylesheet, since an unstyled copy still serves its reader.
// Does no other I/O; never fails.
OfflineAssets LoadOfflineAssets(const SavedCopyFiles& files, const Article& a);

// "data:<mime>;base64,<bytes in base64>".
std::string DataUrl(std::string_view mime, std::string_view bytes);

// The Content-Disposition of a download named `stem` + ".html": an ASCII filename= for
// old clients (characters outside [A-Za-z0-9._-] become '-') and an RFC 5987 filename*
// with the UTF-8 name percent-encoded. An empty stem becomes "bai-viet".
std::string AttachmentDisposition(std::string_view stem);

}  // namespace toasoan

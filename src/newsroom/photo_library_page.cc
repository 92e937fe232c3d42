#include "newsroom/photo_library_page.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "newsroom/admin_json.h"
#include "newsroom/newsroom_page_templates.h"
#include "newsroom/request_auth.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using Dict = ctemplate::TemplateDictionary;

constexpr char kPhotosTemplate[] = "newsroom/photos.tpl";
constexpr char kPagePath[] = "/toa-soan/anh";

void Set(Dict* d, const char* name, std::string_view value) {
  d->SetValue(name, ctemplate::TemplateString(value.data(), value.size()));
}

// The smallest variant at least `width` wide, else the original: a light thumbnail.
std::string ThumbnailUrl(const PhotoAsset& a, int width) {
  const ImageVariant* best = nullptr;
  for (const ImageVariant& v : a.variants) {
    if (v.mime_type != "image/jpeg" || v.width < width) continue;
    if (best == nullptr || v.width < best->width) best = &v;
  }
  return "/media/" + (best ? best->file : a.file);
}

std::string FormatBytes(int64_t bytes) {
  if (bytes >= 1024 * 1024) {
    const int64_t tenths = bytes * 10 / (1024 * 1024);
    return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + " MB";
  }
  return std::to_string(std::max<int64_t>(1, bytes / 1024)) + " KB";
}

http::Response SeeOther(std::string location) {
  http::Response r = http::Response::Redirect(303, std::move(location));
  r.cache_control = "no-store";
  return r;
}

}  // namespace

PhotoLibraryPage::PhotoLibraryPage(Newsroom& newsroom, Store& store, PhotoUploads& uploads,
                                   FrozenTemplates templates)
    : newsroom_(newsroom), store_(store), uploads_(uploads), templates_(std::move(templates)) {}

PhotoLibraryPage::~PhotoLibraryPage() = default;

Result<std::unique_ptr<PhotoLibraryPage>> PhotoLibraryPage::Load(Newsroom& newsroom, Store& store,
                                                                 PhotoUploads& uploads,
                                                                 const std::string& templates_dir) {
  // The layout and whatever it may include, then this page's content.
  std::vector<std::string_view> names(kNewsroomTemplates.begin(), kNewsroomTemplates.end());
  names.push_back(kPhotosTemplate);
  auto templates = FrozenTemplates::Load(templates_dir, names);
  if (!templates) return Fail(templates.error());
  return std::unique_ptr<PhotoLibraryPage>(
      new PhotoLibraryPage(newsroom, store, uploads, std::move(*templates)));
}

void PhotoLibraryPage::AddRoutes(http::Router& router) const {
  router.Add(http::Method::kGet, kPagePath,
             [this](const http::Request& req, const http::PathParams&) { return Serve(req); });
}

http::Response PhotoLibraryPage::Serve(const http::Request& req) const {
  auto who = AuthenticateRequest(newsroom_, req);
  if (!who) {
    return SeeOther(std::string("/toa-soan/dang-nhap?tiep=") +
                    http::PercentEncode(req.target.empty() ? kPagePath : req.target));
  }
  PhotoAssetQuery q;
  q.text = req.QueryParam("q").value_or("");
  if (auto page = req.QueryParam("trang")) {
    if (auto n = ParsePositiveId(*page)) q.page = static_cast<int>(std::min<int64_t>(*n, 10000));
  }
  q.per_page = 40;

  Dict root("newsroom");
  Set(&root, "PAGE_TITLE", "Thư viện ảnh");
  if (auto settings = store_.LoadSettings()) Set(&root, "SITE_NAME", settings->name);
  const User& user = who->actor.user;
  Dict* u = root.AddSectionDictionary("USER");
  Set(u, "DISPLAY_NAME", user.display_name.empty() ? user.username : user.display_name);
  Set(u, "ROLE_LABEL", RoleLabel(user.role));
  Set(u, "CSRF", who->csrf_token);
  if (user.role == Role::kAdmin) u->ShowSection("ADMIN");
  Dict* c = root.AddIncludeDictionary("CONTENT");
  c->SetFilename(kPhotosTemplate);
  Set(c, "CSRF", who->csrf_token);
  Set(c, "QUERY", q.text);
  Set(c, "MAX_MB", std::to_string(uploads_.limits().max_bytes / (1024 * 1024)));

  auto list = uploads_.List(*who, q);
  int status = 200;
  if (!list) {
    spdlog::error("photo library page: {}", list.error().message());
    status = 500;
    Set(root.AddSectionDictionary("ERROR"), "TEXT", "Không đọc được thư viện ảnh. Xin thử lại.");
  } else {
    Set(c, "TOTAL", std::to_string(list->total));
    if (list->items.empty()) {
      c->ShowSection(q.text.empty() ? "EMPTY" : "NO_MATCH");
    }
    for (const PhotoAsset& a : list->items) {
      Dict* d = c->AddSectionDictionary("PHOTO");
      Set(d, "ID", std::to_string(a.id));
      Set(d, "THUMB", ThumbnailUrl(a, 480));
      Set(d, "URL", "/media/" + a.file);
      Set(d, "WIDTH", std::to_string(a.width));
      Set(d, "HEIGHT", std::to_string(a.height));
      Set(d, "SIZE", FormatBytes(a.bytes));
      Set(d, "CAPTION", a.caption);
      Set(d, "CREDIT", a.credit);
      Set(d, "ALT", a.alt);
      Set(d, "FILE", a.file);
      Set(d, "UPLOADED", FormatVietnamDate(a.created_at));
      if (!a.variants_done) d->ShowSection("PENDING");
    }
    if (list->pages > 1) {
      Dict* pager = c->AddSectionDictionary("PAGER");
      Set(pager, "PAGE", std::to_string(list->page));
      Set(pager, "PAGES", std::to_string(list->pages));
      const std::string base =
          std::string(kPagePath) + "?q=" + http::PercentEncode(q.text) + "&trang=";
      if (list->page > 1) {
        Set(pager->AddSectionDictionary("PREV"), "URL", base + std::to_string(list->page - 1));
      }
      if (list->page < list->pages) {
        Set(pager->AddSectionDictionary("NEXT"), "URL", base + std::to_string(list->page + 1));
      }
    }
  }

  http::Response r;
  r.cache_control = "no-store";
  std::optional<std::string> out = templates_.Expand(kNrLayout, root);
  if (!out) {
    spdlog::error("photo library page does not expand");
    r.status = 500;
    r.body =
        "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Lỗi máy chủ</title>"
        "<p>Đã có lỗi xảy ra. Xin vui lòng thử lại sau.</p></html>";
    return r;
  }
  r.status = status;
  r.body = std::move(*out);
  return r;
}

}  // namespace toasoan

#include "newsroom/photo_api.h"

#include <chrono>
#include <string>
#include <utility>

#include "newsroom/admin_api.h"
#include "newsroom/admin_json.h"
#include "newsroom/request_auth.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using admin_api::BadBodyAnswer;
using admin_api::ErrorAnswer;
using admin_api::JsonAnswer;

// Multipart framing is not needed for one file per request; the upload route's body
// limit allows this much beyond MediaLimits::max_bytes.
constexpr uint64_t kUploadOverhead = 64 * 1024;

http::Response NoSuchPhoto() {
  return JsonAnswer(
      404,
      {{"error", {{"code", "not_found"}, {"message", "Không tìm thấy ảnh này trong thư viện."}}}});
}

std::string MediaUrl(const std::string& file) { return "/media/" + file; }

// A PATCH text field: absent or null keeps the stored value.
Parsed<std::optional<std::string>> TextField(const nlohmann::json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) {
    return tl::unexpected(
        BodyError{400, std::string("Trường \"") + name + "\" phải là một chuỗi văn bản."});
  }
  return std::optional<std::string>(it->get<std::string>());
}

}  // namespace

PhotoApi::PhotoApi(Newsroom& newsroom, PhotoUploads& uploads)
    : newsroom_(newsroom), uploads_(uploads) {}

nlohmann::json PhotoApi::AssetJson(const PhotoAsset& a) {
  nlohmann::json variants = nlohmann::json::array();
  for (const ImageVariant& v : a.variants) {
    variants.push_back({{"url", MediaUrl(v.file)},
                        {"file", v.file},
                        {"mime_type", v.mime_type},
                        {"width", v.width},
                        {"height", v.height},
                        {"bytes", v.bytes}});
  }
  return {{"id", a.id},
          {"file", a.file},
          {"url", MediaUrl(a.file)},
          {"hash", a.hash},
          {"width", a.width},
          {"height", a.height},
          {"bytes", a.bytes},
          {"caption", a.caption},
          {"credit", a.credit},
          {"alt", a.alt},
          {"uploaded_by", a.uploaded_by},
          {"created_at", FormatRfc3339(a.created_at)},
          {"variants_ready", a.variants_done},
          {"variants", std::move(variants)}};
}

http::Response PhotoApi::TooLarge() const {
  const int64_t mib = uploads_.limits().max_bytes / (1024 * 1024);
  return JsonAnswer(
      413, {{"error",
             {{"code", "too_large"},
              {"message", "Tệp ảnh quá lớn: mỗi ảnh tối đa " + std::to_string(mib) + " MB."}}}});
}

void PhotoApi::AddRoutes(http::Router& router) {
  using http::Method;
  using P = const http::PathParams&;
  using R = const http::Request&;
  // Authenticated as every Admin API call; unsafe calls need the session's CSRF token.
  auto guarded = [this](std::function<http::Response(R, P, const Authenticated&)> action) {
    return [this, action = std::move(action)](R req, P params) {
      auto who = AuthenticateRequest(newsroom_, req);
      if (!who) return ErrorAnswer(who.error());
      http::Response r = action(req, params, *who);
      if (req.method != Method::kGet && r.status < 300 && after_write_) after_write_();
      return r;
    };
  };
  http::RouteOptions upload_options;
  upload_options.body_limit = static_cast<uint64_t>(uploads_.limits().max_bytes) + kUploadOverhead;
  upload_options.read_timeout = std::chrono::seconds(300);  // 25 MB from a phone
  upload_options.too_large = [this] { return TooLarge(); };
  router.Add(Method::kPost, "/api/v1/admin/photos",
             guarded([this](R req, P, const Authenticated& who) { return Upload(req, who); }),
             std::move(upload_options));
  router.Add(Method::kGet, "/api/v1/admin/photos",
             guarded([this](R req, P, const Authenticated& who) { return List(req, who); }));
  router.Add(Method::kGet, "/api/v1/admin/photos/{id}",
             guarded([this](R, P p, const Authenticated& who) { return Get(p.Get("id"), who); }));
  router.Add(Method::kPatch, "/api/v1/admin/photos/{id}",
             guarded([this](R req, P p, const Authenticated& who) {
               return Update(req, p.Get("id"), who);
             }));
}

http::Response PhotoApi::Upload(const http::Request& req, const Authenticated& who) {
  if (static_cast<int64_t>(req.body.size()) > uploads_.limits().max_bytes) return TooLarge();
  if (req.Header("content-type").starts_with("multipart/")) {
    return JsonAnswer(415, {{"error",
                             {{"code", "unsupported_media_type"},
                              {"message",
                               "Hãy gửi từng tệp ảnh làm nội dung của yêu cầu, không dùng "
                               "multipart/form-data."}}}});
  }
  auto added = uploads_.Upload(who, req.body);
  if (!added) return ErrorAnswer(added.error());
  nlohmann::json body = {{"photo", AssetJson(added->asset)}, {"created", added->created}};
  if (auto name = req.Header("x-file-name"); !name.empty()) {
    body["name"] = http::PercentDecode(name, false);
  }
  return JsonAnswer(added->created ? 201 : 200, body);
}

http::Response PhotoApi::List(const http::Request& req, const Authenticated& who) {
  PhotoAssetQuery q;
  q.text = req.QueryParam("q").value_or("");
  if (auto page = req.QueryParam("page")) {
    if (auto n = ParsePositiveId(*page)) q.page = static_cast<int>(std::min<int64_t>(*n, 10000));
  }
  auto list = uploads_.List(who, q);
  if (!list) return ErrorAnswer(list.error());
  nlohmann::json items = nlohmann::json::array();
  for (const PhotoAsset& a : list->items) items.push_back(AssetJson(a));
  return JsonAnswer(200, {{"items", std::move(items)},
                          {"page", list->page},
                          {"pages", list->pages},
                          {"total", list->total}});
}

http::Response PhotoApi::Get(std::string_view id_text, const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchPhoto();
  auto asset = uploads_.Get(who, *id);
  if (!asset) return ErrorAnswer(asset.error());
  return JsonAnswer(200, {{"photo", AssetJson(*asset)}});
}

http::Response PhotoApi::Update(const http::Request& req, std::string_view id_text,
                                const Authenticated& who) {
  auto id = ParsePositiveId(id_text);
  if (!id) return NoSuchPhoto();
  auto body = ParseJsonObject(req.body);
  if (!body) return BadBodyAnswer(body.error());
  auto caption = TextField(*body, "caption");
  if (!caption) return BadBodyAnswer(caption.error());
  auto credit = TextField(*body, "credit");
  if (!credit) return BadBodyAnswer(credit.error());
  auto alt = TextField(*body, "alt");
  if (!alt) return BadBodyAnswer(alt.error());
  auto current = uploads_.Get(who, *id);
  if (!current) return ErrorAnswer(current.error());
  auto updated =
      uploads_.UpdateText(who, *id, caption->value_or(current->caption),
                          credit->value_or(current->credit), alt->value_or(current->alt));
  if (!updated) return ErrorAnswer(updated.error());
  return JsonAnswer(200, {{"photo", AssetJson(*updated)}});
}

}  // namespace toasoan

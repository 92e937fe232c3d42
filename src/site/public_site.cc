#include "site/public_site.h"

#include <charconv>

#include <spdlog/spdlog.h>

#include "render/body_images.h"
#include "render/urls.h"

namespace toasoan {

namespace {

constexpr int kHomeLatest = 12;
constexpr int kHomeBlock = 5;
constexpr int kSectionPerPage = 20;

http::Response Html(int status, std::string body) {
  http::Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

void TagFrame(http::Response& r) {
  for (const char* t : kFrameTags) r.tags.emplace_back(t);
}

// Last-Modified is left to the server (the time of rendering): a page also shows the
// menu and settings, so the newest article time would be a lie after those change.
void TagArticles(http::Response& r, const std::vector<Article>& articles) {
  for (const auto& a : articles) r.tags.push_back("article:" + std::to_string(a.id));
}

// "?page=N": 1 when absent; nullopt when not a positive number.
std::optional<int> PageParam(const http::Request& req) {
  auto v = req.QueryParam("page");
  if (!v) return 1;
  if (v->empty() || v->front() == '0') return std::nullopt;  // one spelling per page
  int page = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), page);
  if (ec != std::errc() || ptr != v->data() + v->size() || page < 1) return std::nullopt;
  return page;
}

}  // namespace

PublicSite::PublicSite(Store& store, const SiteRenderer& renderer, std::string base_url_override,
                       SavedCopyFiles saved_copy)
    : store_(store),
      renderer_(renderer),
      base_url_override_(std::move(base_url_override)),
      saved_copy_(std::move(saved_copy)),
      photos_(dynamic_cast<PhotoLibrary*>(&store)) {}

Result<PageFrame> PublicSite::Frame() const {
  PageFrame f;
  auto settings = store_.LoadSettings();
  if (!settings) return Fail(settings.error());
  f.site = std::move(*settings);
  if (!base_url_override_.empty()) f.site.base_url = base_url_override_;
  auto sections = store_.ListSections();
  if (!sections) return Fail(sections.error());
  f.sections = std::move(*sections);
  return f;
}

void PublicSite::AddRoutes(http::Router& router) const {
  using http::Method;
  router.Add(Method::kGet, "/",
             [this](const http::Request&, const http::PathParams&) { return Home(); });
  router.Add(Method::kGet, "/{section}",
             [this](const http::Request& req, const http::PathParams& p) {
               return SectionListing(req, p.Get("section"));
             },
             {.cache_query = {"page"}});
  router.Add(Method::kGet, "/{section}/{article}",
             [this](const http::Request&, const http::PathParams& p) {
               return ArticleView(p.Get("section"), p.Get("article"), false);
             });
  router.Add(Method::kGet, "/{section}/{article}/in",
             [this](const http::Request&, const http::PathParams& p) {
               return ArticleView(p.Get("section"), p.Get("article"), true);
             });
  router.Add(Method::kGet, "/{section}/{article}/luu",
             [this](const http::Request&, const http::PathParams& p) {
               return SavedCopy(p.Get("section"), p.Get("article"));
             });
}

http::Response PublicSite::Failure(const Error& e) const {
  spdlog::error("public page failed: {}", e.message());
  http::Response r = Html(500,
                          "<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\">"
                          "<title>Lỗi máy chủ</title><p>Đã có lỗi xảy ra. Xin vui lòng "
                          "thử lại sau.</p></html>");
  r.cache_control = "no-store";
  return r;
}

http::Response PublicSite::NotFound() const {
  auto frame = Frame();
  if (!frame) return Failure(frame.error());
  // Not cached, so without the date tag.
  if (sources_.clock != nullptr) frame->today = sources_.clock->Now();
  http::Response r = Html(404, renderer_.NotFoundPage(*frame));
  return r;
}

http::Response PublicSite::Home() const {
  auto frame = Frame();
  if (!frame) return Failure(frame.error());
  auto latest =
      store_.ListPublished({.section_id = std::nullopt, .page = 1, .per_page = kHomeLatest});
  if (!latest) return Failure(latest.error());
  http::Response r;
  r.cacheable = true;
  TagFrame(r);
  r.tags.emplace_back("list:all");
  TagArticles(r, latest->items);
  AddToday(sources_, &*frame, &r);
  AddMostRead(store_, sources_, &*frame, &r);
  std::vector<SectionBlock> blocks;
  for (const auto& s : frame->sections) {
    if (s.parent_id) continue;
    auto list = store_.ListPublished({.section_id = s.id, .page = 1, .per_page = kHomeBlock});
    if (!list) return Failure(list.error());
    r.tags.push_back("list:section:" + std::to_string(s.id));
    TagArticles(r, list->items);
    if (!list->items.empty()) blocks.push_back({s, std::move(list->items)});
  }
  r.body = renderer_.Home(*frame, latest->items, blocks);
  return r;
}

http::Response PublicSite::SectionListing(const http::Request& req, std::string_view slug) const {
  auto section = store_.SectionBySlug(slug);
  if (!section) return section.error().IsNotFound() ? NotFound() : Failure(section.error());
  auto page = PageParam(req);
  if (!page) return NotFound();
  auto frame = Frame();
  if (!frame) return Failure(frame.error());
  auto list =
      store_.ListPublished({.section_id = section->id, .page = *page, .per_page = kSectionPerPage});
  if (!list) return Failure(list.error());
  if (*page > list->pages) return NotFound();
  http::Response r;
  r.cacheable = true;
  TagFrame(r);
  r.tags.push_back("section:" + std::to_string(section->id));
  r.tags.push_back("list:section:" + std::to_string(section->id));
  TagArticles(r, list->items);
  AddToday(sources_, &*frame, &r);
  r.body = renderer_.SectionPage(*frame, *section, *list);
  return r;
}

http::Response PublicSite::ArticleView(std::string_view section_slug, std::string_view segment,
                                       bool print) const {
  auto id = ArticleIdFromSegment(segment);
  if (!id) return NotFound();
  auto article = store_.ArticleById(*id);
  if (!article) return article.error().IsNotFound() ? NotFound() : Failure(article.error());
  auto frame = Frame();
  if (!frame) return Failure(frame.error());
  if (article->status == ArticleStatus::kUnpublished) {
    if (sources_.clock != nullptr) frame->today = sources_.clock->Now();
    http::Response r = Html(410, renderer_.GonePage(*frame));
    return r;
  }
  if (!IsPublic(*article)) return NotFound();
  auto section = store_.SectionById(article->section_id);
  if (!section) return Failure(section.error());
  std::string canonical = print ? PrintPath(*section, *article) : ArticlePath(*section, *article);
  std::string requested = "/" + std::string(section_slug) + "/" + std::string(segment);
  if (print) requested += "/in";
  if (requested != canonical) return http::Response::Redirect(301, canonical);
  http::Response r;
  r.cacheable = true;
  TagFrame(r);
  r.tags.push_back("section:" + std::to_string(section->id));
  TagArticles(r, {*article});
  if (print) {
    r.body = renderer_.PrintPage(*frame, *section, *article);
    return r;
  }
  // The player is extra: without its audio (not made yet, or unreadable) the page still
  // serves. An unreadable one is not cached, so the next request tries again.
  ArticleExtras extras;
  // The library photos of the body are drawn with their variants; the page goes when
  // they change ("media:FILE", recorded when their variants are made).
  const std::vector<std::string> body_files = BodyLibraryPhotoFiles(article->body_html);
  for (const std::string& file : body_files) r.tags.push_back("media:" + file);
  if (photos_ != nullptr && !body_files.empty()) {
    if (auto assets = photos_->PhotoAssetsByFiles(body_files)) {
      extras.body_photos = std::move(*assets);
    } else {
      spdlog::warn("article {}: cannot read its body's photos: {}", article->id,
                   assets.error().message());
      r.cacheable = false;
    }
  }
  AddToday(sources_, &*frame, &r);
  AddMostRead(store_, sources_, &*frame, &r);
  AddRelated(store_, *article, frame->sections, &extras, &r);
  CountViews(sources_, article->id, &r);
  if (auto audio = store_.ArticleAudioOf(article->id)) {
    extras.audio = std::move(*audio);
  } else {
    spdlog::warn("article {}: cannot read its audio: {}", article->id, audio.error().message());
    r.cacheable = false;
  }
  r.body = renderer_.ArticlePage(*frame, *section, *article, extras);
  return r;
}

http::Response PublicSite::SavedCopy(std::string_view section_slug,
                                     std::string_view segment) const {
  auto id = ArticleIdFromSegment(segment);
  if (!id) return NotFound();
  auto article = store_.ArticleById(*id);
  if (!article) return article.error().IsNotFound() ? NotFound() : Failure(article.error());
  auto frame = Frame();
  if (!frame) return Failure(frame.error());
  if (article->status == ArticleStatus::kUnpublished) return Html(410, renderer_.GonePage(*frame));
  if (!IsPublic(*article)) return NotFound();
  auto section = store_.SectionById(article->section_id);
  if (!section) return Failure(section.error());
  const std::string canonical = SavePath(*section, *article);
  if ("/" + std::string(section_slug) + "/" + std::string(segment) + "/luu" != canonical) {
    return http::Response::Redirect(301, canonical);
  }
  http::Response r;
  r.cacheable = true;
  TagFrame(r);
  r.tags.push_back("section:" + std::to_string(section->id));
  TagArticles(r, {*article});
  // A download, not a page to show: the browser saves it under the article's slug.
  r.headers.emplace_back("Content-Disposition", AttachmentDisposition(article->slug));
  r.body =
      renderer_.SavedPage(*frame, *section, *article, LoadOfflineAssets(saved_copy_, *article));
  return r;
}

}  // namespace toasoan

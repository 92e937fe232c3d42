#include "app/newsroom_app.h"

namespace toasoan {

Result<std::unique_ptr<NewsroomApp>> NewsroomApp::Create(Store& store, const Options& options) {
  auto* newsroom_store = dynamic_cast<NewsroomStore*>(&store);
  if (!newsroom_store) return Fail(Error::Internal("this store keeps no newsroom"));
  auto settings = store.LoadSettings();
  if (!settings) return Fail(settings.error());
  const std::string base_url =
      options.base_url_override.empty() ? settings->base_url : options.base_url_override;

  std::unique_ptr<NewsroomApp> app(new NewsroomApp());
  app->newsroom_ =
      std::make_unique<Newsroom>(store, *newsroom_store, Clock::System(), options.policy);
  app->api_ = std::make_unique<AdminApi>(
      *app->newsroom_, store,
      AdminApi::Options{.base_url_override = options.base_url_override,
                        .secure_cookies = base_url.starts_with("https://"),
                        .policy = options.policy});
  auto pages = NewsroomPages::Load(*app->newsroom_, store, options.templates_dir.string(), base_url,
                                   options.policy);
  if (!pages) return Fail(pages.error());
  app->pages_ = std::move(*pages);
  return app;
}

void NewsroomApp::AddRoutes(http::Router& router) {
  api_->AddRoutes(router);
  pages_->AddRoutes(router);
}

std::unique_ptr<ScheduledPublisher> NewsroomApp::Start(ChangeFollower& follower,
                                                       std::chrono::milliseconds interval) {
  api_->SetAfterWrite([&follower] { follower.PollOnce(); });
  pages_->SetAfterWrite([&follower] { follower.PollOnce(); });
  return std::make_unique<ScheduledPublisher>(
      *newsroom_, [&follower] { follower.PollOnce(); }, interval);
}

}  // namespace toasoan

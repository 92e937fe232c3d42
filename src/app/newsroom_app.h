#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "app/change_follower.h"
#include "app/scheduled_publisher.h"
#include "base/result.h"
#include "http/router.h"
#include "newsroom/admin_api.h"
#include "newsroom/newsroom.h"
#include "newsroom/newsroom_pages.h"
#include "store/store.h"

namespace toasoan {

// The newsroom inside `toasoan serve`: the Newsroom service on the data folder's store
// (which must also be a NewsroomStore), the JSON Admin API (/api/v1/admin/…) and the
// newsroom pages (/toa-soan/…), and the timer that publishes scheduled articles.
class NewsroomApp {
 public:
  struct Options {
    SessionPolicy policy;
    // The public site's address when it is not the stored one (serve's listen address);
    // an https address makes the session cookie Secure.
    std::string base_url_override;
    std::filesystem::path templates_dir;  // holds newsroom/*.tpl
  };

  // Fails when the store keeps no newsroom or the newsroom templates do not load.
  static Result<std::unique_ptr<NewsroomApp>> Create(Store& store, const Options& options);

  void AddRoutes(http::Router& router);

  // Starts the publishing timer, and makes every successful Admin API write poll
  // `follower` so that the public pages show it at once. The returned timer must be
  // destroyed before `follower` (declare it after).
  std::unique_ptr<ScheduledPublisher> Start(
      ChangeFollower& follower, std::chrono::milliseconds interval = std::chrono::seconds(5));

  Newsroom& newsroom() { return *newsroom_; }

 private:
  NewsroomApp() = default;

  std::unique_ptr<Newsroom> newsroom_;
  std::unique_ptr<AdminApi> api_;
  std::unique_ptr<NewsroomPages> pages_;
};

}  // namespace toasoan

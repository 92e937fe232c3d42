// PhotoUploads: the audit entries of library uploads and text edits.
#include "newsroom/photo_uploads.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "newsroom/credentials.h"
#include "store/sqlite/sqlite_store.h"
#include "tests/media/photo_fixtures.h"
#include "tests/store/temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1'700'000'000}};

class PhotoUploadsAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    std::filesystem::create_directories(dir_.path() / "media");
    PhotoUploads::Options options;
    options.media_dir = dir_.path() / "media";
    options.clock = &clock_;
    uploads_ = std::make_unique<PhotoUploads>(*store_, std::move(options));
    User u;
    u.username = "phongvien";
    u.display_name = "Phóng viên";
    u.role = Role::kReporter;
    auto created = store_->CreateUser(u, *HashPassword("mat-khau-dung-12345"));
    ASSERT_TRUE(created.has_value()) << created.error().message();
    who_.actor = Actor{*created, "203.0.113.7"};
  }

  std::vector<AuditEntry> Audit() {
    AuditQuery q;
    q.action_prefix = "photo.";
    auto page = store_->ListAudit(q);
    EXPECT_TRUE(page.has_value());
    return page ? page->items : std::vector<AuditEntry>{};
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<PhotoUploads> uploads_;
  Authenticated who_;
};

TEST_F(PhotoUploadsAuditTest, AnUploadIsAuditedOnceWithWhoWhenAndWhichPhoto) {
  const std::string jpeg = testing::MakeJpeg(64, 48);
  ASSERT_FALSE(jpeg.empty());
  auto added = uploads_->Upload(who_, jpeg);
  ASSERT_TRUE(added.has_value()) << added.error().message();
  auto entries = Audit();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].action, "photo.uploaded");
  EXPECT_EQ(entries[0].target, "photo:" + std::to_string(added->asset.id));
  EXPECT_EQ(entries[0].user_id, who_.actor.user.id);
  EXPECT_EQ(entries[0].username, "phongvien");
  EXPECT_EQ(entries[0].address, "203.0.113.7");
  EXPECT_EQ(entries[0].at, kT0);
  EXPECT_NE(entries[0].detail.find(added->asset.file), std::string::npos) << entries[0].detail;

  // The same photo again is the recorded one: nothing new stored, nothing audited.
  auto again = uploads_->Upload(who_, jpeg);
  ASSERT_TRUE(again.has_value());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(Audit().size(), 1u);
  // A refused upload writes nothing either.
  EXPECT_FALSE(uploads_->Upload(who_, "not a photo").has_value());
  EXPECT_EQ(Audit().size(), 1u);
}

TEST_F(PhotoUploadsAuditTest, ATextEditIsAuditedWithBeforeAndAfter) {
  auto added = uploads_->Upload(who_, testing::MakeJpeg(64, 48));
  ASSERT_TRUE(added.has_value()) << added.error().message();
  const int64_t id = added->asset.id;
  clock_.Advance(std::chrono::minutes(5));
  auto updated = uploads_->UpdateText(who_, id, "Kênh Xáng  sạch rác", "Thúy Loan", "Con kênh");
  ASSERT_TRUE(updated.has_value()) << updated.error().message();
  auto entries = Audit();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "photo.updated");
  EXPECT_EQ(entries[0].target, "photo:" + std::to_string(id));
  EXPECT_EQ(entries[0].at, kT0 + std::chrono::minutes(5));
  EXPECT_EQ(entries[0].detail,
            "caption: (trống) → Kênh Xáng sạch rác; credit: (trống) → Thúy Loan; "
            "alt: (trống) → Con kênh");

  auto missing = uploads_->UpdateText(who_, id + 100, "x", "y", "z");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(Audit().size(), 2u) << "an edit of no photo is not audited";
}

}  // namespace
}  // namespace toasoan

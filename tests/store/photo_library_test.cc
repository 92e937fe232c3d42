#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/sqlite/article_rows.h"
#include "store/sqlite/sqlite_store.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};
using TagLists = std::vector<std::vector<std::string>>;

class PhotoLibraryStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    auto section = store_->SaveSection(s);
    ASSERT_TRUE(section.has_value());
    section_id_ = section->id;
  }

  static PhotoAsset Asset(std::string hash, std::string caption, std::string credit) {
    PhotoAsset a;
    a.file = "photos/" + hash + ".jpg";
    a.hash = std::move(hash);
    a.width = 1600;
    a.height = 1000;
    a.bytes = 321'000;
    a.caption = std::move(caption);
    a.credit = std::move(credit);
    a.uploaded_by = 7;
    a.created_at = kT0;
    return a;
  }

  int64_t SaveArticleShowing(const std::string& file) {
    Article a;
    a.section_id = section_id_;
    a.slug = "bai";
    a.title = "Bài có ảnh";
    a.status = ArticleStatus::kPublished;
    a.created_at = a.updated_at = kT0;
    Photo p;
    p.file = file;
    p.caption = "Chú thích trong bài";
    a.photos.push_back(p);
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved.has_value()) << saved.error().message();
    return saved ? saved->id : 0;
  }

  TagLists TagsSince(int64_t after) {
    auto changes = store_->ChangesSince(after);
    EXPECT_TRUE(changes.has_value());
    TagLists tags;
    for (const Change& c : *changes) tags.push_back(c.tags);
    return tags;
  }

  std::vector<int64_t> Search(const std::string& text) {
    PhotoAssetQuery q;
    q.text = text;
    auto list = store_->ListPhotoAssets(q);
    EXPECT_TRUE(list.has_value()) << list.error().message();
    std::vector<int64_t> ids;
    if (list) {
      for (const PhotoAsset& a : list->items) ids.push_back(a.id);
    }
    return ids;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t section_id_ = 0;
};

const std::string kHashA(32, 'a');
const std::string kHashB(32, 'b');

TEST_F(PhotoLibraryStoreTest, AddsReadsAndReusesTheSameFile) {
  auto added =
      store_->AddPhotoAsset(Asset(kHashA, "Lễ ra quân ở Ô Môn", "Thúy Loan"), std::nullopt);
  ASSERT_TRUE(added.has_value()) << added.error().message();
  EXPECT_TRUE(added->created);
  EXPECT_GT(added->asset.id, 0);
  EXPECT_EQ(added->asset.caption, "Lễ ra quân ở Ô Môn");
  EXPECT_EQ(added->asset.uploaded_by, 7);
  EXPECT_EQ(added->asset.created_at, kT0);
  EXPECT_FALSE(added->asset.variants_done);

  auto again = store_->AddPhotoAsset(Asset(kHashA, "Khác", "Khác"), std::nullopt);
  ASSERT_TRUE(again.has_value());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->asset.id, added->asset.id);
  EXPECT_EQ(again->asset.caption, "Lễ ra quân ở Ô Môn") << "the stored one, unchanged";

  auto by_file = store_->PhotoAssetByFile("photos/" + kHashA + ".jpg");
  ASSERT_TRUE(by_file.has_value() && by_file->has_value());
  EXPECT_EQ((*by_file)->id, added->asset.id);
  EXPECT_FALSE(store_->PhotoAssetByFile("photos/none.jpg")->has_value());
  EXPECT_EQ(store_->PhotoAssetById(999).error().code(), ErrorCode::kNotFound);
}

TEST_F(PhotoLibraryStoreTest, ReadsManyFilesInOneCall) {
  const int64_t a = store_->AddPhotoAsset(Asset(kHashA, "Một", "A"), std::nullopt)->asset.id;
  const int64_t b = store_->AddPhotoAsset(Asset(kHashB, "Hai", "B"), std::nullopt)->asset.id;
  const std::vector<ImageVariant> variants = {
      {"photos/" + kHashB + "-480.webp", "image/webp", 480, 300, 900}};
  ASSERT_TRUE(store_->SetPhotoAssetVariants(b, variants).has_value());

  auto found = store_->PhotoAssetsByFiles(
      {"photos/" + kHashB + ".jpg", "photos/none.jpg", "photos/" + kHashA + ".jpg"});
  ASSERT_TRUE(found.has_value()) << found.error().message();
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].id, a);
  EXPECT_EQ((*found)[0].file, "photos/" + kHashA + ".jpg");
  EXPECT_EQ((*found)[1].id, b);
  ASSERT_EQ((*found)[1].variants.size(), 1u);
  EXPECT_EQ((*found)[1].variants[0].file, "photos/" + kHashB + "-480.webp");
  EXPECT_TRUE(store_->PhotoAssetsByFiles({})->empty());
  EXPECT_TRUE(store_->PhotoAssetsByFiles({"photos/none.jpg"})->empty());
}

TEST_F(PhotoLibraryStoreTest, SearchesCaptionAndCreditWithoutDiacritics) {
  const int64_t a =
      store_->AddPhotoAsset(Asset(kHashA, "Lễ ra quân ở Ô Môn", "Thúy Loan"), std::nullopt)
          ->asset.id;
  clock_.Advance(std::chrono::seconds(60));
  PhotoAsset later = Asset(kHashB, "Đường ngập sau mưa", "Minh Thư, Truyền Thanh");
  later.created_at = kT0 + std::chrono::seconds(60);
  const int64_t b = store_->AddPhotoAsset(later, std::nullopt)->asset.id;

  EXPECT_EQ(Search(""), (std::vector<int64_t>{b, a})) << "newest first";
  EXPECT_EQ(Search("o mon"), (std::vector<int64_t>{a}));
  EXPECT_EQ(Search("Ô MÔN"), (std::vector<int64_t>{a}));
  EXPECT_EQ(Search("thuy"), (std::vector<int64_t>{a})) << "the credit";
  EXPECT_EQ(Search("truyen thanh"), (std::vector<int64_t>{b}));
  EXPECT_EQ(Search("duong ngap"), (std::vector<int64_t>{b}));
  EXPECT_TRUE(Search("mua bao").empty()) << "every word must match";
  EXPECT_TRUE(Search("on").empty()) << "words match from their start";

  auto updated =
      store_->UpdatePhotoAssetText(a, "Kênh Xáng sạch rác", "Thúy Loan", "Kênh", std::nullopt);
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(updated->alt, "Kênh");
  EXPECT_EQ(Search("xang"), (std::vector<int64_t>{a}));
  EXPECT_TRUE(Search("o mon").empty()) << "the old caption is no longer searched";
  EXPECT_EQ(store_->UpdatePhotoAssetText(999, "", "", "", std::nullopt).error().code(),
            ErrorCode::kNotFound);
}

TEST_F(PhotoLibraryStoreTest, ArticlePhotosCarryTheAssetsSizeAndVariants) {
  const std::string file = "photos/" + kHashA + ".jpg";
  // An article showing the file before it is recorded is linked when it is.
  const int64_t before = SaveArticleShowing(file);
  const int64_t asset =
      store_->AddPhotoAsset(Asset(kHashA, "Ảnh", "Tác giả"), std::nullopt)->asset.id;
  const int64_t after = SaveArticleShowing(file);

  for (int64_t id : {before, after}) {
    auto a = store_->ArticleById(id);
    ASSERT_TRUE(a.has_value());
    ASSERT_EQ(a->photos.size(), 1u);
    EXPECT_EQ(a->photos[0].asset_id, asset);
    EXPECT_EQ(a->photos[0].width, 1600);
    EXPECT_EQ(a->photos[0].height, 1000);
    EXPECT_TRUE(a->photos[0].variants.empty()) << "none made yet";
    EXPECT_EQ(a->photos[0].caption, "Chú thích trong bài") << "the article's own caption";
  }

  auto pending = store_->PhotoAssetsAwaitingVariants(10);
  ASSERT_TRUE(pending.has_value());
  ASSERT_EQ(pending->size(), 1u);

  const int64_t change = *store_->LatestChangeId();
  std::vector<ImageVariant> variants = {
      {"photos/" + kHashA + "-480.webp", "image/webp", 480, 300, 9'000},
      {"photos/" + kHashA + "-480.jpg", "image/jpeg", 480, 300, 14'000},
  };
  ASSERT_TRUE(store_->SetPhotoAssetVariants(asset, variants).has_value());
  const std::string a1 = "article:" + std::to_string(before);
  const std::string a2 = "article:" + std::to_string(after);
  EXPECT_EQ(TagsSince(change), (TagLists{{"media:" + file, a1, a2}}));
  EXPECT_TRUE(store_->PhotoAssetsAwaitingVariants(10)->empty());

  auto a = store_->ArticleById(after);
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->photos[0].variants.size(), 2u);
  EXPECT_EQ(a->photos[0].variants[0].file, "photos/" + kHashA + "-480.webp");
  EXPECT_EQ(a->photos[0].variants[0].mime_type, "image/webp");
  EXPECT_EQ(a->photos[0].variants[1].bytes, 14'000);
  auto stored = store_->PhotoAssetById(asset);
  ASSERT_TRUE(stored.has_value());
  EXPECT_TRUE(stored->variants_done);
  EXPECT_EQ(stored->variants.size(), 2u);

  // An empty list is recorded too: the worker tried, pages keep the original.
  PhotoAsset other = Asset(kHashB, "", "");
  const int64_t b = store_->AddPhotoAsset(other, std::nullopt)->asset.id;
  ASSERT_TRUE(store_->SetPhotoAssetVariants(b, {}).has_value());
  EXPECT_TRUE(store_->PhotoAssetById(b)->variants_done);
  EXPECT_TRUE(store_->PhotoAssetsAwaitingVariants(10)->empty());
  EXPECT_EQ(store_->SetPhotoAssetVariants(999, {}).error().code(), ErrorCode::kNotFound);
}

TEST_F(PhotoLibraryStoreTest, EditingTheTextRecordsTheFileAndItsArticles) {
  const std::string file = "photos/" + kHashA + ".jpg";
  const int64_t asset =
      store_->AddPhotoAsset(Asset(kHashA, "Ảnh", "Tác giả"), std::nullopt)->asset.id;
  const int64_t article = SaveArticleShowing(file);
  const int64_t change = *store_->LatestChangeId();
  ASSERT_TRUE(store_->UpdatePhotoAssetText(asset, "Mới", "Tác giả", "", std::nullopt).has_value());
  EXPECT_EQ(TagsSince(change), (TagLists{{"media:" + file, "article:" + std::to_string(article)}}));
}

AuditEntry PhotoAuditEntry(std::string action, std::string target, std::string detail) {
  AuditEntry e;
  e.at = kT0;
  e.user_id = 7;
  e.username = "phong.vien";
  e.action = std::move(action);
  e.target = std::move(target);
  e.detail = std::move(detail);
  e.address = "203.0.113.9";
  return e;
}

std::vector<AuditEntry> AuditOf(SqliteStore& store, const std::string& prefix) {
  AuditQuery q;
  q.action_prefix = prefix;
  auto page = store.ListAudit(q);
  EXPECT_TRUE(page.has_value());
  return page ? page->items : std::vector<AuditEntry>{};
}

TEST_F(PhotoLibraryStoreTest, AnAddedPhotoIsAuditedWithItsNewIdOnlyOnce) {
  auto added = store_->AddPhotoAsset(Asset(kHashA, "Ảnh", "Tác giả"),
                                     PhotoAuditEntry("photo.uploaded", "photo:0", "file: x"));
  ASSERT_TRUE(added.has_value()) << added.error().message();
  auto entries = AuditOf(*store_, "photo.");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].target, "photo:" + std::to_string(added->asset.id));
  EXPECT_EQ(entries[0].username, "phong.vien");
  EXPECT_EQ(entries[0].user_id, 7);
  EXPECT_EQ(entries[0].at, kT0);
  // The same file again stores nothing, so audits nothing.
  auto again = store_->AddPhotoAsset(Asset(kHashA, "Ảnh", "Tác giả"),
                                     PhotoAuditEntry("photo.uploaded", "photo:0", "file: x"));
  ASSERT_TRUE(again.has_value());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(AuditOf(*store_, "photo.").size(), 1u);
}

TEST_F(PhotoLibraryStoreTest, ATextEditIsAuditedWithTheWriteAndNotForAnUnknownPhoto) {
  const int64_t asset =
      store_->AddPhotoAsset(Asset(kHashA, "Ảnh", "Tác giả"), std::nullopt)->asset.id;
  const std::string target = "photo:" + std::to_string(asset);
  ASSERT_TRUE(store_
                  ->UpdatePhotoAssetText(asset, "Mới", "Tác giả", "Mô tả",
                                         PhotoAuditEntry("photo.updated", target, "caption"))
                  .has_value());
  EXPECT_EQ(
      store_
          ->UpdatePhotoAssetText(999, "", "", "", PhotoAuditEntry("photo.updated", "photo:999", ""))
          .error()
          .code(),
      ErrorCode::kNotFound);
  auto entries = AuditOf(*store_, "photo.updated");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].target, target);
  EXPECT_EQ(entries[0].detail, "caption");
}

TEST(ImageVariantsJsonTest, RoundTripsAndSkipsMalformedEntries) {
  std::vector<ImageVariant> v = {{"photos/x-480.webp", "image/webp", 480, 300, 1234}};
  auto back = sqlite::ParseImageVariants(sqlite::ImageVariantsJson(v));
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].file, v[0].file);
  EXPECT_EQ(back[0].bytes, 1234);
  EXPECT_TRUE(sqlite::ParseImageVariants("not json").empty());
  EXPECT_EQ(
      sqlite::ParseImageVariants(R"([{"file": ""}, 3, {"file": "a.webp", "width": 10}])").size(),
      1u);
}

}  // namespace
}  // namespace toasoan

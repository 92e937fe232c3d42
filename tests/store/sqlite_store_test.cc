#include "store/sqlite/sqlite_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_db.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

using Names = std::vector<std::string>;
using TagLists = std::vector<std::vector<std::string>>;

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};  // 16/10/2020 02:34 UTC

// Page `page` of the listing of all sections.
PublishedQuery Page(int page, int per_page) {
  PublishedQuery q;
  q.page = page;
  q.per_page = per_page;
  return q;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  std::filesystem::path db_file() const { return dir_.path() / "toasoan.db"; }

  std::unique_ptr<SqliteStore> OpenStore() {
    auto store = SqliteStore::Open(db_file(), clock_);
    EXPECT_TRUE(store.has_value()) << store.error().message();
    return store ? std::move(*store) : nullptr;
  }

  static Section MakeSection(std::string name, std::string slug, int position = 0) {
    Section s;
    s.name = std::move(name);
    s.slug = std::move(slug);
    s.position = position;
    return s;
  }

  static Article MakeArticle(int64_t section_id, std::string title,
                             ArticleStatus status = ArticleStatus::kDraft,
                             std::optional<Timestamp> published_at = std::nullopt) {
    Article a;
    a.section_id = section_id;
    a.slug = "bai-viet";
    a.title = std::move(title);
    a.lead = "Sapo";
    a.body_html = "<p>Nội dung</p>";
    a.status = status;
    a.created_at = kT0;
    a.updated_at = kT0;
    a.published_at = published_at;
    return a;
  }

  // The tags of every change after `after`, one vector per change.
  static std::vector<std::vector<std::string>> TagsSince(Store& store, int64_t after) {
    auto changes = store.ChangesSince(after);
    EXPECT_TRUE(changes.has_value());
    std::vector<std::vector<std::string>> tags;
    for (const Change& c : *changes) tags.push_back(c.tags);
    return tags;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
};

// --- Opening and migrations ------------------------------------------------------------

TEST_F(SqliteStoreTest, OpenMigratesAnEmptyFileAndReopeningKeepsData) {
  {
    auto store = OpenStore();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->SaveSection(MakeSection("Thời sự", "thoi-su")).has_value());
  }
  {
    auto db = sqlite::Database::Open(db_file());
    ASSERT_TRUE(db.has_value());
    EXPECT_EQ(sqlite::SchemaVersion(**db).value(), static_cast<int>(sqlite::Migrations().size()));
  }
  auto again = OpenStore();  // would fail if v1 ran twice
  ASSERT_NE(again, nullptr);
  auto sections = again->ListSections();
  ASSERT_TRUE(sections.has_value());
  ASSERT_EQ(sections->size(), 1u);
  EXPECT_EQ((*sections)[0].name, "Thời sự");
}

TEST_F(SqliteStoreTest, OpenRefusesANewerSchemaVersion) {
  {
    auto db = sqlite::Database::Open(db_file());
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE((*db)->Exec("PRAGMA user_version = 1000").has_value());
  }
  auto store = SqliteStore::Open(db_file(), clock_);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(store.error().message().find("newer"), std::string::npos);
  EXPECT_NE(store.error().message().find(db_file().string()), std::string::npos);
}

TEST_F(SqliteStoreTest, OpenFailsCleanlyOnAFileThatIsNotADatabase) {
  {
    std::FILE* f = std::fopen(db_file().c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs(
        "this is not an SQLite database, just some text long enough to matter.....\n"
        "................................................................\n",
        f);
    std::fclose(f);
  }
  auto store = SqliteStore::Open(db_file(), clock_);
  ASSERT_FALSE(store.has_value());
  EXPECT_EQ(store.error().code(), ErrorCode::kCorruption) << store.error().message();
}

// --- Sections --------------------------------------------------------------------------

TEST_F(SqliteStoreTest, SectionsCreateReadUpdate) {
  auto store = OpenStore();
  auto districts = store->SaveSection(MakeSection("QUẬN ỦY, HUYỆN ỦY", "quan-uy-huyen-uy", 2));
  ASSERT_TRUE(districts.has_value()) << districts.error().message();
  EXPECT_GT(districts->id, 0);
  auto news = store->SaveSection(MakeSection("Tin tức", "tin-tuc", 1));
  ASSERT_TRUE(news.has_value());
  Section child = MakeSection("Quận Ninh Kiều", "ninh-kieu", 0);
  child.parent_id = districts->id;
  auto ninh_kieu = store->SaveSection(child);
  ASSERT_TRUE(ninh_kieu.has_value()) << ninh_kieu.error().message();

  auto list = store->ListSections();
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].slug, "ninh-kieu");  // position 0
  EXPECT_EQ((*list)[1].slug, "tin-tuc");
  EXPECT_EQ((*list)[2].slug, "quan-uy-huyen-uy");
  EXPECT_EQ((*list)[0].parent_id, districts->id);
  EXPECT_FALSE((*list)[1].parent_id.has_value());

  auto by_slug = store->SectionBySlug("quan-uy-huyen-uy");
  ASSERT_TRUE(by_slug.has_value());
  EXPECT_EQ(by_slug->id, districts->id);
  EXPECT_EQ(by_slug->name, "QUẬN ỦY, HUYỆN ỦY");
  EXPECT_EQ(by_slug->position, 2);

  Section renamed = *districts;
  renamed.name = "Quận ủy, Huyện ủy";
  auto updated = store->SaveSection(renamed);
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(updated->id, districts->id);
  auto by_id = store->SectionById(districts->id);
  ASSERT_TRUE(by_id.has_value());
  EXPECT_EQ(by_id->name, "Quận ủy, Huyện ủy");
  EXPECT_EQ(store->ListSections()->size(), 3u);
}

TEST_F(SqliteStoreTest, SectionLookupsOfMissingSectionsAreNotFound) {
  auto store = OpenStore();
  EXPECT_EQ(store->SectionById(42).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store->SectionBySlug("khong-co").error().code(), ErrorCode::kNotFound);
  Section ghost = MakeSection("Ma", "ma");
  ghost.id = 42;
  EXPECT_EQ(store->SaveSection(ghost).error().code(), ErrorCode::kNotFound);
  Section orphan = MakeSection("Mồ côi", "mo-coi");
  orphan.parent_id = 77;
  EXPECT_EQ(store->SaveSection(orphan).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(store->ListSections()->empty());
}

TEST_F(SqliteStoreTest, SectionSlugConflictIsReportedAndChangesNothing) {
  auto store = OpenStore();
  auto first = store->SaveSection(MakeSection("Thời sự", "thoi-su"));
  auto second = store->SaveSection(MakeSection("Kinh tế", "kinh-te"));
  ASSERT_TRUE(first && second);
  const int64_t changes_before = store->LatestChangeId().value();

  auto clash = store->SaveSection(MakeSection("Thời sự 2", "thoi-su"));
  ASSERT_FALSE(clash.has_value());
  EXPECT_EQ(clash.error().code(), ErrorCode::kConflict);
  EXPECT_NE(clash.error().message().find("thoi-su"), std::string::npos);
  EXPECT_FALSE(clash.error().user_message().empty());

  Section rename = *second;
  rename.slug = "thoi-su";
  EXPECT_EQ(store->SaveSection(rename).error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store->SectionById(second->id)->slug, "kinh-te");
  EXPECT_EQ(store->ListSections()->size(), 2u);
  EXPECT_EQ(store->LatestChangeId().value(), changes_before);  // rolled back with it
}

TEST_F(SqliteStoreTest, SectionCannotBecomeItsOwnAncestor) {
  auto store = OpenStore();
  auto a = store->SaveSection(MakeSection("A", "a"));
  ASSERT_TRUE(a.has_value());
  Section b_in = MakeSection("B", "b");
  b_in.parent_id = a->id;
  auto b = store->SaveSection(b_in);
  ASSERT_TRUE(b.has_value());

  Section self = *a;
  self.parent_id = a->id;
  EXPECT_EQ(store->SaveSection(self).error().code(), ErrorCode::kInvalidArgument);
  Section loop = *a;
  loop.parent_id = b->id;  // a under its own child
  auto looped = store->SaveSection(loop);
  ASSERT_FALSE(looped.has_value());
  EXPECT_EQ(looped.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_FALSE(looped.error().user_message().empty());
  EXPECT_FALSE(store->SectionById(a->id)->parent_id.has_value());
}

// --- Articles --------------------------------------------------------------------------

TEST_F(SqliteStoreTest, ArticleRoundTripKeepsEverythingInOrder) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("QUẬN ỦY, HUYỆN ỦY", "quan-uy-huyen-uy"));
  ASSERT_TRUE(section.has_value());

  Article a = MakeArticle(section->id, "Quận ủy Ô Môn tổng kết công tác xây dựng Đảng",
                          ArticleStatus::kPublished, kT0 + std::chrono::hours(1));
  a.slug = "quan-uy-o-mon-tong-ket-cong-tac-xay-dung-dang";
  a.lead = "Sáng 15/10, Quận ủy Ô Môn tổ chức hội nghị… “Đảng bộ” đạt kết quả khá.";
  a.body_html = "<p>Đồng chí Nguyễn Văn Hòa phát biểu.</p><p class=\"sub-story\">* Tin khác</p>";
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  Photo p1;
  p1.caption = "Quang cảnh hội nghị.";
  p1.credit = "Thúy Loan, Truyền Thanh";
  p1.alt = "Hội trường";
  p1.position = 1;
  Photo p2;
  p2.file = "2020/10/hoi-nghi.jpg";
  p2.caption = "Đại biểu dự hội nghị.";
  p2.position = 1;  // same paragraph as p1: the order of the list must hold
  Photo p3;
  p3.caption = "Ảnh đầu bài";
  p3.position = 0;
  a.photos = {p1, p2, p3};
  a.import_key = "000_6755af18a3cea5e6";

  auto saved = store->SaveArticle(a);
  ASSERT_TRUE(saved.has_value()) << saved.error().message();
  EXPECT_GT(saved->id, 0);
  ASSERT_EQ(saved->photos.size(), 3u);
  for (const Photo& p : saved->photos) EXPECT_GT(p.id, 0);

  auto loaded = store->ArticleById(saved->id);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message();
  EXPECT_EQ(loaded->id, saved->id);
  EXPECT_EQ(loaded->section_id, section->id);
  EXPECT_EQ(loaded->slug, a.slug);
  EXPECT_EQ(loaded->title, a.title);
  EXPECT_EQ(loaded->lead, a.lead);
  EXPECT_EQ(loaded->body_html, a.body_html);
  EXPECT_EQ(loaded->bylines, (Names{"Hoàng Dung", "Cẩm Tú"}));
  EXPECT_EQ(loaded->status, ArticleStatus::kPublished);
  EXPECT_EQ(loaded->created_at, kT0);
  EXPECT_EQ(loaded->updated_at, kT0);
  EXPECT_EQ(loaded->published_at, kT0 + std::chrono::hours(1));
  EXPECT_EQ(loaded->import_key, "000_6755af18a3cea5e6");
  ASSERT_EQ(loaded->photos.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(loaded->photos[i].id, saved->photos[i].id);
    EXPECT_EQ(loaded->photos[i].caption, a.photos[i].caption);
    EXPECT_EQ(loaded->photos[i].credit, a.photos[i].credit);
    EXPECT_EQ(loaded->photos[i].alt, a.photos[i].alt);
    EXPECT_EQ(loaded->photos[i].file, a.photos[i].file);
    EXPECT_EQ(loaded->photos[i].position, a.photos[i].position);
  }
}

TEST_F(SqliteStoreTest, TextIsStoredAsGivenWithoutNormalisation) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  // "Hòa" in NFD (o + combining grave): the store must not change the bytes either way.
  const std::string nfd =
      "Ho\xcc\x80"
      "a";
  auto saved = store->SaveArticle(MakeArticle(section->id, nfd));
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(store->ArticleById(saved->id)->title, nfd);
}

TEST_F(SqliteStoreTest, UpdateKeepsIdsAndReplacesBylinesAndPhotos) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  Article a = MakeArticle(section->id, "Bản nháp");
  a.bylines = {"A", "B", "C"};
  a.photos.resize(3);
  a.photos[0].caption = "một";
  a.photos[1].caption = "hai";
  a.photos[2].caption = "ba";
  auto first = store->SaveArticle(a);
  ASSERT_TRUE(first.has_value());
  const int64_t one = first->photos[0].id, two = first->photos[1].id, three = first->photos[2].id;

  Article edit = *first;
  edit.title = "Bản sửa";
  edit.bylines = {"C", "A"};
  Photo fresh;
  fresh.caption = "bốn";
  edit.photos = {first->photos[2], fresh, first->photos[0]};  // "hai" dropped, reordered
  edit.photos[0].caption = "ba (sửa)";
  auto second = store->SaveArticle(edit);
  ASSERT_TRUE(second.has_value()) << second.error().message();
  EXPECT_EQ(second->id, first->id);

  auto loaded = store->ArticleById(first->id);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->title, "Bản sửa");
  EXPECT_EQ(loaded->bylines, (Names{"C", "A"}));
  ASSERT_EQ(loaded->photos.size(), 3u);
  EXPECT_EQ(loaded->photos[0].id, three);
  EXPECT_EQ(loaded->photos[0].caption, "ba (sửa)");
  EXPECT_EQ(loaded->photos[1].id, second->photos[1].id);
  EXPECT_NE(loaded->photos[1].id, 0);
  EXPECT_NE(loaded->photos[1].id, two);
  EXPECT_EQ(loaded->photos[1].caption, "bốn");
  EXPECT_EQ(loaded->photos[2].id, one);
}

TEST_F(SqliteStoreTest, SavingWithAnotherArticlesPhotoFailsAndChangesNothing) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  Article with_photo = MakeArticle(section->id, "Có ảnh");
  with_photo.photos.resize(1);
  auto other = store->SaveArticle(with_photo);
  Article a = MakeArticle(section->id, "Gốc");
  a.bylines = {"Gốc"};
  auto saved = store->SaveArticle(a);
  ASSERT_TRUE(other && saved);
  const int64_t changes_before = store->LatestChangeId().value();

  Article edit = *saved;
  edit.title = "Đã sửa";
  edit.bylines = {"Mới"};
  edit.photos = {other->photos[0]};
  auto result = store->SaveArticle(edit);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code(), ErrorCode::kNotFound);

  auto loaded = store->ArticleById(saved->id);
  EXPECT_EQ(loaded->title, "Gốc");  // the article row update was rolled back
  EXPECT_EQ(loaded->bylines, Names{"Gốc"});
  EXPECT_EQ(store->ArticleById(other->id)->photos.size(), 1u);
  EXPECT_EQ(store->LatestChangeId().value(), changes_before);

  Article twice = *other;
  twice.photos = {other->photos[0], other->photos[0]};
  EXPECT_EQ(store->SaveArticle(twice).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(SqliteStoreTest, MissingArticleOrSectionIsNotFound) {
  auto store = OpenStore();
  EXPECT_EQ(store->ArticleById(5).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store->SaveArticle(MakeArticle(99, "Không chuyên mục")).error().code(),
            ErrorCode::kNotFound);
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  Article ghost = MakeArticle(section->id, "Ma");
  ghost.id = 1234;
  EXPECT_EQ(store->SaveArticle(ghost).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store->ListPublished({})->total, 0);
}

TEST_F(SqliteStoreTest, ImportKeyLookupAndUniqueness) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  Article imported = MakeArticle(section->id, "Nhập");
  imported.import_key = "bai-001";
  auto saved = store->SaveArticle(imported);
  ASSERT_TRUE(saved.has_value());
  auto written_here = store->SaveArticle(MakeArticle(section->id, "Viết tại chỗ"));
  auto written_too = store->SaveArticle(MakeArticle(section->id, "Viết nữa"));
  ASSERT_TRUE(written_here && written_too);  // two empty keys do not clash

  auto found = store->ArticleByImportKey("bai-001");
  ASSERT_TRUE(found.has_value());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->id, saved->id);
  EXPECT_EQ((*found)->title, "Nhập");
  EXPECT_FALSE(store->ArticleByImportKey("bai-002")->has_value());
  EXPECT_FALSE(store->ArticleByImportKey("")->has_value());

  Article copy = MakeArticle(section->id, "Bản sao");
  copy.import_key = "bai-001";
  auto clash = store->SaveArticle(copy);
  ASSERT_FALSE(clash.has_value());
  EXPECT_EQ(clash.error().code(), ErrorCode::kConflict);
}

// --- Published listings ----------------------------------------------------------------

TEST_F(SqliteStoreTest, ListPublishedOrdersNewestFirstAndExcludesOtherStatuses) {
  auto store = OpenStore();
  auto news = store->SaveSection(MakeSection("Tin", "tin"));
  auto district = store->SaveSection(MakeSection("Quận", "quan"));
  auto at = [](int h) { return kT0 + std::chrono::hours(h); };
  auto old_news = store->SaveArticle(MakeArticle(news->id, "cũ", ArticleStatus::kPublished, at(1)));
  auto tie_a = store->SaveArticle(MakeArticle(district->id, "a", ArticleStatus::kPublished, at(5)));
  auto tie_b = store->SaveArticle(MakeArticle(news->id, "b", ArticleStatus::kPublished, at(5)));
  auto newest =
      store->SaveArticle(MakeArticle(district->id, "mới", ArticleStatus::kPublished, at(9)));
  for (ArticleStatus s :
       {ArticleStatus::kDraft, ArticleStatus::kSubmitted, ArticleStatus::kReturned,
        ArticleStatus::kScheduled, ArticleStatus::kUnpublished}) {
    ASSERT_TRUE(store->SaveArticle(MakeArticle(news->id, "ẩn", s, at(20))).has_value());
  }
  ASSERT_TRUE(old_news && tie_a && tie_b && newest);

  auto all = store->ListPublished({});
  ASSERT_TRUE(all.has_value()) << all.error().message();
  EXPECT_EQ(all->total, 4);
  EXPECT_EQ(all->pages, 1);
  std::vector<int64_t> ids;
  for (const Article& a : all->items) ids.push_back(a.id);
  // Equal published_at: the higher id first.
  EXPECT_EQ(ids, (std::vector<int64_t>{newest->id, tie_b->id, tie_a->id, old_news->id}));

  auto in_news = store->ListPublished({.section_id = news->id});
  ASSERT_TRUE(in_news.has_value());
  EXPECT_EQ(in_news->total, 2);
  ASSERT_EQ(in_news->items.size(), 2u);
  EXPECT_EQ(in_news->items[0].id, tie_b->id);
  EXPECT_EQ(in_news->items[1].id, old_news->id);
}

TEST_F(SqliteStoreTest, ListPublishedItemsCarryBylinesAndPhotos) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  Article a = MakeArticle(section->id, "Có ảnh", ArticleStatus::kPublished, kT0);
  a.bylines = {"Hoàng Dung"};
  a.photos.resize(2);
  a.photos[0].caption = "đầu";
  a.photos[1].caption = "sau";
  Article b = MakeArticle(section->id, "Không ảnh", ArticleStatus::kPublished, kT0);
  ASSERT_TRUE(store->SaveArticle(a).has_value());
  ASSERT_TRUE(store->SaveArticle(b).has_value());
  auto list = store->ListPublished({});
  ASSERT_EQ(list->items.size(), 2u);
  EXPECT_TRUE(list->items[0].photos.empty());
  EXPECT_TRUE(list->items[0].bylines.empty());
  EXPECT_EQ(list->items[1].bylines, Names{"Hoàng Dung"});
  ASSERT_EQ(list->items[1].photos.size(), 2u);
  EXPECT_EQ(list->items[1].photos[0].caption, "đầu");
  EXPECT_EQ(list->items[1].photos[1].caption, "sau");
}

TEST_F(SqliteStoreTest, ListPublishedPaginates) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  auto empty = store->ListPublished(Page(1, 20));
  ASSERT_TRUE(empty.has_value());
  EXPECT_EQ(empty->pages, 1);
  EXPECT_EQ(empty->total, 0);
  EXPECT_TRUE(empty->items.empty());

  for (int i = 0; i < 45; ++i) {
    ASSERT_TRUE(
        store
            ->SaveArticle(MakeArticle(section->id, "Bài " + std::to_string(i),
                                      ArticleStatus::kPublished, kT0 + std::chrono::minutes(i)))
            .has_value());
  }
  std::set<int64_t> seen;
  for (int page = 1; page <= 3; ++page) {
    auto list = store->ListPublished(Page(page, 20));
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->total, 45);
    EXPECT_EQ(list->pages, 3);
    EXPECT_EQ(list->page, page);
    EXPECT_EQ(list->items.size(), page < 3 ? 20u : 5u);
    for (const Article& a : list->items) seen.insert(a.id);
  }
  EXPECT_EQ(seen.size(), 45u);  // pages neither overlap nor skip
  EXPECT_EQ(store->ListPublished(Page(1, 20))->items[0].title, "Bài 44");
  EXPECT_EQ(store->ListPublished(Page(3, 20))->items[4].title, "Bài 0");

  auto beyond = store->ListPublished(Page(4, 20));
  ASSERT_TRUE(beyond.has_value());
  EXPECT_TRUE(beyond->items.empty());
  EXPECT_EQ(beyond->pages, 3);
  EXPECT_EQ(beyond->total, 45);

  auto exact = store->ListPublished(Page(1, 15));
  EXPECT_EQ(exact->pages, 3);  // 45 / 15, no empty fourth page

  auto tiny = store->ListPublished(Page(1, 0));  // clamped to 1
  EXPECT_EQ(tiny->items.size(), 1u);
  EXPECT_EQ(tiny->pages, 45);
  auto huge = store->ListPublished(Page(1, 1000));  // clamped to 100
  EXPECT_EQ(huge->items.size(), 45u);
  EXPECT_EQ(huge->pages, 1);
  auto zeroth = store->ListPublished(Page(0, 20));  // clamped to 1
  EXPECT_EQ(zeroth->page, 1);
  EXPECT_EQ(zeroth->items.size(), 20u);
}

TEST_F(SqliteStoreTest, PublishedArticleWithoutDateGetsTheClocksNow) {
  auto store = OpenStore();
  auto section = store->SaveSection(MakeSection("Tin", "tin"));
  clock_.Set(kT0 + std::chrono::hours(3));
  auto saved = store->SaveArticle(MakeArticle(section->id, "Ngay", ArticleStatus::kPublished));
  ASSERT_TRUE(saved.has_value());
  EXPECT_EQ(saved->published_at, kT0 + std::chrono::hours(3));
  EXPECT_EQ(store->ArticleById(saved->id)->published_at, kT0 + std::chrono::hours(3));
  auto draft = store->SaveArticle(MakeArticle(section->id, "Nháp"));
  EXPECT_FALSE(store->ArticleById(draft->id)->published_at.has_value());
}

// --- Change events ---------------------------------------------------------------------

TEST_F(SqliteStoreTest, EveryWriteRecordsItsTags) {
  auto store = OpenStore();
  EXPECT_EQ(store->LatestChangeId().value(), 0);
  EXPECT_TRUE(store->ChangesSince(0)->empty());

  auto news = store->SaveSection(MakeSection("Tin", "tin"));
  auto district = store->SaveSection(MakeSection("Quận", "quan"));
  ASSERT_TRUE(news && district);
  const std::string n = std::to_string(news->id), d = std::to_string(district->id);
  EXPECT_EQ(TagsSince(*store, 0),
            (TagLists{{"section:" + n, "sections"}, {"section:" + d, "sections"}}));

  int64_t mark = store->LatestChangeId().value();
  auto draft = store->SaveArticle(MakeArticle(news->id, "Nháp"));
  ASSERT_TRUE(draft.has_value());
  const std::string article = "article:" + std::to_string(draft->id);
  EXPECT_EQ(TagsSince(*store, mark), TagLists{{article}});

  mark = store->LatestChangeId().value();
  Article published = *draft;
  published.status = ArticleStatus::kPublished;
  ASSERT_TRUE(store->SaveArticle(published).has_value());
  EXPECT_EQ(TagsSince(*store, mark), (TagLists{{article, "list:all", "list:section:" + n}}));

  // A published article moved: both sections' listings change.
  mark = store->LatestChangeId().value();
  Article moved = published;
  moved.section_id = district->id;
  ASSERT_TRUE(store->SaveArticle(moved).has_value());
  EXPECT_EQ(TagsSince(*store, mark),
            (TagLists{{article, "list:all", "list:section:" + d, "list:section:" + n}}));

  // Unpublishing: it was published, so the listings change.
  mark = store->LatestChangeId().value();
  Article unpublished = moved;
  unpublished.status = ArticleStatus::kUnpublished;
  ASSERT_TRUE(store->SaveArticle(unpublished).has_value());
  EXPECT_EQ(TagsSince(*store, mark), (TagLists{{article, "list:all", "list:section:" + d}}));

  // Neither before nor after published: only the article itself.
  mark = store->LatestChangeId().value();
  Article edited = unpublished;
  edited.title = "Sửa khi đã gỡ";
  edited.section_id = news->id;
  ASSERT_TRUE(store->SaveArticle(edited).has_value());
  EXPECT_EQ(TagsSince(*store, mark), TagLists{{article}});

  mark = store->LatestChangeId().value();
  ASSERT_TRUE(store->SaveSettings(SiteSettings{}).has_value());
  EXPECT_EQ(TagsSince(*store, mark), TagLists{{"settings"}});

  auto all = store->ChangesSince(0);
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 8u);
  for (size_t i = 1; i < all->size(); ++i) EXPECT_EQ((*all)[i].id, (*all)[i - 1].id + 1);
  EXPECT_EQ(all->back().id, store->LatestChangeId().value());
}

TEST_F(SqliteStoreTest, ChangesOlderThanADayArePrunedOnWriteWithoutGaps) {
  auto store = OpenStore();
  ASSERT_TRUE(store->SaveSection(MakeSection("A", "a")).has_value());
  ASSERT_TRUE(store->SaveSection(MakeSection("B", "b")).has_value());
  clock_.Advance(std::chrono::hours(25));
  ASSERT_TRUE(store->SaveSettings(SiteSettings{}).has_value());
  auto changes = store->ChangesSince(0);
  ASSERT_TRUE(changes.has_value());
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ(changes->front().id, 3);  // a reader that saw id 1 can tell it missed id 2
  EXPECT_EQ(changes->front().tags, Names{"settings"});
  EXPECT_EQ(store->LatestChangeId().value(), 3);
}

// --- Settings --------------------------------------------------------------------------

TEST_F(SqliteStoreTest, SettingsAreEmptyUntilSavedThenRoundTrip) {
  auto store = OpenStore();
  auto empty = store->LoadSettings();
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->name.empty());
  EXPECT_TRUE(empty->base_url.empty());

  SiteSettings s;
  s.name = "Cổng Thông tin điện tử Thành ủy Cần Thơ";
  s.description = "Tin tức của Đảng bộ thành phố";
  s.base_url = "http://127.0.0.1:8080";
  s.logo_url = "/static/logo.png";
  s.governing_body = "Cơ quan chủ quản: Thành ủy Cần Thơ";
  s.responsible_person = "Chịu trách nhiệm chính: Nguyễn Văn A";
  s.licence = "Giấy phép số 01/GP-TTĐT";
  s.address = "Địa chỉ: số 1, Ninh Kiều";
  s.contact = "ĐT: 0292 000000";
  ASSERT_TRUE(store->SaveSettings(s).has_value());
  auto loaded = store->LoadSettings();
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->name, s.name);
  EXPECT_EQ(loaded->description, s.description);
  EXPECT_EQ(loaded->base_url, s.base_url);
  EXPECT_EQ(loaded->logo_url, s.logo_url);
  EXPECT_EQ(loaded->governing_body, s.governing_body);
  EXPECT_EQ(loaded->responsible_person, s.responsible_person);
  EXPECT_EQ(loaded->licence, s.licence);
  EXPECT_EQ(loaded->address, s.address);
  EXPECT_EQ(loaded->contact, s.contact);

  s.name = "Tên mới";
  ASSERT_TRUE(store->SaveSettings(s).has_value());
  EXPECT_EQ(store->LoadSettings()->name, "Tên mới");
  EXPECT_EQ(store->LoadSettings()->contact, s.contact);
}

// --- Durability, processes, threads ----------------------------------------------------

TEST_F(SqliteStoreTest, WritesSurviveCloseAndReopen) {
  int64_t id = 0;
  {
    auto store = OpenStore();
    auto section = store->SaveSection(MakeSection("Tin", "tin"));
    Article a = MakeArticle(section->id, "Bền vững", ArticleStatus::kPublished, kT0);
    a.bylines = {"Cẩm Tú"};
    auto saved = store->SaveArticle(a);
    ASSERT_TRUE(saved.has_value());
    id = saved->id;
  }
  auto store = OpenStore();
  auto loaded = store->ArticleById(id);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->title, "Bền vững");
  EXPECT_EQ(loaded->bylines, Names{"Cẩm Tú"});
  EXPECT_EQ(store->ListPublished({})->total, 1);
  EXPECT_EQ(store->LatestChangeId().value(), 2);
}

TEST_F(SqliteStoreTest, AcknowledgedWriteSurvivesKillDashNine) {
  int ready[2];
  ASSERT_EQ(::pipe(ready), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The child writes, acknowledges, then waits to be killed without any cleanup.
    ::close(ready[0]);
    auto store = SqliteStore::Open(db_file(), Clock::System());
    if (!store) ::_exit(2);
    auto section = (*store)->SaveSection(MakeSection("Tin", "tin"));
    if (!section) ::_exit(3);
    auto saved = (*store)->SaveArticle(MakeArticle(section->id, "Đã xác nhận"));
    if (!saved) ::_exit(4);
    const int64_t id = saved->id;
    if (::write(ready[1], &id, sizeof id) != sizeof id) ::_exit(5);
    for (;;) ::pause();
  }
  ::close(ready[1]);
  int64_t id = 0;
  const ssize_t n = ::read(ready[0], &id, sizeof id);
  ::close(ready[0]);
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_EQ(n, static_cast<ssize_t>(sizeof id)) << "child exited with " << status;
  ASSERT_TRUE(WIFSIGNALED(status));

  auto store = OpenStore();
  auto loaded = store->ArticleById(id);
  ASSERT_TRUE(loaded.has_value()) << loaded.error().message();
  EXPECT_EQ(loaded->title, "Đã xác nhận");
  EXPECT_EQ(store->LatestChangeId().value(), 2);
}

TEST_F(SqliteStoreTest, TwoStoresOnOneFileSeeEachOthersWritesAndChanges) {
  auto first = OpenStore();
  auto second = OpenStore();
  ASSERT_TRUE(first && second);
  // Prime the second store's read connection so it is reused across writes.
  EXPECT_EQ(second->LatestChangeId().value(), 0);

  auto section = first->SaveSection(MakeSection("Tin", "tin"));
  ASSERT_TRUE(section.has_value());
  auto seen = second->SectionBySlug("tin");
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(seen->id, section->id);
  EXPECT_EQ(second->LatestChangeId().value(), 1);

  auto article = second->SaveArticle(
      MakeArticle(section->id, "Từ tiến trình hai", ArticleStatus::kPublished, kT0));
  ASSERT_TRUE(article.has_value());
  EXPECT_EQ(first->ArticleById(article->id)->title, "Từ tiến trình hai");
  EXPECT_EQ(first->ListPublished({})->total, 1);
  auto changes = first->ChangesSince(1);
  ASSERT_TRUE(changes.has_value());
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ(changes->front().tags.front(), "article:" + std::to_string(article->id));

  // Ids come from the file, not from either process: no clash.
  auto other = first->SaveSection(MakeSection("Khác", "khac"));
  ASSERT_TRUE(other.has_value());
  EXPECT_NE(other->id, section->id);
  EXPECT_EQ(second->LatestChangeId().value(), 3);
}

TEST_F(SqliteStoreTest, ConcurrentReadersAndWritersInTwoStoresAllSucceed) {
  auto first = OpenStore();
  auto second = OpenStore();
  ASSERT_TRUE(first && second);
  auto section = first->SaveSection(MakeSection("Tin", "tin"));
  ASSERT_TRUE(section.has_value());

  constexpr int kWritesPerThread = 25;
  std::atomic<int> failures{0};
  std::atomic<bool> writing{true};
  std::vector<std::thread> writers;
  for (int t = 0; t < 4; ++t) {
    SqliteStore* store = (t % 2 == 0) ? first.get() : second.get();
    writers.emplace_back([&, store, t] {
      for (int i = 0; i < kWritesPerThread; ++i) {
        Article a = MakeArticle(section->id, "t" + std::to_string(t) + "-" + std::to_string(i),
                                ArticleStatus::kPublished, kT0 + std::chrono::seconds(i));
        a.bylines = {"Phóng viên " + std::to_string(t)};
        a.photos.resize(2);
        auto saved = store->SaveArticle(a);
        if (!saved) {
          ADD_FAILURE() << saved.error().message();
          ++failures;
        }
      }
    });
  }
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    SqliteStore* store = (t % 2 == 0) ? first.get() : second.get();
    readers.emplace_back([&, store] {
      int64_t last_change = 0;
      while (writing) {
        auto list = store->ListPublished(Page(1, 10));
        if (!list) {
          ADD_FAILURE() << list.error().message();
          ++failures;
          return;
        }
        // One snapshot: every listed article carries its byline and both photos.
        for (const Article& a : list->items) {
          if (a.bylines.size() != 1 || a.photos.size() != 2) ++failures;
        }
        auto changes = store->ChangesSince(last_change);
        if (!changes) {
          ADD_FAILURE() << changes.error().message();
          ++failures;
          return;
        }
        for (const Change& c : *changes) {
          if (c.id != last_change + 1) ++failures;  // no gaps, oldest first
          last_change = c.id;
        }
      }
    });
  }
  for (auto& w : writers) w.join();
  writing = false;
  for (auto& r : readers) r.join();

  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(first->ListPublished({})->total, 4 * kWritesPerThread);
  EXPECT_EQ(second->LatestChangeId().value(), 1 + 4 * kWritesPerThread);
}

}  // namespace
}  // namespace toasoan

#include "importer/article_import.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "fake_store.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr Timestamp kNow{std::chrono::seconds{1'700'000'000}};

fs::path SeedFile() { return fs::path(TOASOAN_SOURCE_DIR) / "demo" / "000_6755af18a3cea5e6.txt"; }

class ImportArticleFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("toasoan_import_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, std::string_view text) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

  fs::path dir_;
  FakeStore store_;
  FakeClock clock_{kNow};
};

TEST_F(ImportArticleFileTest, ImportsTheSeedIntoANewSection) {
  auto outcome = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(outcome->action, ImportAction::kCreated);

  auto sections = store_.ListSections();
  ASSERT_TRUE(sections.has_value());
  ASSERT_EQ(sections->size(), 1u);
  const Section& section = sections->front();
  EXPECT_EQ(section.name, "QUẬN ỦY, HUYỆN ỦY");
  EXPECT_EQ(section.slug, "quan-uy-huyen-uy");
  EXPECT_FALSE(section.parent_id.has_value());

  const Article& a = outcome->article;
  EXPECT_NE(a.id, 0);
  EXPECT_EQ(a.section_id, section.id);
  EXPECT_EQ(a.title,
            "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng");
  EXPECT_EQ(a.slug,
            "o-mon-thoi-lai-hop-mat-ky-niem-90-nam-ngay-truyen-thong-cong-tac-dan-van-cua-dang");
  EXPECT_TRUE(a.lead.starts_with("Ngày 15/10, Quận ủy Ô Môn"));
  EXPECT_EQ(a.bylines, (std::vector<std::string>{"Hoàng Dung", "Cẩm Tú"}));
  EXPECT_EQ(a.status, ArticleStatus::kPublished);
  EXPECT_EQ(FormatRfc3339(a.updated_at), "2020-10-15T19:34:00Z");
  ASSERT_TRUE(a.published_at.has_value());
  EXPECT_EQ(*a.published_at, a.updated_at);
  EXPECT_EQ(a.created_at, kNow);
  EXPECT_EQ(a.import_key, "000_6755af18a3cea5e6");

  ASSERT_EQ(a.photos.size(), 1u);
  const Photo& photo = a.photos[0];
  EXPECT_NE(photo.id, 0);
  EXPECT_EQ(photo.file, "");
  EXPECT_EQ(photo.credit, "Thúy Loan, Truyền Thanh");
  EXPECT_EQ(photo.caption,
            "Đồng chí Nguyễn Vũ Phương, Thành ủy viên, Bí thư Quận ủy Ô Môn, trao giấy khen cho "
            "các tập thể và cá nhân.");
  EXPECT_EQ(photo.alt, photo.caption);
  EXPECT_EQ(photo.position, 0);

  EXPECT_TRUE(a.body_html.starts_with("<p>Phát biểu tại buổi họp mặt"));
  EXPECT_TRUE(a.body_html.ends_with("5 năm (2016-2020).</p>"));
  EXPECT_NE(a.body_html.find("\n<p class=\"sub-story\">* Tại buổi họp mặt ở huyện Thới Lai"),
            std::string::npos);
  EXPECT_NE(a.body_html.find("mô hình “Dân vận khéo”.</p>\n"), std::string::npos);
  EXPECT_EQ(a.body_html.find("Google Bookmarks"), std::string::npos);
  EXPECT_EQ(a.body_html.find("In bài viết"), std::string::npos);
  EXPECT_EQ(a.body_html.find("Hoàng Dung"), std::string::npos);  // bylines are separate
  EXPECT_EQ(a.body_html.find("Ảnh:"), std::string::npos);        // so is the caption

  auto stored = store_.ArticleById(a.id);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->body_html, a.body_html);
}

TEST_F(ImportArticleFileTest, ReimportUpdatesInsteadOfCopying) {
  const fs::path file = Write("bai-1.txt",
                              "THỜI SỰ\n\nTiêu đề cũ\nCập nhật lúc 08:05 ngày 01/02/2021\n\n"
                              "Sapo.\n\nĐoạn 1.\n\nToàn cảnh. Ảnh: Thúy Loan\n\nĐoạn 2.\n");
  auto first = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(first.has_value()) << first.error().message();
  EXPECT_EQ(first->action, ImportAction::kCreated);
  EXPECT_EQ(first->article.import_key, "bai-1");

  // An editor uploads the photo's file in the newsroom.
  Article edited = first->article;
  edited.photos[0].file = "2021/02/toan-canh.webp";
  ASSERT_TRUE(store_.SaveArticle(edited).has_value());

  clock_.Advance(24h);
  Write("bai-1.txt",
        "THỜI SỰ\n\nTiêu đề mới\nCập nhật lúc 09:00 ngày 02/02/2021\n\n"
        "Sapo.\n\nĐoạn 1.\n\nToàn cảnh. Ảnh: Thúy Loan\n\nĐoạn 2 sửa.\n\nẢnh: Minh Hà\n");
  auto second = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(second.has_value()) << second.error().message();
  EXPECT_EQ(second->action, ImportAction::kUpdated);
  EXPECT_EQ(second->article.id, first->article.id);
  EXPECT_EQ(second->article.created_at, kNow);
  EXPECT_EQ(second->article.title, "Tiêu đề mới");
  EXPECT_EQ(second->article.slug, "tieu-de-moi");
  EXPECT_EQ(FormatRfc3339(second->article.updated_at), "2021-02-02T02:00:00Z");
  ASSERT_EQ(second->article.photos.size(), 2u);
  EXPECT_EQ(second->article.photos[0].id, first->article.photos[0].id);
  EXPECT_EQ(second->article.photos[0].file, "2021/02/toan-canh.webp");
  EXPECT_EQ(second->article.photos[1].credit, "Minh Hà");
  EXPECT_EQ(second->article.photos[1].position, 2);
  EXPECT_NE(second->article.photos[1].id, second->article.photos[0].id);

  EXPECT_EQ(store_.Articles().size(), 1u);
  auto sections = store_.ListSections();
  ASSERT_TRUE(sections.has_value());
  EXPECT_EQ(sections->size(), 1u);
}

constexpr char kFirstText[] =
    "THỜI SỰ\n\nTiêu đề cũ\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\nĐoạn 1.\n";
constexpr char kSecondText[] =
    "THỜI SỰ\n\nTiêu đề mới\nCập nhật lúc 09:00 ngày 02/02/2021\n\nSapo.\n\nĐoạn 1 sửa.\n";

TEST_F(ImportArticleFileTest, ReimportKeepsTheStatusTheNewsroomGaveIt) {
  const fs::path file = Write("bai-2.txt", kFirstText);
  auto first = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(first.has_value()) << first.error().message();
  Article unpublished = first->article;
  unpublished.status = ArticleStatus::kUnpublished;
  ASSERT_TRUE(store_.SaveArticle(unpublished).has_value());

  Write("bai-2.txt", kSecondText);
  auto second = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(second.has_value()) << second.error().message();
  EXPECT_EQ(second->action, ImportAction::kUpdated) << "a status change is no text edit";
  EXPECT_EQ(second->article.title, "Tiêu đề mới");
  EXPECT_EQ(second->article.status, ArticleStatus::kUnpublished);
  EXPECT_EQ(store_.ArticleById(first->article.id)->status, ArticleStatus::kUnpublished);
  EXPECT_EQ(second->article.published_at, first->article.published_at);
}

TEST_F(ImportArticleFileTest, ReimportLeavesANewsroomEditAloneAndSaysSo) {
  const fs::path file = Write("bai-3.txt", kFirstText);
  auto first = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(first.has_value()) << first.error().message();
  Article edited = first->article;
  edited.lead = "Sapo biên tập viên viết lại.";
  ASSERT_TRUE(store_.SaveArticle(edited).has_value());
  const int64_t changes = *store_.LatestChangeId();

  Write("bai-3.txt", kSecondText);
  auto second = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(second.has_value()) << second.error().message();
  EXPECT_EQ(second->action, ImportAction::kSkipped);
  EXPECT_NE(second->note.find("đã được sửa trong tòa soạn"), std::string::npos) << second->note;
  EXPECT_NE(second->note.find("--force"), std::string::npos) << second->note;
  auto stored = store_.ArticleById(first->article.id);
  EXPECT_EQ(stored->lead, "Sapo biên tập viên viết lại.");
  EXPECT_EQ(stored->title, "Tiêu đề cũ");
  EXPECT_EQ(*store_.LatestChangeId(), changes) << "nothing written";

  // --force: the export wins, the newsroom's text is kept as a revision, status stays.
  auto forced = ImportArticleFile(store_, file, clock_, /*force=*/true);
  ASSERT_TRUE(forced.has_value()) << forced.error().message();
  EXPECT_EQ(forced->action, ImportAction::kOverwritten);
  EXPECT_FALSE(forced->note.empty());
  EXPECT_EQ(forced->article.title, "Tiêu đề mới");
  EXPECT_EQ(forced->article.lead, "Sapo.");
  EXPECT_EQ(forced->article.status, ArticleStatus::kPublished);
  auto revisions = store_.ImporterRevisions();
  ASSERT_EQ(revisions.size(), 2u);
  EXPECT_EQ(revisions[0].lead, "Sapo biên tập viên viết lại.");
  EXPECT_EQ(revisions[1].title, "Tiêu đề mới");

  // Once overwritten, the article is the import's again: the next import updates it.
  Write("bai-3.txt", kFirstText);
  auto third = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(third.has_value());
  EXPECT_EQ(third->action, ImportAction::kUpdated);
  EXPECT_EQ(third->article.title, "Tiêu đề cũ");
}

TEST_F(ImportArticleFileTest, TheSameFileAgainWritesNothing) {
  const fs::path file = Write("bai-4.txt", kFirstText);
  ASSERT_TRUE(ImportArticleFile(store_, file, clock_).has_value());
  const int64_t changes = *store_.LatestChangeId();
  auto again = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(again.has_value()) << again.error().message();
  EXPECT_EQ(again->action, ImportAction::kUnchanged);
  EXPECT_TRUE(again->note.empty());
  EXPECT_EQ(*store_.LatestChangeId(), changes);
  EXPECT_EQ(again->article.title, "Tiêu đề cũ");
}

TEST_F(ImportArticleFileTest, WithoutARecordNewsroomRevisionsCountAsEdits) {
  // Articles imported before import records were kept: revisions mean the newsroom
  // touched the article, so only an import with the same content, or --force, goes in.
  const fs::path file = Write("bai-5.txt", kFirstText);
  auto first = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(first.has_value());
  store_.ForgetImportRecords();
  store_.MarkRevised(first->article.id);
  Write("bai-5.txt", kSecondText);
  EXPECT_EQ(ImportArticleFile(store_, file, clock_)->action, ImportAction::kSkipped);

  const fs::path other = Write("bai-6.txt", kFirstText);
  ASSERT_TRUE(ImportArticleFile(store_, other, clock_).has_value());
  store_.ForgetImportRecords();
  Write("bai-6.txt", kSecondText);
  EXPECT_EQ(ImportArticleFile(store_, other, clock_)->action, ImportAction::kUpdated)
      << "never touched in the newsroom";
}

TEST_F(ImportArticleFileTest, FindsExistingSectionByNameIgnoringCaseAndForm) {
  Section existing;
  existing.name = "Quận ủy, Huyện ủy";
  existing.slug = "quan-huyen";
  auto saved = store_.SaveSection(existing);
  ASSERT_TRUE(saved.has_value());

  auto outcome = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(outcome->article.section_id, saved->id);
  EXPECT_EQ(store_.ListSections()->size(), 1u);
}

TEST_F(ImportArticleFileTest, SectionSlugConflictGetsASuffix) {
  Section other;
  other.name = "Quận uỷ - Huyện uỷ (cũ)";
  other.slug = "quan-uy-huyen-uy";
  other.position = 4;
  ASSERT_TRUE(store_.SaveSection(other).has_value());
  other.name = "Khác";
  other.slug = "quan-uy-huyen-uy-2";
  other.position = 0;
  ASSERT_TRUE(store_.SaveSection(other).has_value());

  auto outcome = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  auto section = store_.SectionById(outcome->article.section_id);
  ASSERT_TRUE(section.has_value());
  EXPECT_EQ(section->name, "QUẬN ỦY, HUYỆN ỦY");
  EXPECT_EQ(section->slug, "quan-uy-huyen-uy-3");
  EXPECT_EQ(section->position, 5);  // after the other top-level sections
}

TEST_F(ImportArticleFileTest, SlugTakenConcurrentlyIsRetried) {
  store_.FailNext("SaveSection", Error::Conflict("slug taken"));
  auto outcome = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(store_.SectionById(outcome->article.section_id)->slug, "quan-uy-huyen-uy-2");
}

TEST_F(ImportArticleFileTest, BodyIsEscaped) {
  const fs::path file =
      Write("xss.txt",
            "THỜI SỰ\n\nTiêu đề <b>đậm</b>\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\n"
            "<script>alert('x')</script> & \"trích\"\n");
  auto outcome = ImportArticleFile(store_, file, clock_);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(outcome->article.body_html,
            "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trích&quot;</p>");
  // The title is plain text; templates escape it where they show it.
  EXPECT_EQ(outcome->article.title, "Tiêu đề <b>đậm</b>");
  EXPECT_EQ(outcome->article.slug, "tieu-de-b-dam-b");
}

TEST_F(ImportArticleFileTest, BodyGoesThroughTheSanitizer) {
  // The importer's own markup is already clean, so what shows that the body went
  // through the sanitizer is its limit: a body over 1 MiB is refused, naming the file.
  const fs::path file =
      Write("long.txt", "THỜI SỰ\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n\n" +
                            std::string(1100000, 'a') + "\n");
  auto outcome = ImportArticleFile(store_, file, clock_);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_TRUE(outcome.error().IsInvalidArgument());
  EXPECT_NE(outcome.error().message().find(file.string()), std::string::npos);
  EXPECT_NE(outcome.error().user_message().find("quá dài"), std::string::npos);
}

TEST_F(ImportArticleFileTest, UnreadableFileIsAnIoErrorNamingTheFile) {
  const fs::path missing = dir_ / "khong-co.txt";
  auto outcome = ImportArticleFile(store_, missing, clock_);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_EQ(outcome.error().code(), ErrorCode::kIo);
  EXPECT_NE(outcome.error().message().find(missing.string()), std::string::npos)
      << outcome.error().message();

  auto dir = ImportArticleFile(store_, dir_, clock_);
  ASSERT_FALSE(dir.has_value());
  EXPECT_EQ(dir.error().code(), ErrorCode::kIo);
  EXPECT_NE(dir.error().message().find("not a regular file"), std::string::npos);

  if (::geteuid() != 0) {  // root reads any file
    const fs::path locked = Write("locked.txt", "x");
    fs::permissions(locked, fs::perms::none);
    auto denied = ImportArticleFile(store_, locked, clock_);
    ASSERT_FALSE(denied.has_value());
    EXPECT_EQ(denied.error().code(), ErrorCode::kIo);
    EXPECT_NE(denied.error().message().find("locked.txt"), std::string::npos);
  }
  EXPECT_TRUE(store_.Articles().empty());
  EXPECT_TRUE(store_.ListSections()->empty());
}

TEST_F(ImportArticleFileTest, NotAnExportIsInvalidArgumentNamingTheFile) {
  const fs::path empty = Write("empty.txt", "");
  auto outcome = ImportArticleFile(store_, empty, clock_);
  ASSERT_FALSE(outcome.has_value());
  EXPECT_TRUE(outcome.error().IsInvalidArgument());
  EXPECT_NE(outcome.error().message().find("empty.txt"), std::string::npos);
  EXPECT_NE(outcome.error().message().find("empty"), std::string::npos);

  const fs::path binary = Write("anh.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
  auto bin = ImportArticleFile(store_, binary, clock_);
  ASSERT_FALSE(bin.has_value());
  EXPECT_TRUE(bin.error().IsInvalidArgument());
  EXPECT_TRUE(store_.Articles().empty());
}

TEST_F(ImportArticleFileTest, StoreErrorsPropagate) {
  store_.FailNext("ListSections", Error::Io("disk gone"));
  auto a = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_FALSE(a.has_value());
  EXPECT_EQ(a.error().message(), "disk gone");

  store_.FailNext("SaveArticle", Error::Internal("boom"));
  auto b = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_FALSE(b.has_value());
  EXPECT_EQ(b.error().code(), ErrorCode::kInternal);
  EXPECT_TRUE(store_.Articles().empty());

  store_.FailNext("ArticleByImportKey", Error::Io("lookup failed"));
  auto c = ImportArticleFile(store_, SeedFile(), clock_);
  ASSERT_FALSE(c.has_value());
  EXPECT_EQ(c.error().message(), "lookup failed");

  Section taken;
  taken.name = "Khác";
  taken.slug = "the-thao";
  ASSERT_TRUE(store_.SaveSection(taken).has_value());
  const fs::path file =
      Write("the-thao.txt", "THỂ THAO\n\nTiêu đề\nCập nhật lúc 08:05 ngày 01/02/2021\n\nSapo.\n");
  store_.FailNext("SaveSection", Error::Io("read-only"));
  auto d = ImportArticleFile(store_, file, clock_);
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().message(), "read-only");
}

}  // namespace
}  // namespace toasoan

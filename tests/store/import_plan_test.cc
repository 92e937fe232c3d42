// ImportFingerprint, PlanImport and SqliteStore::SaveImport.
#include "store/import_plan.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/sqlite/sqlite_store.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1'612'000'000}};

Article Imported(std::string title, std::string lead, int64_t section_id) {
  Article a;
  a.section_id = section_id;
  a.slug = "bai";
  a.title = std::move(title);
  a.lead = std::move(lead);
  a.body_html = "<p>Đoạn một.</p>";
  a.bylines = {"Thúy Loan"};
  Photo p;
  p.caption = "Toàn cảnh";
  p.credit = "Minh Hà";
  p.alt = "Toàn cảnh";
  a.photos = {p};
  a.status = ArticleStatus::kPublished;
  a.created_at = a.updated_at = kT0;
  a.published_at = kT0;
  a.import_key = "bai-1";
  return a;
}

TEST(ImportFingerprintTest, CoversTheEditableTextOnly) {
  const Article a = Imported("Tiêu đề", "Sapo.", 1);
  Article same = a;
  same.id = 9;
  same.photos[0].id = 4;
  same.photos[0].file = "photos/abc.jpg";  // a file uploaded since: the import keeps it
  same.status = ArticleStatus::kUnpublished;
  same.updated_at = kT0 + std::chrono::hours(1);
  same.author_id = 3;
  EXPECT_EQ(ImportFingerprint(a), ImportFingerprint(same));
  EXPECT_EQ(ImportFingerprint(a).size(), 16u);
  for (auto change : std::vector<void (*)(Article&)>{
           [](Article& x) { x.title += "!"; },
           [](Article& x) { x.lead.clear(); },
           [](Article& x) { x.body_html = "<p>Khác.</p>"; },
           [](Article& x) { x.bylines.push_back("Cẩm Tú"); },
           [](Article& x) { x.photos[0].alt = "Mô tả mới"; },
           [](Article& x) { x.section_id = 2; },
           // Moving bytes between fields changes the fingerprint too.
           [](Article& x) {
             x.title = "Tiêu đềSapo.";
             x.lead.clear();
           },
       }) {
    Article changed = a;
    change(changed);
    EXPECT_NE(ImportFingerprint(a), ImportFingerprint(changed));
  }
}

TEST(PlanImportTest, DecidesByTheRecordedFingerprint) {
  Article stored = Imported("Tiêu đề", "Sapo.", 1);
  stored.id = 5;
  stored.photos[0].id = 8;
  stored.photos[0].file = "photos/abc.jpg";
  stored.status = ArticleStatus::kReturned;
  const std::string recorded = ImportFingerprint(stored);
  Article incoming = Imported("Tiêu đề mới", "Sapo.", 1);
  incoming.updated_at = incoming.created_at = kT0 + std::chrono::hours(2);
  incoming.published_at = incoming.updated_at;

  ImportPlan plan = PlanImport(incoming, stored, recorded, true, false);
  EXPECT_EQ(plan.action, ImportAction::kUpdated);
  EXPECT_EQ(plan.next.id, 5);
  EXPECT_EQ(plan.next.status, ArticleStatus::kReturned);
  EXPECT_EQ(plan.next.created_at, kT0);
  EXPECT_EQ(plan.next.published_at, stored.published_at);
  EXPECT_EQ(plan.next.photos[0].id, 8);
  EXPECT_EQ(plan.next.photos[0].file, "photos/abc.jpg");
  EXPECT_TRUE(plan.record);

  Article edited = stored;
  edited.lead = "Sapo sửa.";
  EXPECT_EQ(PlanImport(incoming, edited, recorded, true, false).action, ImportAction::kSkipped);
  EXPECT_FALSE(PlanImport(incoming, edited, recorded, true, false).record);
  EXPECT_EQ(PlanImport(incoming, edited, recorded, true, true).action, ImportAction::kOverwritten);
  EXPECT_EQ(PlanImport(incoming, std::nullopt, std::nullopt, false, false).action,
            ImportAction::kCreated);
  // The newsroom's text equals the export's: nothing to do, the record follows.
  Article same_text = Imported("Tiêu đề mới", "Sapo.", 1);
  same_text.id = 5;
  ImportPlan same = PlanImport(incoming, same_text, recorded, true, false);
  EXPECT_EQ(same.action, ImportAction::kUnchanged);
  EXPECT_TRUE(same.record);
}

class SqliteSaveImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    section_ = store_->SaveSection(s)->id;
  }

  // A newsroom save: the article with a revision and an audit entry.
  void NewsroomSave(Article a) {
    Revision r;
    r.user_id = 2;
    r.at = clock_.Now();
    r.title = a.title;
    r.lead = a.lead;
    r.body_html = a.body_html;
    AuditEntry audit;
    audit.user_id = 2;
    audit.action = "article.updated";
    audit.target = "article:" + std::to_string(a.id);
    ASSERT_TRUE(store_->SaveArticleWithRevision(a, r, audit).has_value());
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t section_ = 0;
};

TEST_F(SqliteSaveImportTest, KeepsStatusSkipsNewsroomEditsAndForcesWithRevisions) {
  auto created = store_->SaveImport({Imported("Tiêu đề", "Sapo.", section_), false});
  ASSERT_TRUE(created.has_value()) << created.error().message();
  EXPECT_EQ(created->action, ImportAction::kCreated);
  const int64_t id = created->article.id;
  EXPECT_EQ(store_->SaveImport({Imported("Tiêu đề", "Sapo.", section_), false})->action,
            ImportAction::kUnchanged);

  // Unpublished in the newsroom (a move keeps a revision, the text is the import's).
  Article moved = *store_->ArticleById(id);
  moved.status = ArticleStatus::kUnpublished;
  NewsroomSave(moved);
  auto updated = store_->SaveImport({Imported("Tiêu đề mới", "Sapo.", section_), false});
  ASSERT_TRUE(updated.has_value()) << updated.error().message();
  EXPECT_EQ(updated->action, ImportAction::kUpdated);
  EXPECT_EQ(store_->ArticleById(id)->status, ArticleStatus::kUnpublished);
  EXPECT_EQ(store_->ArticleById(id)->title, "Tiêu đề mới");

  // Edited in the newsroom: skipped, then forced.
  Article edited = *store_->ArticleById(id);
  edited.lead = "Sapo của tòa soạn.";
  NewsroomSave(edited);
  auto skipped = store_->SaveImport({Imported("Tiêu đề khác", "Sapo.", section_), false});
  ASSERT_TRUE(skipped.has_value());
  EXPECT_EQ(skipped->action, ImportAction::kSkipped);
  EXPECT_EQ(skipped->article.lead, "Sapo của tòa soạn.");
  EXPECT_EQ(store_->ArticleById(id)->title, "Tiêu đề mới");

  const std::size_t revisions_before = store_->ListRevisions(id)->size();
  auto forced = store_->SaveImport({Imported("Tiêu đề khác", "Sapo.", section_), true});
  ASSERT_TRUE(forced.has_value()) << forced.error().message();
  EXPECT_EQ(forced->action, ImportAction::kOverwritten);
  const Article now = *store_->ArticleById(id);
  EXPECT_EQ(now.title, "Tiêu đề khác");
  EXPECT_EQ(now.lead, "Sapo.");
  EXPECT_EQ(now.status, ArticleStatus::kUnpublished);
  auto revisions = *store_->ListRevisions(id);
  ASSERT_EQ(revisions.size(), revisions_before + 2);
  const Revision& previous = revisions[revisions.size() - 2];
  EXPECT_EQ(previous.lead, "Sapo của tòa soạn.");
  EXPECT_EQ(previous.user_id, 0);
  EXPECT_NE(previous.note.find("--force"), std::string::npos);
  EXPECT_EQ(revisions.back().title, "Tiêu đề khác");
  AuditQuery q;
  q.action_prefix = "article.import_forced";
  auto audit = store_->ListAudit(q);
  ASSERT_EQ(audit->items.size(), 1u);
  EXPECT_EQ(audit->items[0].target, "article:" + std::to_string(id));

  // The forced text is the import's now: the next import updates again.
  EXPECT_EQ(store_->SaveImport({Imported("Tiêu đề", "Sapo.", section_), false})->action,
            ImportAction::kUpdated);
}

}  // namespace
}  // namespace toasoan

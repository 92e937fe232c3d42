// Newsroom::ProofreadArticle / ProofreadUnsaved / DismissWarning / RestoreWarning.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "newsroom/credentials.h"
#include "newsroom/newsroom.h"
#include "store/sqlite/sqlite_store.h"
#include "tests/store/temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1'700'000'000}};

// "Ô Môn" three times, "Ơ Môn" once (in the third body paragraph).
constexpr char kBody[] =
    "<p>Quận ủy Ô Môn họp phiên thường kỳ.</p><p>Nhân dân quận Ô Môn phấn khởi.</p>"
    "<p>Bí thư Quận ủy Ơ Môn phát biểu.</p><p>Đường về Ô Môn đã thông xe.</p>";

class NewsroomProofreadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    newsroom_ = std::make_unique<Newsroom>(*store_, *store_, clock_);
    Section s;
    s.name = "Quận Ô Môn";
    s.slug = "quan-o-mon";
    section_ = store_->SaveSection(s)->id;
    Section s2;
    s2.name = "Huyện Phong Điền";
    s2.slug = "huyen-phong-dien";
    other_section_ = store_->SaveSection(s2)->id;
    reporter_ = AddUser("phongvien", Role::kReporter, {section_});
    colleague_ = AddUser("phongvien2", Role::kReporter, {section_});
    outsider_ = AddUser("phongvien3", Role::kReporter, {other_section_});
    editor_ = AddUser("bientap", Role::kEditor, {section_});

    ArticleEdit e;
    e.section_id = section_;
    e.title = "Ô Môn ra quân dọn vệ sinh";
    e.lead = "Sapo của bài viết.";
    e.body_html = kBody;
    auto a = newsroom_->CreateArticle(As(reporter_), e);
    ASSERT_TRUE(a.has_value()) << a.error().message();
    article_ = *a;
  }

  User AddUser(const std::string& username, Role role, std::vector<int64_t> sections) {
    static const std::string hash = *HashPassword("mat-khau-dung-12345");
    User u;
    u.username = username;
    u.display_name = username;
    u.role = role;
    u.section_ids = std::move(sections);
    auto created = store_->CreateUser(u, hash);
    EXPECT_TRUE(created.has_value()) << created.error().message();
    return created ? *created : u;
  }

  Actor As(const User& u) { return Actor{*store_->UserById(u.id), "203.0.113.5"}; }

  static std::vector<ProofWarning> Names(const std::vector<ProofWarning>& all) {
    std::vector<ProofWarning> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [](const ProofWarning& w) { return w.rule == proof_rule::kNameSpelling; });
    return out;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<Newsroom> newsroom_;
  int64_t section_ = 0, other_section_ = 0;
  User reporter_, colleague_, outsider_, editor_;
  Article article_;
};

TEST_F(NewsroomProofreadTest, StoredArticleGivesTheNameWarningWithItsPlace) {
  auto all = newsroom_->ProofreadArticle(As(reporter_), article_.id);
  ASSERT_TRUE(all.has_value()) << all.error().message();
  auto names = Names(*all);
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].found, "Ơ Môn");
  EXPECT_EQ(names[0].replacement, "Ô Môn");
  EXPECT_EQ(names[0].field, ProofField::kBody);
  EXPECT_EQ(names[0].paragraph, 2u);
  EXPECT_EQ(names[0].utf16_offset, std::u16string(u"Bí thư Quận ủy ").size());
  EXPECT_EQ(names[0].Key(), "name-spelling|body|2|Ơ Môn");
  EXPECT_FALSE(names[0].message.empty());
}

TEST_F(NewsroomProofreadTest, DismissHidesTheWarningForThatArticleAndRestoreShowsItAgain) {
  const std::string key = "name-spelling|body|2|Ơ Môn";
  ASSERT_TRUE(newsroom_->DismissWarning(As(reporter_), article_.id, key).has_value());
  ASSERT_TRUE(newsroom_->DismissWarning(As(reporter_), article_.id, key).has_value())
      << "dismissing twice is fine";
  EXPECT_EQ(*store_->DismissedWarnings(article_.id), std::vector<std::string>{key});
  EXPECT_TRUE(Names(*newsroom_->ProofreadArticle(As(editor_), article_.id)).empty());
  // Unsaved text of the article honours its dismissals; without the article it does not.
  ProofreadDraft draft{article_.title, article_.lead, kBody};
  EXPECT_TRUE(Names(*newsroom_->ProofreadUnsaved(As(reporter_), draft, article_.id)).empty());
  EXPECT_EQ(Names(*newsroom_->ProofreadUnsaved(As(reporter_), draft, std::nullopt)).size(), 1u);

  ASSERT_TRUE(newsroom_->RestoreWarning(As(editor_), article_.id, key).has_value());
  EXPECT_TRUE(store_->DismissedWarnings(article_.id)->empty());
  EXPECT_EQ(Names(*newsroom_->ProofreadArticle(As(reporter_), article_.id)).size(), 1u);
}

TEST_F(NewsroomProofreadTest, DismissAndRestoreAreAuditedOnceEachWithTheRule) {
  const std::string key = "name-spelling|body|2|Ơ Môn";
  auto audit = [&] {
    AuditQuery q;
    q.action_prefix = "proofread.";
    auto page = store_->ListAudit(q);
    EXPECT_TRUE(page.has_value());
    return page ? page->items : std::vector<AuditEntry>{};
  };
  clock_.Advance(std::chrono::minutes(1));
  ASSERT_TRUE(newsroom_->DismissWarning(As(reporter_), article_.id, key).has_value());
  ASSERT_TRUE(newsroom_->DismissWarning(As(reporter_), article_.id, key).has_value());
  auto entries = audit();
  ASSERT_EQ(entries.size(), 1u) << "a repeated dismissal changes nothing and is not audited";
  EXPECT_EQ(entries[0].action, "proofread.dismissed");
  EXPECT_EQ(entries[0].target, "article:" + std::to_string(article_.id));
  EXPECT_EQ(entries[0].user_id, reporter_.id);
  EXPECT_EQ(entries[0].username, "phongvien");
  EXPECT_EQ(entries[0].address, "203.0.113.5");
  EXPECT_EQ(entries[0].at, kT0 + std::chrono::minutes(1));
  EXPECT_EQ(entries[0].detail, "rule: name-spelling; field: body; paragraph: 2; found: Ơ Môn");

  ASSERT_TRUE(newsroom_->RestoreWarning(As(editor_), article_.id, key).has_value());
  ASSERT_TRUE(newsroom_->RestoreWarning(As(editor_), article_.id, key).has_value());
  entries = audit();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "proofread.restored");
  EXPECT_EQ(entries[0].user_id, editor_.id);
  EXPECT_EQ(entries[0].detail, entries[1].detail);

  // A refused dismissal leaves no trace.
  ASSERT_FALSE(newsroom_->DismissWarning(As(colleague_), article_.id, key).has_value());
  EXPECT_EQ(audit().size(), 2u);
}

TEST_F(NewsroomProofreadTest, OnlyThoseWhoMaySeeOrEditTheArticleProofreadOrDismiss) {
  const std::string key = "name-spelling|body|2|Ơ Môn";
  auto peek = newsroom_->ProofreadArticle(As(outsider_), article_.id);
  ASSERT_FALSE(peek.has_value());
  EXPECT_EQ(peek.error().code(), ErrorCode::kPermissionDenied);
  ProofreadDraft draft{"Tiêu đề", "", "<p>Nội dung.</p>"};
  auto unsaved = newsroom_->ProofreadUnsaved(As(outsider_), draft, article_.id);
  ASSERT_FALSE(unsaved.has_value());
  EXPECT_EQ(unsaved.error().code(), ErrorCode::kPermissionDenied);
  // A reporter's draft is not a colleague's to see or dismiss in.
  auto dismissed = newsroom_->DismissWarning(As(colleague_), article_.id, key);
  ASSERT_FALSE(dismissed.has_value());
  EXPECT_EQ(dismissed.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(store_->DismissedWarnings(article_.id)->empty());

  auto missing = newsroom_->ProofreadArticle(As(editor_), article_.id + 100);
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TEST_F(NewsroomProofreadTest, MalformedKeysAreRefused) {
  const std::vector<std::string> keys = {"",
                                         "name-spelling",
                                         "made-up|body|2|Ơ Môn",
                                         "name-spelling|caption|2|x",
                                         "name-spelling|body|two|Ơ Môn",
                                         std::string(3000, 'a')};
  for (const std::string& key : keys) {
    auto r = newsroom_->DismissWarning(As(reporter_), article_.id, key);
    ASSERT_FALSE(r.has_value()) << key;
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument) << key;
    EXPECT_FALSE(r.error().user_message().empty());
  }
  EXPECT_TRUE(store_->DismissedWarnings(article_.id)->empty());
}

TEST_F(NewsroomProofreadTest, UnsavedTextIsReadAsGivenAndWarningsNeverBlockSaving) {
  ProofreadDraft draft{"Hai  dấu cách", "Sapo.", "<p>Một đoạn.</p><p>Một đoạn.</p>"};
  auto w = newsroom_->ProofreadUnsaved(As(reporter_), draft, std::nullopt);
  ASSERT_TRUE(w.has_value()) << w.error().message();
  auto has = [&](std::string_view rule, ProofField field) {
    return std::any_of(w->begin(), w->end(),
                       [&](const ProofWarning& x) { return x.rule == rule && x.field == field; });
  };
  EXPECT_TRUE(has(proof_rule::kDoubleSpace, ProofField::kTitle));
  EXPECT_TRUE(has(proof_rule::kRepeatedText, ProofField::kBody));

  // The article with its warning saves as ever.
  ArticleEdit edit;
  edit.body_html = std::string(kBody) + "<p>Thêm một đoạn.</p>";
  auto saved = newsroom_->UpdateArticle(As(reporter_), article_.id, edit);
  ASSERT_TRUE(saved.has_value()) << saved.error().message();
  EXPECT_EQ(Names(*newsroom_->ProofreadArticle(As(reporter_), article_.id)).size(), 1u);
}

TEST_F(NewsroomProofreadTest, DismissalsGoWithTheirArticle) {
  ArticleEdit e;
  e.section_id = section_;
  e.title = "Bài khác";
  e.body_html = kBody;
  auto other = newsroom_->CreateArticle(As(reporter_), e);
  ASSERT_TRUE(other.has_value());
  const std::string key = "name-spelling|body|2|Ơ Môn";
  ASSERT_TRUE(newsroom_->DismissWarning(As(reporter_), article_.id, key).has_value());
  EXPECT_EQ(Names(*newsroom_->ProofreadArticle(As(reporter_), other->id)).size(), 1u)
      << "a dismissal is for one article only";
}

}  // namespace
}  // namespace toasoan

// SqliteStore as the NewsroomStore: accounts, sessions, API tokens, revisions, the
// newsroom's article listings and the audit log.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};  // 16/10/2020 02:34 UTC

Timestamp At(int64_t seconds_after_t0) { return kT0 + std::chrono::seconds{seconds_after_t0}; }

class NewsroomStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(db_file(), clock_);
    ASSERT_TRUE(store.has_value()) << store.error().message();
    store_ = std::move(*store);
    thoi_su_ = AddSection("Thời sự", "thoi-su");
    kinh_te_ = AddSection("Kinh tế", "kinh-te");
  }

  std::filesystem::path db_file() const { return dir_.path() / "toasoan.db"; }

  int64_t AddSection(std::string name, std::string slug) {
    Section s;
    s.name = std::move(name);
    s.slug = std::move(slug);
    auto saved = store_->SaveSection(s);
    EXPECT_TRUE(saved.has_value());
    return saved ? saved->id : 0;
  }

  User AddUser(std::string username, Role role, std::vector<int64_t> sections = {}) {
    User u;
    u.username = std::move(username);
    u.display_name = "Nguyễn Văn " + u.username;
    u.role = role;
    u.section_ids = std::move(sections);
    auto created = store_->CreateUser(u, "hash-of-" + u.username);
    EXPECT_TRUE(created.has_value()) << created.error().message();
    return created ? *created : User{};
  }

  Article MakeArticle(int64_t section_id, std::string title, int64_t author_id = 0,
                      ArticleStatus status = ArticleStatus::kDraft, int64_t updated = 0) {
    Article a;
    a.section_id = section_id;
    a.slug = "bai";
    a.title = std::move(title);
    a.lead = "Sapo";
    a.body_html = "<p>Nội dung</p>";
    a.status = status;
    a.created_at = kT0;
    a.updated_at = At(updated);
    a.author_id = author_id;
    return a;
  }

  Article Save(const Article& a) {
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved.has_value()) << saved.error().message();
    return saved ? *saved : Article{};
  }

  static AuditEntry Audit(std::string action, int64_t user_id = 0, std::string target = "") {
    AuditEntry e;
    e.user_id = user_id;
    e.username = "u" + std::to_string(user_id);
    e.action = std::move(action);
    e.target = std::move(target);
    e.detail = "chi tiết";
    e.address = "203.0.113.7";
    return e;
  }

  static std::vector<std::string> Titles(const ArticleList& list) {
    std::vector<std::string> titles;
    for (const Article& a : list.items) titles.push_back(a.title);
    return titles;
  }

  // Runs `sql` on a connection of its own (as a second process would).
  Result<void> ExecRaw(const std::string& sql) {
    auto db = sqlite::Database::Open(db_file());
    if (!db) return Fail(db.error());
    return (*db)->Exec(sql);
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t thoi_su_ = 0, kinh_te_ = 0;
};

// --- Accounts ------------------------------------------------------------------------------

TEST_F(NewsroomStoreTest, UsersCreateReadListUpdate) {
  User lan = AddUser("lan", Role::kReporter, {kinh_te_, thoi_su_});
  ASSERT_GT(lan.id, 0);
  EXPECT_EQ(lan.created_at, kT0);

  auto by_id = store_->UserById(lan.id);
  ASSERT_TRUE(by_id.has_value());
  EXPECT_EQ(by_id->username, "lan");
  EXPECT_EQ(by_id->display_name, "Nguyễn Văn lan");
  EXPECT_EQ(by_id->role, Role::kReporter);
  EXPECT_FALSE(by_id->disabled);
  EXPECT_EQ(by_id->section_ids, (std::vector<int64_t>{thoi_su_, kinh_te_}));

  auto by_name = store_->UserByUsername("lan");
  ASSERT_TRUE(by_name.has_value());
  EXPECT_EQ(by_name->id, lan.id);
  EXPECT_EQ(store_->UserByUsername("khong-co").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->UserById(999).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(store_->PasswordHashOf(lan.id).value(), "hash-of-lan");

  AddUser("an", Role::kAdmin);
  auto users = store_->ListUsers();
  ASSERT_TRUE(users.has_value());
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ((*users)[0].username, "an");
  EXPECT_EQ((*users)[1].section_ids.size(), 2u);

  User changed = lan;
  changed.role = Role::kEditor;
  changed.display_name = "Trần Thị Lan";
  changed.section_ids = {kinh_te_};
  auto updated = store_->UpdateUser(changed, Audit("user.updated", 2, "user:1"));
  ASSERT_TRUE(updated.has_value()) << updated.error().message();
  EXPECT_EQ(updated->role, Role::kEditor);
  auto again = store_->UserById(lan.id).value();
  EXPECT_EQ(again.display_name, "Trần Thị Lan");
  EXPECT_EQ(again.section_ids, (std::vector<int64_t>{kinh_te_}));
  auto audit = store_->ListAudit({}).value();
  ASSERT_EQ(audit.items.size(), 1u);
  EXPECT_EQ(audit.items[0].action, "user.updated");

  ASSERT_TRUE(store_->SetPasswordHash(lan.id, "new-hash").has_value());
  EXPECT_EQ(store_->PasswordHashOf(lan.id).value(), "new-hash");
  EXPECT_EQ(store_->SetPasswordHash(999, "x").error().code(), ErrorCode::kNotFound);
}

TEST_F(NewsroomStoreTest, TakenUsernameIsAConflictAndCreatesNothing) {
  AddUser("lan", Role::kReporter);
  User dup;
  dup.username = "lan";
  dup.role = Role::kAdmin;
  auto created = store_->CreateUser(dup, "h");
  ASSERT_FALSE(created.has_value());
  EXPECT_EQ(created.error().code(), ErrorCode::kConflict);
  EXPECT_NE(created.error().user_message().find("lan"), std::string::npos);
  EXPECT_EQ(store_->ListUsers().value().size(), 1u);
  EXPECT_EQ(store_->UserByUsername("lan").value().role, Role::kReporter);
}

TEST_F(NewsroomStoreTest, UnknownSectionsFailUserWritesWithoutChange) {
  User u;
  u.username = "binh";
  u.section_ids = {thoi_su_, 999};
  auto created = store_->CreateUser(u, "h");
  ASSERT_FALSE(created.has_value());
  EXPECT_EQ(created.error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(store_->ListUsers().value().empty());

  User lan = AddUser("lan", Role::kReporter, {thoi_su_});
  lan.section_ids = {999};
  lan.role = Role::kEditor;
  EXPECT_EQ(store_->UpdateUser(lan, Audit("user.updated")).error().code(), ErrorCode::kNotFound);
  User stored = store_->UserById(lan.id).value();
  EXPECT_EQ(stored.role, Role::kReporter);
  EXPECT_EQ(stored.section_ids, (std::vector<int64_t>{thoi_su_}));
  EXPECT_TRUE(store_->ListAudit({}).value().items.empty());

  User ghost;
  ghost.id = 999;
  ghost.username = "ghost";
  EXPECT_EQ(store_->UpdateUser(ghost, Audit("user.updated")).error().code(), ErrorCode::kNotFound);
}

// --- Sessions and API tokens ------------------------------------------------------------

Session MakeSession(std::string digest, int64_t user_id) {
  Session s;
  s.token_digest = std::move(digest);
  s.user_id = user_id;
  s.csrf_token = "csrf-" + s.token_digest;
  s.created_at = kT0;
  s.last_seen_at = kT0;
  s.address = "198.51.100.1";
  return s;
}

TEST_F(NewsroomStoreTest, SessionsCreateGetTouchDelete) {
  User lan = AddUser("lan", Role::kReporter);
  User an = AddUser("an", Role::kAdmin);
  ASSERT_TRUE(store_->CreateSession(MakeSession("d1", lan.id)).has_value());
  ASSERT_TRUE(store_->CreateSession(MakeSession("d2", lan.id)).has_value());
  ASSERT_TRUE(store_->CreateSession(MakeSession("d3", an.id)).has_value());
  EXPECT_EQ(store_->CreateSession(MakeSession("d1", an.id)).error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store_->CreateSession(MakeSession("d9", 999)).error().code(), ErrorCode::kNotFound);

  auto s = store_->SessionByDigest("d1").value();
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->user_id, lan.id);
  EXPECT_EQ(s->csrf_token, "csrf-d1");
  EXPECT_EQ(s->address, "198.51.100.1");
  EXPECT_EQ(s->created_at, kT0);
  EXPECT_FALSE(store_->SessionByDigest("nope").value().has_value());

  ASSERT_TRUE(store_->TouchSession("d1", At(600)).has_value());
  s = store_->SessionByDigest("d1").value();
  EXPECT_EQ(s->last_seen_at, At(600));
  EXPECT_EQ(s->created_at, kT0);
  EXPECT_EQ(store_->TouchSession("nope", At(1)).error().code(), ErrorCode::kNotFound);

  ASSERT_TRUE(store_->DeleteSession("d1").has_value());
  EXPECT_FALSE(store_->SessionByDigest("d1").value().has_value());
  EXPECT_TRUE(store_->SessionByDigest("d2").value().has_value());

  ASSERT_TRUE(store_->DeleteSessionsOf(lan.id).has_value());
  EXPECT_FALSE(store_->SessionByDigest("d2").value().has_value());
  EXPECT_TRUE(store_->SessionByDigest("d3").value().has_value());
}

TEST_F(NewsroomStoreTest, DisablingAnAccountEndsItsSessionsInTheSameWrite) {
  User lan = AddUser("lan", Role::kReporter);
  User an = AddUser("an", Role::kAdmin);
  ASSERT_TRUE(store_->CreateSession(MakeSession("d1", lan.id)).has_value());
  ASSERT_TRUE(store_->CreateSession(MakeSession("d2", an.id)).has_value());

  // A role change alone keeps the sessions.
  lan.role = Role::kEditor;
  ASSERT_TRUE(store_->UpdateUser(lan, Audit("user.updated", an.id)).has_value());
  EXPECT_TRUE(store_->SessionByDigest("d1").value().has_value());

  lan.disabled = true;
  auto updated = store_->UpdateUser(lan, Audit("user.disabled", an.id));
  ASSERT_TRUE(updated.has_value());
  EXPECT_TRUE(updated->disabled);
  EXPECT_TRUE(store_->UserById(lan.id).value().disabled);
  EXPECT_FALSE(store_->SessionByDigest("d1").value().has_value());
  EXPECT_TRUE(store_->SessionByDigest("d2").value().has_value());

  // A failing audit entry takes the disabling back, sessions included.
  User an_disabled = an;
  an_disabled.disabled = true;
  ASSERT_TRUE(ExecRaw("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log "
                      "WHEN NEW.action = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")
                  .has_value());
  EXPECT_FALSE(store_->UpdateUser(an_disabled, Audit("boom")).has_value());
  EXPECT_FALSE(store_->UserById(an.id).value().disabled);
  EXPECT_TRUE(store_->SessionByDigest("d2").value().has_value());
}

TEST_F(NewsroomStoreTest, ApiTokensMapDigestsToUsers) {
  User lan = AddUser("lan", Role::kReporter);
  ASSERT_TRUE(store_->CreateApiToken(lan.id, "digest-a", "tích hợp").has_value());
  EXPECT_EQ(store_->UserIdByApiToken("digest-a").value(), std::optional<int64_t>(lan.id));
  EXPECT_FALSE(store_->UserIdByApiToken("digest-b").value().has_value());
  EXPECT_EQ(store_->CreateApiToken(lan.id, "digest-a", "x").error().code(), ErrorCode::kConflict);
  EXPECT_EQ(store_->CreateApiToken(999, "digest-c", "x").error().code(), ErrorCode::kNotFound);
}

// --- Articles ------------------------------------------------------------------------------

TEST_F(NewsroomStoreTest, AuthorAndScheduledTimeRoundTrip) {
  User lan = AddUser("lan", Role::kReporter, {thoi_su_});
  Article a = MakeArticle(thoi_su_, "Lịch tiếp công dân", lan.id, ArticleStatus::kScheduled);
  a.scheduled_at = At(3600);
  Article saved = Save(a);
  Article read = store_->ArticleById(saved.id).value();
  EXPECT_EQ(read.author_id, lan.id);
  ASSERT_TRUE(read.scheduled_at.has_value());
  EXPECT_EQ(*read.scheduled_at, At(3600));

  read.scheduled_at.reset();
  read.status = ArticleStatus::kDraft;
  Save(read);
  Article cleared = store_->ArticleById(saved.id).value();
  EXPECT_FALSE(cleared.scheduled_at.has_value());
  EXPECT_EQ(cleared.author_id, lan.id);

  Article imported = Save(MakeArticle(thoi_su_, "Bài nhập"));
  EXPECT_EQ(store_->ArticleById(imported.id).value().author_id, 0);
}

Revision MakeRevision(int64_t user_id, std::string title, std::string note = "") {
  Revision r;
  r.user_id = user_id;
  r.at = kT0;
  r.title = std::move(title);
  r.lead = "Sapo";
  r.body_html = "<p>Nội dung</p>";
  r.note = std::move(note);
  return r;
}

TEST_F(NewsroomStoreTest, SaveWithRevisionStoresArticleRevisionAuditAndChange) {
  User lan = AddUser("lan", Role::kReporter, {thoi_su_});
  const int64_t change_before = store_->LatestChangeId().value();
  Article a = MakeArticle(thoi_su_, "Bản nháp đầu", lan.id);
  auto saved = store_->SaveArticleWithRevision(a, MakeRevision(lan.id, a.title),
                                               Audit("article.created", lan.id, "article:0"));
  ASSERT_TRUE(saved.has_value()) << saved.error().message();
  ASSERT_GT(saved->id, 0);
  EXPECT_EQ(store_->ArticleById(saved->id).value().title, "Bản nháp đầu");
  EXPECT_GT(store_->LatestChangeId().value(), change_before);

  auto revisions = store_->ListRevisions(saved->id).value();
  ASSERT_EQ(revisions.size(), 1u);
  EXPECT_EQ(revisions[0].article_id, saved->id);
  EXPECT_EQ(revisions[0].user_id, lan.id);
  EXPECT_EQ(revisions[0].title, "Bản nháp đầu");

  auto audit = store_->ListAudit({}).value();
  ASSERT_EQ(audit.items.size(), 1u);
  EXPECT_EQ(audit.items[0].action, "article.created");
  EXPECT_EQ(audit.items[0].target, "article:" + std::to_string(saved->id));

  Article edited = *saved;
  edited.title = "Bản sửa lần hai";
  ASSERT_TRUE(store_
                  ->SaveArticleWithRevision(edited, MakeRevision(lan.id, edited.title, "sửa tít"),
                                            Audit("article.updated", lan.id))
                  .has_value());
  revisions = store_->ListRevisions(saved->id).value();
  ASSERT_EQ(revisions.size(), 2u);
  EXPECT_EQ(revisions[0].title, "Bản nháp đầu");  // oldest first
  EXPECT_EQ(revisions[1].title, "Bản sửa lần hai");
  EXPECT_EQ(revisions[1].note, "sửa tít");

  auto one = store_->RevisionById(revisions[0].id);
  ASSERT_TRUE(one.has_value());
  EXPECT_EQ(one->title, "Bản nháp đầu");
  EXPECT_EQ(one->body_html, "<p>Nội dung</p>");
  EXPECT_EQ(store_->RevisionById(9999).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(store_->ListRevisions(9999).value().empty());
}

TEST_F(NewsroomStoreTest, SaveWithRevisionIsAllOrNothing) {
  User lan = AddUser("lan", Role::kReporter, {thoi_su_});
  Article a = Save(MakeArticle(thoi_su_, "Tít cũ", lan.id));
  const int64_t change_before = store_->LatestChangeId().value();
  ASSERT_TRUE(ExecRaw("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log "
                      "WHEN NEW.action = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END")
                  .has_value());

  Article edited = a;
  edited.title = "Tít mới";
  edited.status = ArticleStatus::kPublished;
  auto failed =
      store_->SaveArticleWithRevision(edited, MakeRevision(lan.id, "Tít mới"), Audit("boom"));
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(store_->ArticleById(a.id).value().title, "Tít cũ");
  EXPECT_EQ(store_->ArticleById(a.id).value().status, ArticleStatus::kDraft);
  EXPECT_TRUE(store_->ListRevisions(a.id).value().empty());
  EXPECT_EQ(store_->LatestChangeId().value(), change_before);
  SearchRequest search;
  search.text = "Tít mới";
  EXPECT_TRUE(store_->Search(search).value().hits.empty());

  // A new article: no row is left behind either.
  auto failed_new = store_->SaveArticleWithRevision(MakeArticle(thoi_su_, "Bài mới", lan.id),
                                                    MakeRevision(lan.id, "Bài mới"), Audit("boom"));
  ASSERT_FALSE(failed_new.has_value());
  EXPECT_EQ(store_->ListNewsroomArticles({}).value().total, 1);
  EXPECT_TRUE(store_->ListAudit({}).value().items.empty());
}

TEST_F(NewsroomStoreTest, DueScheduledListsOnlyDueScheduledOldestFirst) {
  auto scheduled = [&](std::string title, int64_t at) {
    Article a = MakeArticle(thoi_su_, std::move(title), 0, ArticleStatus::kScheduled);
    a.scheduled_at = At(at);
    return Save(a);
  };
  scheduled("Sau", 500);
  scheduled("Trước", 100);
  scheduled("Chưa tới", 5000);
  Article draft = MakeArticle(thoi_su_, "Nháp có giờ", 0, ArticleStatus::kDraft);
  draft.scheduled_at = At(50);
  Save(draft);

  auto due = store_->DueScheduled(At(500)).value();
  ASSERT_EQ(due.size(), 2u);
  EXPECT_EQ(due[0].title, "Trước");
  EXPECT_EQ(due[1].title, "Sau");
  EXPECT_EQ(due[0].body_html, "<p>Nội dung</p>");
  EXPECT_TRUE(store_->DueScheduled(At(99)).value().empty());
  EXPECT_EQ(store_->DueScheduled(At(10000)).value().size(), 3u);
}

TEST_F(NewsroomStoreTest, NewsroomListFiltersAndPages) {
  User lan = AddUser("lan", Role::kReporter, {thoi_su_});
  User binh = AddUser("binh", Role::kReporter, {kinh_te_});
  Article a1 =
      MakeArticle(thoi_su_, "Đảng bộ quận Ô Môn đại hội", lan.id, ArticleStatus::kDraft, 10);
  a1.bylines = {"Thúy Loan"};
  Save(a1);
  Save(MakeArticle(thoi_su_, "Thới Lai: họp mặt", lan.id, ArticleStatus::kPublished, 20));
  Save(MakeArticle(kinh_te_, "Giá lúa tăng; ĐẢNG BỘ xã chỉ đạo", binh.id, ArticleStatus::kSubmitted,
                   30));
  Save(MakeArticle(kinh_te_, "Bông lúa vàng", binh.id, ArticleStatus::kDraft, 40));

  // All, newest updated first.
  auto all = store_->ListNewsroomArticles({}).value();
  EXPECT_EQ(all.total, 4);
  EXPECT_EQ(Titles(all),
            (std::vector<std::string>{"Bông lúa vàng", "Giá lúa tăng; ĐẢNG BỘ xã chỉ đạo",
                                      "Thới Lai: họp mặt", "Đảng bộ quận Ô Môn đại hội"}));
  EXPECT_EQ(all.items[3].bylines, (std::vector<std::string>{"Thúy Loan"}));
  EXPECT_TRUE(all.items[3].body_html.empty());

  NewsroomQuery q;
  q.section_ids = {thoi_su_};
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 2);
  q.section_ids = {thoi_su_, kinh_te_};
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 4);

  q = {};
  q.status = ArticleStatus::kDraft;
  EXPECT_EQ(Titles(store_->ListNewsroomArticles(q).value()),
            (std::vector<std::string>{"Bông lúa vàng", "Đảng bộ quận Ô Môn đại hội"}));
  q.author_id = lan.id;
  EXPECT_EQ(Titles(store_->ListNewsroomArticles(q).value()),
            (std::vector<std::string>{"Đảng bộ quận Ô Môn đại hội"}));

  // Text: words without diacritics or case, each starting a word of the title.
  q = {};
  q.text = "dang bo";
  EXPECT_EQ(
      Titles(store_->ListNewsroomArticles(q).value()),
      (std::vector<std::string>{"Giá lúa tăng; ĐẢNG BỘ xã chỉ đạo", "Đảng bộ quận Ô Môn đại hội"}));
  q.text = "  Ô   MÔN ";
  EXPECT_EQ(Titles(store_->ListNewsroomArticles(q).value()),
            (std::vector<std::string>{"Đảng bộ quận Ô Môn đại hội"}));
  q.text = "lua";  // a word start: "Bông lúa", "Giá lúa"
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 2);
  q.text = "ua";  // not inside a word
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 0);
  q.text = "dang mon";
  q.section_ids = {kinh_te_};
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 0);
  q.text = "100%_";
  q.section_ids = {};
  EXPECT_EQ(store_->ListNewsroomArticles(q).value().total, 0);

  // Paging.
  q = {};
  q.per_page = 3;
  auto page1 = store_->ListNewsroomArticles(q).value();
  EXPECT_EQ(page1.pages, 2);
  EXPECT_EQ(page1.items.size(), 3u);
  q.page = 2;
  auto page2 = store_->ListNewsroomArticles(q).value();
  ASSERT_EQ(page2.items.size(), 1u);
  EXPECT_EQ(page2.items[0].title, "Đảng bộ quận Ô Môn đại hội");
  q.page = 3;
  EXPECT_TRUE(store_->ListNewsroomArticles(q).value().items.empty());
}

TEST_F(NewsroomStoreTest, TitlesStoredBeforeTheNewsroomAreFoldedOnOpen) {
  TempDir other;
  const auto file = other.path() / "old.db";
  {
    auto db = sqlite::Database::Open(file);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(sqlite::Migrate(**db, sqlite::Migrations().first(4)).has_value());
    ASSERT_TRUE((*db)
                    ->Exec("INSERT INTO sections (name, slug) VALUES ('Thời sự', 'thoi-su');"
                           "INSERT INTO articles (section_id, slug, title, status, created_at, "
                           "updated_at) VALUES (1, 'a', 'Đảng bộ Cờ Đỏ', 'draft', 1, 1)")
                    .has_value());
  }
  auto store = SqliteStore::Open(file, clock_);
  ASSERT_TRUE(store.has_value()) << store.error().message();
  NewsroomQuery q;
  q.text = "co do";
  auto list = (*store)->ListNewsroomArticles(q).value();
  ASSERT_EQ(list.items.size(), 1u);
  EXPECT_EQ(list.items[0].author_id, 0);
  EXPECT_FALSE(list.items[0].scheduled_at.has_value());
}

// --- Audit log ----------------------------------------------------------------------------

TEST_F(NewsroomStoreTest, AuditLogIsAppendOnly) {
  ASSERT_TRUE(store_->AppendAudit(Audit("sign_in", 1)).has_value());
  auto update = ExecRaw("UPDATE audit_log SET action = 'nothing'");
  ASSERT_FALSE(update.has_value());
  EXPECT_NE(update.error().message().find("append-only"), std::string::npos);
  auto remove = ExecRaw("DELETE FROM audit_log");
  ASSERT_FALSE(remove.has_value());
  EXPECT_NE(remove.error().message().find("append-only"), std::string::npos);
  auto items = store_->ListAudit({}).value().items;
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].action, "sign_in");
  EXPECT_EQ(items[0].address, "203.0.113.7");
  EXPECT_EQ(items[0].detail, "chi tiết");
  EXPECT_EQ(items[0].at, kT0);  // the clock's, when not given
}

TEST_F(NewsroomStoreTest, ListAuditFiltersAndPagesNewestFirst) {
  for (int i = 0; i < 5; ++i) {
    AuditEntry e = Audit("article.published", 1, "article:" + std::to_string(i));
    e.at = At(i * 100);
    ASSERT_TRUE(store_->AppendAudit(e).has_value());
  }
  AuditEntry sign_in = Audit("sign_in_failed", 0);
  sign_in.at = At(250);
  ASSERT_TRUE(store_->AppendAudit(sign_in).has_value());
  AuditEntry other = Audit("articleX", 2);  // shares no "article." prefix
  other.at = At(260);
  ASSERT_TRUE(store_->AppendAudit(other).has_value());

  auto all = store_->ListAudit({}).value();
  ASSERT_EQ(all.items.size(), 7u);
  EXPECT_EQ(all.items[0].action, "articleX");
  EXPECT_EQ(all.items[6].target, "article:0");

  AuditQuery q;
  q.action_prefix = "article.";
  auto articles = store_->ListAudit(q).value();
  EXPECT_EQ(articles.items.size(), 5u);
  EXPECT_EQ(articles.items[0].target, "article:4");

  q = {};
  q.user_id = 0;
  auto failures = store_->ListAudit(q).value();
  ASSERT_EQ(failures.items.size(), 1u);
  EXPECT_EQ(failures.items[0].action, "sign_in_failed");

  q = {};
  q.from = At(100);
  q.to = At(300);  // exclusive
  auto range = store_->ListAudit(q).value();
  std::vector<std::string> actions;
  for (const auto& e : range.items) actions.push_back(e.action + "@" + e.target);
  EXPECT_EQ(actions,
            (std::vector<std::string>{"articleX@", "sign_in_failed@", "article.published@article:2",
                                      "article.published@article:1"}));

  q = {};
  q.per_page = 3;
  q.page = 3;
  auto last = store_->ListAudit(q).value();
  EXPECT_EQ(last.pages, 3);
  EXPECT_EQ(last.page, 3);
  ASSERT_EQ(last.items.size(), 1u);
  EXPECT_EQ(last.items[0].target, "article:0");
  q.page = 4;
  EXPECT_TRUE(store_->ListAudit(q).value().items.empty());
}

}  // namespace
}  // namespace toasoan

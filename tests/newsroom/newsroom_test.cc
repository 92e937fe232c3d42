#include "newsroom/newsroom.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "newsroom/credentials.h"
#include "store/sqlite/sqlite_store.h"
#include "tests/store/temp_dir.h"

namespace toasoan {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr Timestamp kT0{std::chrono::seconds{1'700'000'000}};
constexpr char kPassword[] = "mat-khau-dung-12345";
constexpr char kWrongAnswer[] = "Tên đăng nhập hoặc mật khẩu không đúng.";
constexpr char kAddress[] = "203.0.113.5";

// One Argon2id hash for every account of every test: hashing is slow on purpose.
const std::string& PasswordHash() {
  static const std::string hash = *HashPassword(kPassword);
  return hash;
}

SessionPolicy ShortPolicy() {
  SessionPolicy p;
  p.idle = minutes(30);
  p.absolute = hours(4);
  p.sign_in_max_failures = 5;
  p.sign_in_window = minutes(15);
  return p;
}

class NewsroomTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    newsroom_ = std::make_unique<Newsroom>(*store_, *store_, clock_, ShortPolicy());
    ninh_kieu_ = AddSection("Quận Ninh Kiều", "quan-ninh-kieu");
    phong_dien_ = AddSection("Huyện Phong Điền", "huyen-phong-dien");
    admin_ = AddUser("quantri", Role::kAdmin, {});
    editor_ = AddUser("bientap", Role::kEditor, {ninh_kieu_});
    reporter_ = AddUser("phongvien", Role::kReporter, {ninh_kieu_});
    other_reporter_ = AddUser("phongvien2", Role::kReporter, {phong_dien_});
  }

  int64_t AddSection(const std::string& name, const std::string& slug) {
    Section s;
    s.name = name;
    s.slug = slug;
    auto saved = store_->SaveSection(s);
    EXPECT_TRUE(saved.has_value());
    return saved ? saved->id : 0;
  }

  User AddUser(const std::string& username, Role role, std::vector<int64_t> sections) {
    User u;
    u.username = username;
    u.display_name = username;
    u.role = role;
    u.section_ids = std::move(sections);
    auto created = store_->CreateUser(u, PasswordHash());
    EXPECT_TRUE(created.has_value()) << created.error().message();
    return created ? *created : u;
  }

  // The account as stored now (role and sections may have changed).
  Actor As(const User& u) { return Actor{*store_->UserById(u.id), kAddress}; }

  ArticleEdit Draft(int64_t section, const std::string& title) {
    ArticleEdit e;
    e.section_id = section;
    e.title = title;
    e.lead = "Sapo của bài viết.";
    e.body_html = "<p>Đoạn thứ nhất của bài.</p><p>Đoạn thứ hai.</p>";
    e.bylines = std::vector<std::string>{"Thúy Loan"};
    return e;
  }

  Article Create(const User& who, int64_t section, const std::string& title) {
    auto a = newsroom_->CreateArticle(As(who), Draft(section, title));
    EXPECT_TRUE(a.has_value()) << a.error().message();
    return a ? *a : Article{};
  }

  Result<Article> Move(const User& who, int64_t id, ArticleStatus to, std::string comment = {},
                       std::optional<Timestamp> at = std::nullopt) {
    Transition t;
    t.to = to;
    t.comment = std::move(comment);
    t.at = at;
    return newsroom_->TransitionArticle(As(who), id, t);
  }

  std::vector<AuditEntry> Audit(const std::string& prefix) {
    AuditQuery q;
    q.action_prefix = prefix;
    q.per_page = 200;
    auto page = newsroom_->ListAudit(As(admin_), q);
    EXPECT_TRUE(page.has_value());
    return page ? page->items : std::vector<AuditEntry>{};
  }

  size_t RevisionCount(int64_t article_id) {
    auto r = store_->ListRevisions(article_id);
    EXPECT_TRUE(r.has_value());
    return r ? r->size() : 0;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<Newsroom> newsroom_;
  int64_t ninh_kieu_ = 0, phong_dien_ = 0;
  User admin_, editor_, reporter_, other_reporter_;
};

// --- Sign-in and sessions ---

TEST_F(NewsroomTest, SignInGivesTheSameAnswerForUnknownUserWrongPasswordAndDisabledAccount) {
  const auto t0 = std::chrono::steady_clock::now();
  auto unknown = newsroom_->SignIn("khongtontai", kPassword, kAddress);
  const auto t1 = std::chrono::steady_clock::now();
  auto wrong = newsroom_->SignIn("phongvien", "mat-khau-sai-999", kAddress);
  const auto t2 = std::chrono::steady_clock::now();
  User locked = reporter_;
  locked.disabled = true;
  ASSERT_TRUE(newsroom_->UpdateUser(As(admin_), locked).has_value());
  auto disabled = newsroom_->SignIn("phongvien", kPassword, kAddress);

  for (const auto* r : {&unknown, &wrong, &disabled}) {
    ASSERT_FALSE(r->has_value());
    EXPECT_EQ(r->error().code(), ErrorCode::kUnauthenticated);
    EXPECT_EQ(r->error().user_message(), kWrongAnswer);
  }
  // An unknown user costs a password check too (no fast "no such user").
  EXPECT_GT((t1 - t0) * 4, t2 - t1);

  const auto failed = Audit("sign_in_failed");
  ASSERT_EQ(failed.size(), 3u);
  EXPECT_EQ(failed.back().username, "khongtontai");
  EXPECT_EQ(failed.back().address, kAddress);
  EXPECT_EQ(failed.back().user_id, 0);
}

TEST_F(NewsroomTest, SignInCreatesASessionThatAuthenticatesWithItsCsrfToken) {
  auto in = newsroom_->SignIn("  BienTap ", kPassword, "198.51.100.2");
  ASSERT_TRUE(in.has_value()) << in.error().message();
  EXPECT_EQ(in->user.id, editor_.id);
  EXPECT_EQ(in->session_token.size(), 43u);
  EXPECT_NE(in->csrf_token, in->session_token);
  auto who = newsroom_->AuthenticateSession(in->session_token, "198.51.100.2");
  ASSERT_TRUE(who.has_value());
  EXPECT_EQ(who->actor.user.id, editor_.id);
  EXPECT_EQ(who->csrf_token, in->csrf_token);
  EXPECT_EQ(who->session_digest, TokenDigest(in->session_token));
  // The store keeps only the digest.
  auto raw = store_->SessionByDigest(in->session_token);
  ASSERT_TRUE(raw.has_value());
  EXPECT_FALSE(raw->has_value());
  EXPECT_FALSE(newsroom_->AuthenticateSession("gia-mao", kAddress).has_value());

  const auto signed_in = Audit("sign_in");
  ASSERT_FALSE(signed_in.empty());
  EXPECT_EQ(signed_in.front().action, "sign_in");
  EXPECT_EQ(signed_in.front().user_id, editor_.id);
  EXPECT_EQ(signed_in.front().address, "198.51.100.2");

  ASSERT_TRUE(newsroom_->SignOut(in->session_token).has_value());
  EXPECT_FALSE(newsroom_->AuthenticateSession(in->session_token, kAddress).has_value());
}

TEST_F(NewsroomTest, RepeatedWrongPasswordsAreThrottledThenTheOwnerGetsBackIn) {
  for (int i = 0; i < 5; ++i) {
    auto r = newsroom_->SignIn("bientap", "doan-mo-" + std::to_string(i), "203.0.113.66");
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code(), ErrorCode::kUnauthenticated);
  }
  // Even the right password is refused while throttled, from any address.
  auto held = newsroom_->SignIn("bientap", kPassword, kAddress);
  ASSERT_FALSE(held.has_value());
  EXPECT_EQ(held.error().code(), ErrorCode::kTooMany);
  EXPECT_NE(held.error().user_message().find("15 phút"), std::string::npos)
      << held.error().user_message();
  EXPECT_EQ(Audit("sign_in_failed").size(), 6u) << "the throttled attempt is recorded too";

  clock_.Advance(minutes(15));
  auto back = newsroom_->SignIn("bientap", kPassword, kAddress);
  EXPECT_TRUE(back.has_value()) << back.error().message();
}

TEST_F(NewsroomTest, SessionsExpireWhenIdleAndAtTheirAbsoluteLimit) {
  auto idle = newsroom_->SignIn("phongvien", kPassword, kAddress);
  ASSERT_TRUE(idle.has_value());
  clock_.Advance(minutes(29));
  ASSERT_TRUE(newsroom_->AuthenticateSession(idle->session_token, kAddress).has_value());
  clock_.Advance(minutes(29));
  ASSERT_TRUE(newsroom_->AuthenticateSession(idle->session_token, kAddress).has_value())
      << "use keeps it alive";
  clock_.Advance(minutes(30));
  auto gone = newsroom_->AuthenticateSession(idle->session_token, kAddress);
  ASSERT_FALSE(gone.has_value());
  EXPECT_EQ(gone.error().code(), ErrorCode::kUnauthenticated);
  auto row = store_->SessionByDigest(TokenDigest(idle->session_token));
  ASSERT_TRUE(row.has_value());
  EXPECT_FALSE(row->has_value()) << "an expired session is deleted";

  auto busy = newsroom_->SignIn("phongvien", kPassword, kAddress);
  ASSERT_TRUE(busy.has_value());
  for (int i = 0; i < 15; ++i) {  // 15 × 15 min = 3 h 45 min, always in use
    clock_.Advance(minutes(15));
    ASSERT_TRUE(newsroom_->AuthenticateSession(busy->session_token, kAddress).has_value()) << i;
  }
  clock_.Advance(minutes(15));  // 4 h after sign-in
  EXPECT_FALSE(newsroom_->AuthenticateSession(busy->session_token, kAddress).has_value());
}

TEST_F(NewsroomTest, DisablingAnAccountEndsItsSessionsAndTokensAtOnce) {
  auto in = newsroom_->SignIn("phongvien", kPassword, kAddress);
  ASSERT_TRUE(in.has_value());
  auto token = newsroom_->CreateApiToken(As(reporter_), reporter_.id, "Tích hợp");
  ASSERT_TRUE(token.has_value()) << token.error().message();
  ASSERT_TRUE(newsroom_->AuthenticateApiToken(*token, kAddress).has_value());

  User locked = *store_->UserById(reporter_.id);
  locked.disabled = true;
  auto updated = newsroom_->UpdateUser(As(admin_), locked);
  ASSERT_TRUE(updated.has_value()) << updated.error().message();
  EXPECT_TRUE(updated->disabled);

  EXPECT_FALSE(newsroom_->AuthenticateSession(in->session_token, kAddress).has_value());
  EXPECT_FALSE(newsroom_->AuthenticateApiToken(*token, kAddress).has_value());
  const auto audit = Audit("user.updated");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_NE(audit[0].detail.find("disabled: không → có"), std::string::npos) << audit[0].detail;
}

TEST_F(NewsroomTest, ChangePasswordNeedsTheCurrentOneAndEndsOtherSessions) {
  auto here = newsroom_->SignIn("bientap", kPassword, kAddress);
  auto there = newsroom_->SignIn("bientap", kPassword, "198.51.100.9");
  ASSERT_TRUE(here && there);
  auto who = newsroom_->AuthenticateSession(here->session_token, kAddress);
  ASSERT_TRUE(who.has_value());
  auto wrong = newsroom_->ChangePassword(*who, "khong-phai-mat-khau", "mat-khau-moi-67890");
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().code(), ErrorCode::kInvalidArgument);
  ASSERT_TRUE(newsroom_->ChangePassword(*who, kPassword, "mat-khau-moi-67890").has_value());
  EXPECT_TRUE(newsroom_->AuthenticateSession(here->session_token, kAddress).has_value());
  EXPECT_FALSE(newsroom_->AuthenticateSession(there->session_token, kAddress).has_value());
  EXPECT_FALSE(newsroom_->SignIn("bientap", kPassword, kAddress).has_value());
  EXPECT_TRUE(newsroom_->SignIn("bientap", "mat-khau-moi-67890", kAddress).has_value());
}

// --- Articles and the workflow ---

TEST_F(NewsroomTest, ReporterCreatesEditsAndSubmitsInOwnSectionOnly) {
  Article a = Create(reporter_, ninh_kieu_, "Ninh Kiều ra quân  dọn vệ sinh");
  ASSERT_NE(a.id, 0);
  EXPECT_EQ(a.status, ArticleStatus::kDraft);
  EXPECT_EQ(a.author_id, reporter_.id);
  EXPECT_EQ(a.title, "Ninh Kiều ra quân dọn vệ sinh");
  EXPECT_EQ(a.slug, "ninh-kieu-ra-quan-don-ve-sinh");
  EXPECT_EQ(a.created_at, kT0);

  auto elsewhere = newsroom_->CreateArticle(As(reporter_), Draft(phong_dien_, "Lạc chỗ"));
  ASSERT_FALSE(elsewhere.has_value());
  EXPECT_EQ(elsewhere.error().code(), ErrorCode::kPermissionDenied);

  ArticleEdit no_title = Draft(ninh_kieu_, "   ");
  auto untitled = newsroom_->CreateArticle(As(reporter_), no_title);
  ASSERT_FALSE(untitled.has_value());
  EXPECT_EQ(untitled.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(untitled.error().user_message().find("Tiêu đề"), std::string::npos);

  clock_.Advance(minutes(5));
  ArticleEdit fix;
  fix.lead = "Sapo đã sửa.";
  auto edited = newsroom_->UpdateArticle(As(reporter_), a.id, fix);
  ASSERT_TRUE(edited.has_value()) << edited.error().message();
  EXPECT_EQ(edited->lead, "Sapo đã sửa.");
  EXPECT_EQ(edited->title, a.title) << "fields not sent are kept";
  EXPECT_EQ(edited->updated_at, kT0 + minutes(5));

  // Another reporter of another section can neither see nor change it.
  auto peek = newsroom_->GetArticle(As(other_reporter_), a.id);
  ASSERT_FALSE(peek.has_value());
  EXPECT_EQ(peek.error().code(), ErrorCode::kPermissionDenied);
  auto meddle = newsroom_->UpdateArticle(As(other_reporter_), a.id, fix);
  ASSERT_FALSE(meddle.has_value());
  EXPECT_EQ(meddle.error().code(), ErrorCode::kPermissionDenied);

  auto moved = newsroom_->UpdateArticle(As(reporter_), a.id, [&] {
    ArticleEdit e;
    e.section_id = phong_dien_;
    return e;
  }());
  ASSERT_FALSE(moved.has_value());
  EXPECT_EQ(moved.error().code(), ErrorCode::kPermissionDenied);

  auto submitted = Move(reporter_, a.id, ArticleStatus::kSubmitted);
  ASSERT_TRUE(submitted.has_value()) << submitted.error().message();
  EXPECT_EQ(submitted->status, ArticleStatus::kSubmitted);
  auto late = newsroom_->UpdateArticle(As(reporter_), a.id, fix);
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().code(), ErrorCode::kPermissionDenied) << "submitted: editors only";
}

TEST_F(NewsroomTest, ReporterMayNotPublishAndTheArticleStaysAsItWas) {
  Article a = Create(reporter_, ninh_kieu_, "Bài chờ duyệt");
  ASSERT_TRUE(Move(reporter_, a.id, ArticleStatus::kSubmitted).has_value());
  const Article before = *store_->ArticleById(a.id);
  const size_t revisions = RevisionCount(a.id);
  const size_t audits = Audit("article.").size();

  for (ArticleStatus to : {ArticleStatus::kPublished, ArticleStatus::kReturned}) {
    auto r = Move(reporter_, a.id, to, "tự duyệt");
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().code(), ErrorCode::kPermissionDenied);
  }
  auto scheduled = Move(reporter_, a.id, ArticleStatus::kScheduled, "", kT0 + hours(2));
  ASSERT_FALSE(scheduled.has_value());
  EXPECT_EQ(scheduled.error().code(), ErrorCode::kPermissionDenied);
  // An editor of another section may not either.
  User foreign_editor = AddUser("bientap2", Role::kEditor, {phong_dien_});
  auto foreign = Move(foreign_editor, a.id, ArticleStatus::kPublished);
  ASSERT_FALSE(foreign.has_value());
  EXPECT_EQ(foreign.error().code(), ErrorCode::kPermissionDenied);

  const Article after = *store_->ArticleById(a.id);
  EXPECT_EQ(after.status, ArticleStatus::kSubmitted);
  EXPECT_EQ(after.updated_at, before.updated_at);
  EXPECT_FALSE(after.published_at.has_value());
  EXPECT_EQ(RevisionCount(a.id), revisions);
  EXPECT_EQ(Audit("article.").size(), audits);
  auto published = store_->ListPublished(PublishedQuery{});
  ASSERT_TRUE(published.has_value());
  EXPECT_EQ(published->total, 0);
}

TEST_F(NewsroomTest, ReturnWithCommentThenFixResubmitAndPublish) {
  Article a = Create(reporter_, ninh_kieu_, "Hội nghị sơ kết");
  ASSERT_TRUE(Move(reporter_, a.id, ArticleStatus::kSubmitted).has_value());

  auto bare = Move(editor_, a.id, ArticleStatus::kReturned, "  ");
  ASSERT_FALSE(bare.has_value());
  EXPECT_EQ(bare.error().code(), ErrorCode::kInvalidArgument) << "a return needs a comment";

  auto returned = Move(editor_, a.id, ArticleStatus::kReturned, "Bổ sung số liệu quý III.");
  ASSERT_TRUE(returned.has_value()) << returned.error().message();
  EXPECT_EQ(returned->status, ArticleStatus::kReturned);
  const auto revisions = *store_->ListRevisions(a.id);
  EXPECT_NE(revisions.back().note.find("Bổ sung số liệu quý III."), std::string::npos);
  const auto returns = Audit("article.returned");
  ASSERT_EQ(returns.size(), 1u);
  EXPECT_EQ(returns[0].detail, "Bổ sung số liệu quý III.");
  EXPECT_EQ(returns[0].user_id, editor_.id);
  EXPECT_EQ(returns[0].target, "article:" + std::to_string(a.id));

  ArticleEdit fix;
  fix.body_html = "<p>Quý III tăng 7,5%.</p>";
  auto fixed = newsroom_->UpdateArticle(As(reporter_), a.id, fix);
  ASSERT_TRUE(fixed.has_value()) << fixed.error().message();
  EXPECT_EQ(fixed->status, ArticleStatus::kDraft) << "a reporter's edit takes it back to draft";
  EXPECT_EQ(Audit("article.draft").size(), 1u);

  ASSERT_TRUE(Move(reporter_, a.id, ArticleStatus::kSubmitted).has_value());
  clock_.Advance(minutes(10));
  auto published = Move(editor_, a.id, ArticleStatus::kPublished);
  ASSERT_TRUE(published.has_value()) << published.error().message();
  EXPECT_EQ(published->status, ArticleStatus::kPublished);
  ASSERT_TRUE(published->published_at.has_value());
  EXPECT_EQ(*published->published_at, kT0 + minutes(10));
  auto listed = store_->ListPublished(PublishedQuery{});
  ASSERT_TRUE(listed.has_value());
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_EQ(listed->items[0].id, a.id);

  auto unpublished = Move(editor_, a.id, ArticleStatus::kUnpublished);
  ASSERT_TRUE(unpublished.has_value());
  EXPECT_EQ(Audit("article.unpublished").size(), 1u);
  auto conflict = Move(editor_, a.id, ArticleStatus::kSubmitted);
  ASSERT_FALSE(conflict.has_value());
  EXPECT_EQ(conflict.error().code(), ErrorCode::kConflict);
}

TEST_F(NewsroomTest, ScheduledArticleIsPublishedByPublishDueAtItsTime) {
  Article a = Create(reporter_, ninh_kieu_, "Lễ hội bánh dân gian");
  ASSERT_TRUE(Move(reporter_, a.id, ArticleStatus::kSubmitted).has_value());
  auto past = Move(editor_, a.id, ArticleStatus::kScheduled, "", kT0 - minutes(1));
  ASSERT_FALSE(past.has_value());
  EXPECT_EQ(past.error().code(), ErrorCode::kInvalidArgument);

  const Timestamp at = kT0 + hours(3);
  auto scheduled = Move(editor_, a.id, ArticleStatus::kScheduled, "", at);
  ASSERT_TRUE(scheduled.has_value()) << scheduled.error().message();
  EXPECT_EQ(scheduled->scheduled_at, at);

  clock_.Set(at - seconds(1));
  auto early = newsroom_->PublishDue();
  ASSERT_TRUE(early.has_value());
  EXPECT_EQ(*early, 0);
  EXPECT_EQ(store_->ArticleById(a.id)->status, ArticleStatus::kScheduled);

  clock_.Set(at + seconds(20));
  auto due = newsroom_->PublishDue();
  ASSERT_TRUE(due.has_value()) << due.error().message();
  EXPECT_EQ(*due, 1);
  const Article out = *store_->ArticleById(a.id);
  EXPECT_EQ(out.status, ArticleStatus::kPublished);
  EXPECT_EQ(out.published_at, at) << "published at its time, not the timer's";
  EXPECT_FALSE(out.scheduled_at.has_value());
  EXPECT_EQ(out.body_html, a.body_html) << "the body survives the timer's save";
  const auto audit = Audit("article.published");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].user_id, 0);
  EXPECT_EQ(audit[0].detail, "theo lịch");
  EXPECT_EQ(*newsroom_->PublishDue(), 0) << "nothing twice";
}

TEST_F(NewsroomTest, HostileMarkupIsRemovedFromBodyLeadAndCaptions) {
  ArticleEdit e = Draft(ninh_kieu_, "Tin <b>nóng</b><script>alert(1)</script>");
  e.body_html =
      "<p>Đoạn an toàn.</p>"
      "<script>alert('x')</script>"
      "<p><img src=\"/media/a.jpg\" onerror=\"alert(2)\" alt=\"ảnh\"></p>"
      "<p><a href=\"javascript:alert(3)\">bấm</a> <a href=\"JaVaScRiPt&colon;alert(4)\">nữa</a></p>"
      "<iframe src=\"https://evil.example/\"></iframe>"
      "<svg onload=\"alert(5)\"><circle r=\"5\"/></svg>"
      "<style>body{display:none}</style>"
      "<p onclick=\"alert(6)\" style=\"color:red\">Cuối bài.</p>";
  e.lead = "Sapo <img src=x onerror=alert(7)><script>alert(8)</script>an toàn";
  Photo p;
  p.file = "2024/anh.jpg";
  p.caption = "Chú thích <script>alert(9)</script><b>đậm</b>";
  p.credit = "<i>Thúy Loan</i>";
  p.alt = "Ảnh \"<svg onload=alert(10)>\"";
  e.photos = std::vector<Photo>{p};
  auto a = newsroom_->CreateArticle(As(reporter_), e);
  ASSERT_TRUE(a.has_value()) << a.error().message();

  const Article stored = *store_->ArticleById(a->id);
  const std::string everything = stored.title + "\n" + stored.lead + "\n" + stored.body_html +
                                 "\n" + stored.photos.at(0).caption + "\n" +
                                 stored.photos.at(0).credit + "\n" + stored.photos.at(0).alt;
  for (const char* bad : {"<script", "onerror", "javascript", "<iframe", "<svg", "onload", "<style",
                          "onclick", "alert", "display:none", "evil.example"}) {
    std::string lower = everything;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    EXPECT_EQ(lower.find(bad), std::string::npos) << bad << " in:\n" << everything;
  }
  EXPECT_NE(stored.body_html.find("<p>Đoạn an toàn.</p>"), std::string::npos);
  EXPECT_NE(stored.body_html.find("Cuối bài."), std::string::npos);
  EXPECT_EQ(stored.title, "Tin nóng");
  EXPECT_EQ(stored.lead, "Sapo an toàn");
  EXPECT_EQ(stored.photos.at(0).caption, "Chú thích đậm");
  EXPECT_EQ(stored.photos.at(0).credit, "Thúy Loan");

  ArticleEdit bad_file;
  Photo escape;
  escape.file = "../../etc/passwd";
  bad_file.photos = std::vector<Photo>{escape};
  auto refused = newsroom_->UpdateArticle(As(reporter_), a->id, bad_file);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.error().user_message().find("Ảnh"), std::string::npos);
}

TEST_F(NewsroomTest, TextIsStoredInNfc) {
  // "Hội" and "Việt" typed with combining marks (NFD).
  ArticleEdit e = Draft(ninh_kieu_, "Ho\u0302\u0323i Vie\u0302\u0323t");
  e.body_html = "<p>Vie\u0302\u0323t Nam</p>";
  auto a = newsroom_->CreateArticle(As(reporter_), e);
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->title, "Hội Việt");
  EXPECT_NE(a->body_html.find("Việt Nam"), std::string::npos);
  EXPECT_EQ(a->slug, "hoi-viet");
}

// --- Revisions ---

TEST_F(NewsroomTest, EverySaveKeepsARevisionAndRevisionsCompareAndRestore) {
  Article a = Create(reporter_, ninh_kieu_, "Tiêu đề ban đầu");
  ArticleEdit second;
  second.title = "Tiêu đề đã sửa";
  second.body_html = "<p>Đoạn thứ nhất của bài.</p><p>Đoạn thứ ba mới.</p>";
  second.note = "sửa lần một";
  ASSERT_TRUE(newsroom_->UpdateArticle(As(reporter_), a.id, second).has_value());
  ArticleEdit third;
  third.lead = "Sapo khác hẳn.";
  ASSERT_TRUE(newsroom_->UpdateArticle(As(reporter_), a.id, third).has_value());
  ASSERT_TRUE(Move(reporter_, a.id, ArticleStatus::kSubmitted).has_value());

  auto revisions = newsroom_->ListRevisions(As(reporter_), a.id);
  ASSERT_TRUE(revisions.has_value());
  ASSERT_EQ(revisions->size(), 4u);
  const Revision& first = (*revisions)[0];
  EXPECT_EQ(first.title, "Tiêu đề ban đầu");
  EXPECT_EQ((*revisions)[1].note, "sửa lần một");
  EXPECT_EQ((*revisions)[1].user_id, reporter_.id);

  auto cmp = newsroom_->CompareRevisions(As(editor_), a.id, first.id, (*revisions)[2].id);
  ASSERT_TRUE(cmp.has_value()) << cmp.error().message();
  auto render = [](const std::vector<DiffPiece>& pieces) {
    std::string s;
    for (const DiffPiece& p : pieces) {
      s += p.kind == DiffPiece::Kind::kSame ? "=" : p.kind == DiffPiece::Kind::kRemoved ? "-" : "+";
      s += "[" + p.text + "]";
    }
    return s;
  };
  EXPECT_EQ(render(cmp->title), "=[Tiêu đề ]-[ban đầu]+[đã sửa]");
  EXPECT_EQ(render(cmp->lead), "=[Sapo ]-[của bài viết.]+[khác hẳn.]");
  EXPECT_NE(render(cmp->body).find("-[hai.]+[ba mới.]"), std::string::npos) << render(cmp->body);
  EXPECT_EQ(render(cmp->body).find('<'), std::string::npos) << "body compared as text";

  // Editors restore; a revision of another article is not found through this one.
  Article other = Create(reporter_, ninh_kieu_, "Bài khác");
  const int64_t foreign = store_->ListRevisions(other.id)->at(0).id;
  auto mixed = newsroom_->GetRevision(As(editor_), a.id, foreign);
  ASSERT_FALSE(mixed.has_value());
  EXPECT_EQ(mixed.error().code(), ErrorCode::kNotFound);
  auto peek = newsroom_->ListRevisions(As(other_reporter_), a.id);
  ASSERT_FALSE(peek.has_value());
  EXPECT_EQ(peek.error().code(), ErrorCode::kPermissionDenied);

  auto restored = newsroom_->RestoreRevision(As(editor_), a.id, first.id);
  ASSERT_TRUE(restored.has_value()) << restored.error().message();
  EXPECT_EQ(restored->title, "Tiêu đề ban đầu");
  EXPECT_EQ(restored->lead, "Sapo của bài viết.");
  EXPECT_EQ(restored->body_html, first.body_html);
  auto after = *store_->ListRevisions(a.id);
  ASSERT_EQ(after.size(), 5u);
  EXPECT_EQ(after.back().title, "Tiêu đề ban đầu");
  EXPECT_NE(after.back().note.find("#" + std::to_string(first.id)), std::string::npos)
      << after.back().note;
  EXPECT_EQ(Audit("article.restored").size(), 1u);
}

// --- Listing ---

TEST_F(NewsroomTest, ListingsShowOnlyWhatTheActorMaySee) {
  Article mine = Create(reporter_, ninh_kieu_, "Bài của phóng viên");
  Article editors = Create(editor_, ninh_kieu_, "Bài của biên tập");
  Article far = Create(other_reporter_, phong_dien_, "Bài Phong Điền");

  auto ids = [](const ArticleList& l) {
    std::vector<int64_t> v;
    for (const Article& a : l.items) v.push_back(a.id);
    std::sort(v.begin(), v.end());
    return v;
  };
  auto reporter_list = newsroom_->ListArticles(As(reporter_), NewsroomQuery{});
  ASSERT_TRUE(reporter_list.has_value());
  EXPECT_EQ(ids(*reporter_list), std::vector<int64_t>{mine.id});

  NewsroomQuery sneaky;
  sneaky.section_ids = {phong_dien_};
  sneaky.author_id = other_reporter_.id;
  auto sneaky_list = newsroom_->ListArticles(As(reporter_), sneaky);
  ASSERT_TRUE(sneaky_list.has_value());
  EXPECT_TRUE(sneaky_list->items.empty());

  auto editor_list = newsroom_->ListArticles(As(editor_), NewsroomQuery{});
  ASSERT_TRUE(editor_list.has_value());
  EXPECT_EQ(ids(*editor_list), (std::vector<int64_t>{mine.id, editors.id}));

  auto admin_list = newsroom_->ListArticles(As(admin_), NewsroomQuery{});
  ASSERT_TRUE(admin_list.has_value());
  EXPECT_EQ(ids(*admin_list), (std::vector<int64_t>{mine.id, editors.id, far.id}));
}

// --- Administration ---

TEST_F(NewsroomTest, AdministrationIsRefusedToEditorsAndChangesNothing) {
  const Actor editor = As(editor_);
  const auto users_before = *store_->ListUsers();
  const auto sections_before = *store_->ListSections();

  User promoted = *store_->UserById(reporter_.id);
  promoted.role = Role::kAdmin;
  User fresh;
  fresh.username = "moi";
  Section s;
  s.name = "Chuyên mục mới";
  s.slug = "chuyen-muc-moi";
  Section rename = sections_before[0];
  rename.name = "Đổi tên";

  auto code = [](const auto& r) {
    return r.has_value() ? std::optional<ErrorCode>() : std::optional(r.error().code());
  };
  std::vector<std::pair<const char*, std::optional<ErrorCode>>> refusals = {
      {"ListUsers", code(newsroom_->ListUsers(editor))},
      {"CreateUser", code(newsroom_->CreateUser(editor, fresh, kPassword))},
      {"UpdateUser", code(newsroom_->UpdateUser(editor, promoted))},
      {"SaveSection new", code(newsroom_->SaveSection(editor, s))},
      {"SaveSection rename", code(newsroom_->SaveSection(editor, rename))},
      {"ListAudit", code(newsroom_->ListAudit(editor, AuditQuery{}))},
      {"CreateApiToken other", code(newsroom_->CreateApiToken(editor, reporter_.id, "x"))},
  };
  for (const auto& [what, code] : refusals) {
    EXPECT_EQ(code, ErrorCode::kPermissionDenied) << what;
  }
  const auto users_after = *store_->ListUsers();
  ASSERT_EQ(users_after.size(), users_before.size());
  EXPECT_EQ(store_->UserById(reporter_.id)->role, Role::kReporter);
  const auto sections_after = *store_->ListSections();
  ASSERT_EQ(sections_after.size(), sections_before.size());
  EXPECT_EQ(sections_after[0].name, sections_before[0].name);

  auto own = newsroom_->CreateApiToken(editor, editor_.id, "Máy chủ tin");
  ASSERT_TRUE(own.has_value()) << "an account may make its own API token";
  auto via_token = newsroom_->AuthenticateApiToken(*own, kAddress);
  ASSERT_TRUE(via_token.has_value());
  EXPECT_EQ(via_token->actor.user.id, editor_.id);
  EXPECT_TRUE(via_token->csrf_token.empty());
}

TEST_F(NewsroomTest, AdminManagesAccountsAndSectionsWithValidationAndAudit) {
  const Actor admin = As(admin_);
  User bad;
  bad.username = "Có Dấu";
  auto invalid = newsroom_->CreateUser(admin, bad, kPassword);
  ASSERT_FALSE(invalid.has_value());
  EXPECT_EQ(invalid.error().code(), ErrorCode::kInvalidArgument);

  User u;
  u.username = "phongvien3";
  u.display_name = "Nguyễn Văn <b>A</b>";
  u.section_ids = {ninh_kieu_};
  auto short_pw = newsroom_->CreateUser(admin, u, "ngan");
  ASSERT_FALSE(short_pw.has_value());
  EXPECT_EQ(short_pw.error().code(), ErrorCode::kInvalidArgument);
  auto created = newsroom_->CreateUser(admin, u, kPassword);
  ASSERT_TRUE(created.has_value()) << created.error().message();
  EXPECT_EQ(created->display_name, "Nguyễn Văn A");
  auto taken = newsroom_->CreateUser(admin, u, kPassword);
  ASSERT_FALSE(taken.has_value());
  EXPECT_EQ(taken.error().code(), ErrorCode::kConflict);
  EXPECT_TRUE(newsroom_->SignIn("phongvien3", kPassword, kAddress).has_value());

  User changed = *created;
  changed.role = Role::kEditor;
  changed.section_ids = {ninh_kieu_, phong_dien_};
  auto updated = newsroom_->UpdateUser(admin, changed);
  ASSERT_TRUE(updated.has_value()) << updated.error().message();
  EXPECT_EQ(updated->role, Role::kEditor);
  const auto audit = Audit("user.");
  ASSERT_GE(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "user.updated");
  EXPECT_NE(audit[0].detail.find("role: reporter → editor"), std::string::npos) << audit[0].detail;
  EXPECT_NE(audit[0].detail.find("sections: quan-ninh-kieu → quan-ninh-kieu, huyen-phong-dien"),
            std::string::npos)
      << audit[0].detail;
  EXPECT_EQ(audit[1].action, "user.created");

  User self = *store_->UserById(admin_.id);
  self.disabled = true;
  auto lockout = newsroom_->UpdateUser(admin, self);
  ASSERT_FALSE(lockout.has_value());
  EXPECT_EQ(lockout.error().code(), ErrorCode::kInvalidArgument);

  Section reserved;
  reserved.name = "API";
  reserved.slug = "api";
  auto r = newsroom_->SaveSection(admin, reserved);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument);
  Section fresh;
  fresh.name = "Thành phố Cần Thơ";
  auto saved = newsroom_->SaveSection(admin, fresh);
  ASSERT_TRUE(saved.has_value()) << saved.error().message();
  EXPECT_EQ(saved->slug, "thanh-pho-can-tho");
  Section dup;
  dup.name = "Trùng";
  dup.slug = "thanh-pho-can-tho";
  auto clash = newsroom_->SaveSection(admin, dup);
  ASSERT_FALSE(clash.has_value());
  EXPECT_EQ(clash.error().code(), ErrorCode::kConflict);
  ASSERT_EQ(Audit("section.created").size(), 1u);
}

TEST_F(NewsroomTest, AutosavesCloseToTheUsersLastRevisionKeepNoRevision) {
  Article a = Create(reporter_, ninh_kieu_, "Mùa nước nổi");
  ASSERT_EQ(RevisionCount(a.id), 1u);
  auto autosave = [&](const User& who, const std::string& body) {
    ArticleEdit e;
    e.body_html = body;
    e.autosave = true;
    return newsroom_->UpdateArticle(As(who), a.id, e);
  };
  // Typing: one autosave every 10 s for 9 minutes keeps no revision, but saves the text.
  for (int i = 0; i < 54; ++i) {
    clock_.Advance(seconds(10));
    auto saved = autosave(reporter_, "<p>Đoạn " + std::to_string(i) + ".</p>");
    ASSERT_TRUE(saved.has_value()) << saved.error().message();
  }
  EXPECT_EQ(RevisionCount(a.id), 1u);
  EXPECT_EQ(store_->ArticleById(a.id)->body_html, "<p>Đoạn 53.</p>");
  EXPECT_EQ(store_->ArticleById(a.id)->updated_at, kT0 + seconds(540));
  EXPECT_TRUE(Audit("article.updated").empty()) << "autosaves write no audit entry";

  // More than 10 minutes after the user's newest revision: the autosave keeps one.
  clock_.Advance(minutes(2));
  ASSERT_TRUE(autosave(reporter_, "<p>Sau mười phút.</p>").has_value());
  EXPECT_EQ(RevisionCount(a.id), 2u);
  clock_.Advance(seconds(10));
  ASSERT_TRUE(autosave(reporter_, "<p>Tiếp.</p>").has_value());
  EXPECT_EQ(RevisionCount(a.id), 2u);

  // Another user's autosave right after keeps a revision of its own.
  clock_.Advance(seconds(10));
  ASSERT_TRUE(autosave(editor_, "<p>Biên tập viên sửa.</p>").has_value());
  EXPECT_EQ(RevisionCount(a.id), 3u);
  EXPECT_EQ(store_->ListRevisions(a.id)->back().user_id, editor_.id);

  // An explicit save keeps a revision as before, however close.
  clock_.Advance(seconds(10));
  ArticleEdit save;
  save.body_html = "<p>Lưu hẳn.</p>";
  ASSERT_TRUE(newsroom_->UpdateArticle(As(editor_), a.id, save).has_value());
  EXPECT_EQ(RevisionCount(a.id), 4u);
  EXPECT_EQ(store_->ListRevisions(a.id)->back().body_html, "<p>Lưu hẳn.</p>");
}

}  // namespace
}  // namespace toasoan

#include "store/sqlite/sqlite_search.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_db.h"
#include "store/sqlite/sqlite_store.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};  // 16/10/2020 02:34 UTC

// The seed article's words that matter to search, with its "Ơ Môn" typo.
Article SeedLike(int64_t section_id) {
  Article a;
  a.section_id = section_id;
  a.slug = "o-mon-thoi-lai";
  a.title = "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng";
  a.lead =
      "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống công "
      "tác Dân vận của Đảng.";
  a.body_html =
      "<p>Phát biểu tại buổi họp mặt, đồng chí Nguyễn Vũ Phương, Thành ủy viên, Bí thư Quận ủy Ơ "
      "Môn, ôn lại vai trò, tầm quan trọng về công tác Dân vận của Đảng. Bí thư Quận ủy Ô Môn "
      "nhấn mạnh.</p><p>Tại họp mặt, có 02 cán bộ quận Ô Môn được tặng Kỷ niệm chương; thực "
      "hiện tốt mô hình “Dân vận khéo”.</p><p>* Tại buổi họp mặt ở huyện Thới Lai các đại biểu "
      "đã cùng nhau ôn lại truyền thống.</p>";
  Photo p;
  p.caption = "Đồng chí Nguyễn Vũ Phương trao giấy khen cho các tập thể và cá nhân.";
  p.credit = "Thúy Loan, Truyền Thanh";
  a.photos = {p};
  a.bylines = {"Hoàng Dung", "Cẩm Tú"};
  a.status = ArticleStatus::kPublished;
  a.created_at = a.updated_at = kT0;
  a.published_at = kT0;
  return a;
}

SearchRequest Request(std::string_view text) {
  SearchRequest r;
  r.text = std::string(text);
  return r;
}

Article Simple(int64_t section_id, std::string title, std::string body, Timestamp published,
               ArticleStatus status = ArticleStatus::kPublished) {
  Article a;
  a.section_id = section_id;
  a.slug = "bai";
  a.title = std::move(title);
  a.body_html = "<p>" + body + "</p>";
  a.status = status;
  a.created_at = a.updated_at = published;
  a.published_at = published;
  return a;
}

class SqliteSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
    ASSERT_TRUE(store) << store.error().message();
    store_ = std::move(*store);
    Section s;
    s.name = "QUẬN ỦY, HUYỆN ỦY";
    s.slug = "quan-uy-huyen-uy";
    section_ = store_->SaveSection(s).value().id;
    s.name = "Kinh tế";
    s.slug = "kinh-te";
    other_section_ = store_->SaveSection(s).value().id;
  }

  int64_t Save(const Article& a) {
    auto saved = store_->SaveArticle(a);
    EXPECT_TRUE(saved) << saved.error().message();
    return saved ? saved->id : 0;
  }

  SearchResults Find(std::string_view text, SearchRequest r = {}) {
    r.text = std::string(text);
    auto results = store_->Search(r);
    EXPECT_TRUE(results) << results.error().message();
    return results ? *results : SearchResults{};
  }

  std::vector<int64_t> Ids(std::string_view text, SearchRequest r = {}) {
    std::vector<int64_t> ids;
    for (const SearchHit& h : Find(text, std::move(r)).hits) ids.push_back(h.article.id);
    return ids;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t section_ = 0;
  int64_t other_section_ = 0;
};

std::string Marked(const search::TextRuns& runs) {
  std::string out;
  for (const auto& r : runs) out += r.mark ? "[" + r.text + "]" : r.text;
  return out;
}

TEST_F(SqliteSearchTest, TheSeedIsFoundEveryWayAReaderTypes) {
  const int64_t seed = Save(SeedLike(section_));
  for (std::string_view q : {"Ô Môn", "o mon", "Ô MÔN", "dan van kheo", "\"công tác dân vận\"",
                             "thuý loan", "Ơ Môn", "O MON", "thuy loan", "Thúy Loan"}) {
    EXPECT_EQ(Ids(q), (std::vector<int64_t>{seed})) << q;
  }
  EXPECT_TRUE(Ids("\"dân vận công tác\"").empty());
}

TEST_F(SqliteSearchTest, ASpellingElsewhereRanksAboveTheSeedsTypo) {
  const int64_t seed = Save(SeedLike(section_));
  // Older than the seed, but spelt "Ơ Môn" throughout.
  const int64_t other =
      Save(Simple(section_, "Chuyện chữ Ơ Môn trong ca dao",
                  "Ca dao có câu Ơ Môn, người xưa gọi thế.", kT0 - std::chrono::hours(24 * 400)));
  EXPECT_EQ(Ids("Ơ Môn"), (std::vector<int64_t>{other, seed}));
  EXPECT_EQ(Ids("Ô Môn"), (std::vector<int64_t>{seed, other}));
}

TEST_F(SqliteSearchTest, ExactWordsRankFirstThenNewest) {
  const int64_t ban_hang = Save(Simple(section_, "Chợ phiên", "Người dân bán hàng ở chợ.", kT0));
  const int64_t ban_doc =
      Save(Simple(section_, "Thư bạn đọc", "Ý kiến bạn đọc.", kT0 + std::chrono::hours(1)));
  const int64_t ban_chap =
      Save(Simple(section_, "Ban chấp hành", "Ban chấp hành họp.", kT0 + std::chrono::hours(2)));
  EXPECT_EQ(Ids("bán"), (std::vector<int64_t>{ban_hang, ban_chap, ban_doc}));
  EXPECT_EQ(Ids("bạn"), (std::vector<int64_t>{ban_doc, ban_chap, ban_hang}));
  EXPECT_EQ(Ids("ban"), (std::vector<int64_t>{ban_chap, ban_doc, ban_hang}));
}

TEST_F(SqliteSearchTest, AdjacentWordsRankAboveScatteredOnes) {
  const int64_t thoi_lai =
      Save(Simple(section_, "Huyện Thới Lai", "Thanh niên huyện Thới Lai ra quân.", kT0));
  const int64_t scattered =
      Save(Simple(section_, "Trả lại tài sản", "Trong thời gian qua, nhiều người trả lại tài sản.",
                  kT0 + std::chrono::hours(1)));
  EXPECT_EQ(Ids("thoi lai"), (std::vector<int64_t>{thoi_lai, scattered}));
}

TEST_F(SqliteSearchTest, SnippetsMarkTheOriginalWordsEvenWhenMatchedLoosely) {
  Save(SeedLike(section_));
  SearchResults r = Find("o mon");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(Marked(r.hits[0].title).rfind("[Ô] [Môn], Thới Lai: Họp mặt", 0), 0u);
  EXPECT_NE(Marked(r.hits[0].snippet).find("Quận ủy [Ô] [Môn]"), std::string::npos)
      << Marked(r.hits[0].snippet);
  SearchResults credit = Find("thuý loan");
  ASSERT_EQ(credit.hits.size(), 1u);
  EXPECT_NE(Marked(credit.hits[0].snippet).find("[Thúy] [Loan]"), std::string::npos);
}

TEST_F(SqliteSearchTest, TheIndexFollowsPublishingEditsAndUnpublishing) {
  Article a =
      Simple(section_, "Khánh thành cầu", "Cây cầu mới nối đôi bờ.", kT0, ArticleStatus::kDraft);
  a.published_at.reset();
  a.id = Save(a);
  EXPECT_TRUE(Ids("cầu").empty()) << "a draft is not searchable";

  a.status = ArticleStatus::kPublished;
  a.published_at = kT0;
  Save(a);
  EXPECT_EQ(Ids("cầu"), (std::vector<int64_t>{a.id}));

  a.title = "Khánh thành đường";
  a.body_html = "<p>Con đường mới.</p>";
  Save(a);
  EXPECT_TRUE(Ids("cầu").empty()) << "the old text is gone";
  EXPECT_EQ(Ids("đường"), (std::vector<int64_t>{a.id}));

  a.status = ArticleStatus::kUnpublished;
  Save(a);
  EXPECT_TRUE(Ids("đường").empty());

  a.status = ArticleStatus::kPublished;
  Save(a);
  EXPECT_EQ(Ids("duong"), (std::vector<int64_t>{a.id}));
}

TEST_F(SqliteSearchTest, AFailedSaveLeavesTheIndexAsItWas) {
  Article a = Simple(section_, "Khánh thành cầu", "Cây cầu mới.", kT0);
  a.id = Save(a);
  Article edit = a;
  edit.title = "Khánh thành đường";
  Photo foreign;
  foreign.id = 999999;  // not a photo of this article: SaveArticle fails after the index
  edit.photos = {foreign};
  ASSERT_FALSE(store_->SaveArticle(edit));
  EXPECT_EQ(Ids("cầu"), (std::vector<int64_t>{a.id}));
  EXPECT_TRUE(Ids("đường").empty());
}

TEST_F(SqliteSearchTest, FiltersBySectionAndDate) {
  const int64_t here = Save(Simple(section_, "Lúa", "Mùa lúa chín.", kT0));
  const int64_t there =
      Save(Simple(other_section_, "Lúa", "Giá lúa tăng.", kT0 + std::chrono::hours(48)));
  SearchRequest r;
  r.section_id = section_;
  EXPECT_EQ(Ids("lúa", r), (std::vector<int64_t>{here}));
  r = {};
  r.from = kT0 + std::chrono::hours(24);
  EXPECT_EQ(Ids("lúa", r), (std::vector<int64_t>{there}));
  r = {};
  r.to = kT0;
  EXPECT_EQ(Ids("lúa", r), (std::vector<int64_t>{here}));
  r.from = kT0;
  EXPECT_EQ(Ids("lúa", r), (std::vector<int64_t>{here}));
  EXPECT_EQ(Ids("lúa"), (std::vector<int64_t>{there, here}));
}

TEST_F(SqliteSearchTest, PagesAreNewestFirstWithoutRepeats) {
  std::vector<int64_t> ids;
  for (int i = 0; i < 12; ++i) {
    ids.push_back(Save(Simple(section_, "Tin " + std::to_string(i), "Nông thôn mới.",
                              kT0 + std::chrono::minutes(i))));
  }
  SearchRequest r;
  r.per_page = 5;
  std::vector<int64_t> all;
  for (int page = 1; page <= 3; ++page) {
    r.page = page;
    SearchResults res = Find("nông thôn", r);
    EXPECT_EQ(res.has_more, page < 3);
    for (const SearchHit& h : res.hits) all.push_back(h.article.id);
  }
  std::reverse(ids.begin(), ids.end());
  EXPECT_EQ(all, ids);
  r.page = kMaxSearchPage + 1;
  EXPECT_TRUE(Find("nông thôn", r).hits.empty());
}

TEST_F(SqliteSearchTest, TelexAndVniAreDecodedWhenNothingIsFound) {
  const int64_t seed = Save(SeedLike(section_));
  SearchResults r = Find("daan vaanj kheos");
  EXPECT_TRUE(r.decoded);
  EXPECT_EQ(r.query, "daan vaanj kheos");
  EXPECT_EQ(r.searched_for, "dân vận khéo");
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].article.id, seed);
  EXPECT_EQ(Ids("da6n va6n5 khe1o"), (std::vector<int64_t>{seed}));
}

TEST_F(SqliteSearchTest, AnyInputIsAnswered) {
  Save(SeedLike(section_));
  for (std::string_view q :
       {"", "\"", "\"\"\"", "*", "Ô*", "NEAR(a b)", "title:ô", "a OR b", "-môn", "(", "^", "'",
        "\xFF\xFE\xC0", "ô\" AND \"môn", "{title}: ô", "\\\"\x01"}) {
    auto r = store_->Search(Request(q));
    EXPECT_TRUE(r) << q << ": " << r.error().message();
  }
  std::string huge(1 << 20, 'a');
  auto r = store_->Search(Request(huge));
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->truncated);
}

TEST_F(SqliteSearchTest, RebuildIndexesEveryPublishedArticleWithProgress) {
  const int64_t seed = Save(SeedLike(section_));
  Save(Simple(section_, "Nháp", "Dân vận.", kT0, ArticleStatus::kDraft));
  std::vector<std::pair<int64_t, int64_t>> calls;
  auto n = store_->RebuildSearchIndex(
      [&](int64_t done, int64_t total) { calls.emplace_back(done, total); });
  ASSERT_TRUE(n) << n.error().message();
  EXPECT_EQ(*n, 1);
  EXPECT_EQ(calls, (std::vector<std::pair<int64_t, int64_t>>{{0, 1}, {1, 1}}));
  EXPECT_EQ(Ids("Ô Môn"), (std::vector<int64_t>{seed}));
}

TEST(SqliteSearchUpgradeTest, AFileFromBeforeSearchIsIndexedOnOpen) {
  TempDir dir;
  const auto file = dir.path() / "toasoan.db";
  {
    auto db = sqlite::Database::Open(file);
    ASSERT_TRUE(db);
    ASSERT_TRUE(sqlite::Migrate(**db, sqlite::Migrations().first(1)));
    ASSERT_TRUE((*db)->Exec(
        "INSERT INTO sections (name, slug) VALUES ('S', 's');"
        "INSERT INTO articles (section_id, slug, title, lead, body_html, status, created_at, "
        "updated_at, published_at) VALUES (1, 'a', 'Ô Môn', 'Sapo', '<p>Dân vận khéo</p>', "
        "'published', 0, 0, 1602815640);"));
  }
  FakeClock clock(kT0);
  auto store = SqliteStore::Open(file, clock);
  ASSERT_TRUE(store) << store.error().message();
  auto r = (*store)->Search(Request("dan van kheo"));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].article.title, "Ô Môn");
}

TEST(SqliteSearchUpgradeTest, AnIndexOfAnotherVersionIsRebuiltOnOpen) {
  TempDir dir;
  const auto file = dir.path() / "toasoan.db";
  FakeClock clock(kT0);
  {
    auto store = SqliteStore::Open(file, clock);
    ASSERT_TRUE(store);
    Section s;
    s.name = "S";
    s.slug = "s";
    const int64_t sid = (*store)->SaveSection(s).value().id;
    ASSERT_TRUE((*store)->SaveArticle(Simple(sid, "Ô Môn", "Dân vận.", kT0)));
  }
  {
    auto db = sqlite::Database::Open(file);
    ASSERT_TRUE(db);
    // As an older binary would leave it: another version, and documents it never had.
    ASSERT_TRUE(
        (*db)->Exec("UPDATE search_state SET value = 0;"
                    "DELETE FROM search_docs;"
                    "INSERT INTO search_fts (search_fts) VALUES ('delete-all');"));
  }
  auto store = SqliteStore::Open(file, clock);
  ASSERT_TRUE(store);
  auto r = (*store)->Search(Request("Ô Môn"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->hits.size(), 1u);
}

}  // namespace
}  // namespace toasoan

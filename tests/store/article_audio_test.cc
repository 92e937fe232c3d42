#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/sqlite/sqlite_store.h"
#include "temp_dir.h"

namespace toasoan {
namespace {

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};

class ArticleAudioStoreTest : public ::testing::Test {
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
    Article a;
    a.section_id = section->id;
    a.slug = "bai";
    a.title = "Bài";
    a.status = ArticleStatus::kPublished;
    a.created_at = a.updated_at = kT0;
    auto article = store_->SaveArticle(a);
    ASSERT_TRUE(article.has_value()) << article.error().message();
    article_id_ = article->id;
  }

  ArticleAudio Audio(std::string hash) const {
    ArticleAudio audio;
    audio.article_id = article_id_;
    audio.speech_hash = hash;
    audio.file = "audio/" + std::to_string(article_id_) + "-" + hash + ".mp3";
    audio.duration_ms = 252'000;
    audio.bytes = 1'512'000;
    audio.created_at = kT0;
    return audio;
  }

  std::vector<std::vector<std::string>> TagsSince(int64_t after) {
    auto changes = store_->ChangesSince(after);
    EXPECT_TRUE(changes.has_value());
    std::vector<std::vector<std::string>> tags;
    for (const Change& c : *changes) tags.push_back(c.tags);
    return tags;
  }

  TempDir dir_;
  FakeClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  int64_t article_id_ = 0;
};

TEST_F(ArticleAudioStoreTest, NoneUntilSaved) {
  auto none = store_->ArticleAudioOf(article_id_);
  ASSERT_TRUE(none.has_value()) << none.error().message();
  EXPECT_FALSE(none->has_value());
}

TEST_F(ArticleAudioStoreTest, SaveReplacesAndRecordsTheArticlesChange) {
  const int64_t before = *store_->LatestChangeId();
  ASSERT_TRUE(store_->SaveArticleAudio(Audio("0123456789abcdef")).has_value());
  ASSERT_TRUE(store_->SaveArticleAudio(Audio("fedcba9876543210")).has_value());
  auto got = store_->ArticleAudioOf(article_id_);
  ASSERT_TRUE(got.has_value() && got->has_value());
  const ArticleAudio& audio = **got;
  EXPECT_EQ(audio.speech_hash, "fedcba9876543210");
  EXPECT_EQ(audio.file, "audio/" + std::to_string(article_id_) + "-fedcba9876543210.mp3");
  EXPECT_EQ(audio.duration_ms, 252'000);
  EXPECT_EQ(audio.bytes, 1'512'000);
  EXPECT_EQ(audio.created_at, kT0);
  // Each write drops the cached article page, on this node and every other; the second
  // also the cached bytes of the file it replaced.
  const std::string article = "article:" + std::to_string(article_id_);
  EXPECT_EQ(
      TagsSince(before),
      (std::vector<std::vector<std::string>>{
          {article},
          {article, "media:audio/" + std::to_string(article_id_) + "-0123456789abcdef.mp3"}}));
}

TEST_F(ArticleAudioStoreTest, SaveForUnknownArticleFails) {
  ArticleAudio audio = Audio("0123456789abcdef");
  audio.article_id = article_id_ + 100;
  auto saved = store_->SaveArticleAudio(audio);
  ASSERT_FALSE(saved.has_value());
  EXPECT_TRUE(saved.error().IsNotFound());
}

TEST_F(ArticleAudioStoreTest, DeleteRecordsAChangeOnlyWhenThereWasAudio) {
  ASSERT_TRUE(store_->SaveArticleAudio(Audio("0123456789abcdef")).has_value());
  const int64_t before = *store_->LatestChangeId();
  ASSERT_TRUE(store_->DeleteArticleAudio(article_id_).has_value());
  ASSERT_TRUE(store_->DeleteArticleAudio(article_id_).has_value());
  EXPECT_EQ(TagsSince(before),
            (std::vector<std::vector<std::string>>{
                {"article:" + std::to_string(article_id_),
                 "media:audio/" + std::to_string(article_id_) + "-0123456789abcdef.mp3"}}));
  auto none = store_->ArticleAudioOf(article_id_);
  ASSERT_TRUE(none.has_value());
  EXPECT_FALSE(none->has_value());
}

TEST_F(ArticleAudioStoreTest, SurvivesReopening) {
  ASSERT_TRUE(store_->SaveArticleAudio(Audio("0123456789abcdef")).has_value());
  store_.reset();
  auto reopened = SqliteStore::Open(dir_.path() / "toasoan.db", clock_);
  ASSERT_TRUE(reopened.has_value()) << reopened.error().message();
  auto got = (*reopened)->ArticleAudioOf(article_id_);
  ASSERT_TRUE(got.has_value() && got->has_value());
  EXPECT_EQ((*got)->speech_hash, "0123456789abcdef");
}

}  // namespace
}  // namespace toasoan

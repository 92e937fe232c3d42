#include "app/audio_generator.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>

#include "../store/temp_dir.h"
#include "store/sqlite/sqlite_store.h"

namespace toasoan {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

constexpr Timestamp kT0{std::chrono::seconds{1602790440}};  // 16/10/2020 02:34 in Vietnam

class AudioGeneratorTest : public ::testing::Test {
 protected:
  // libespeak-ng allows one synthesizer per process: the suite shares it.
  static void SetUpTestSuite() {
    auto s = SpeechSynthesizer::Start();
    ASSERT_TRUE(s.has_value()) << s.error().message();
    synth_ = s->release();
  }
  static void TearDownTestSuite() {
    delete synth_;
    synth_ = nullptr;
  }

  void SetUp() override {
    ASSERT_NE(synth_, nullptr);
    auto opened = SqliteStore::Open(dir_.path() / "toasoan.db");
    ASSERT_TRUE(opened.has_value()) << opened.error().message();
    store_ = std::move(*opened);
    Section s;
    s.name = "Thời sự";
    s.slug = "thoi-su";
    auto section = store_->SaveSection(s);
    ASSERT_TRUE(section.has_value());
    Article a;
    a.section_id = section->id;
    a.slug = "hop-mat";
    a.title = "Họp mặt kỷ niệm 90 năm";
    a.lead = "Ngày 15/10, UBND quận tổ chức họp mặt.";
    a.body_html = "<p>Có 02 cá nhân được khen.</p>";
    a.status = ArticleStatus::kPublished;
    a.created_at = a.updated_at = kT0;
    auto article = store_->SaveArticle(a);
    ASSERT_TRUE(article.has_value()) << article.error().message();
    article_ = *article;
    WriteAbbreviations("# none yet\n");
    AudioGenerator::Options options;
    options.media_dir = dir_.path() / "media";
    options.abbreviations_file = abbreviations_file();
    options.poll_interval = 100ms;
    generator_ = std::make_unique<AudioGenerator>(*store_, *synth_, options);
  }

  fs::path abbreviations_file() const { return dir_.path() / "abbreviations.tsv"; }
  fs::path media() const { return dir_.path() / "media"; }

  // Rewrites the list with a modification time clearly after the last one.
  void WriteAbbreviations(const std::string& text) {
    std::ofstream(abbreviations_file(), std::ios::trunc) << text;
    static auto stamp = fs::file_time_type::clock::now();
    stamp += 2s;
    fs::last_write_time(abbreviations_file(), stamp);
  }

  std::optional<ArticleAudio> Recorded() {
    auto audio = store_->ArticleAudioOf(article_.id);
    EXPECT_TRUE(audio.has_value());
    return audio ? *audio : std::nullopt;
  }

  int AudioFiles() {
    int n = 0;
    std::error_code ec;
    for (fs::directory_iterator it(media() / "audio", ec), end; !ec && it != end; ++it) ++n;
    return n;
  }

  static SpeechSynthesizer* synth_;
  TempDir dir_;
  std::unique_ptr<SqliteStore> store_;
  Article article_;
  std::unique_ptr<AudioGenerator> generator_;
};
SpeechSynthesizer* AudioGeneratorTest::synth_ = nullptr;

TEST_F(AudioGeneratorTest, MakesTheMp3OnceAndRecordsIt) {
  const int64_t changes_before = *store_->LatestChangeId();
  auto outcome = generator_->Update(article_.id);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(*outcome, AudioGenerator::Outcome::kGenerated);
  auto audio = Recorded();
  ASSERT_TRUE(audio.has_value());
  EXPECT_EQ(audio->file, AudioGenerator::AudioFile(article_.id, audio->speech_hash));
  EXPECT_GT(audio->duration_ms, 2000);
  std::ifstream in(media() / audio->file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(static_cast<int64_t>(bytes.size()), audio->bytes);
  ASSERT_GE(bytes.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(bytes[0]), 0xFF);  // an MP3 frame sync
  EXPECT_EQ(static_cast<unsigned char>(bytes[1]) & 0xE0, 0xE0);
  // The page learns of it through the store's change event.
  auto changes = store_->ChangesSince(changes_before);
  ASSERT_TRUE(changes.has_value());
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ(changes->front().tags,
            std::vector<std::string>{"article:" + std::to_string(article_.id)});

  auto again = generator_->Update(article_.id);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(*again, AudioGenerator::Outcome::kUnchanged);
  auto forced = generator_->Update(article_.id, /*force=*/true);
  ASSERT_TRUE(forced.has_value());
  EXPECT_EQ(*forced, AudioGenerator::Outcome::kGenerated);
  EXPECT_EQ(Recorded()->file, audio->file);
  EXPECT_EQ(AudioFiles(), 1);
}

TEST_F(AudioGeneratorTest, ChangedTextGetsANewFileAndTheOldOneGoes) {
  ASSERT_TRUE(generator_->Update(article_.id).has_value());
  const ArticleAudio first = *Recorded();
  article_.title = "Họp mặt kỷ niệm 91 năm";
  ASSERT_TRUE(store_->SaveArticle(article_).has_value());
  auto outcome = generator_->Update(article_.id);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(*outcome, AudioGenerator::Outcome::kGenerated);
  const ArticleAudio second = *Recorded();
  EXPECT_NE(second.speech_hash, first.speech_hash);
  EXPECT_TRUE(fs::exists(media() / second.file));
  EXPECT_FALSE(fs::exists(media() / first.file));
  EXPECT_EQ(AudioFiles(), 1);
}

TEST_F(AudioGeneratorTest, EditedAbbreviationListChangesTheText) {
  auto before = generator_->SpeechTextOf(article_.id);
  ASSERT_TRUE(before.has_value());
  EXPECT_NE(before->find("UBND quận"), std::string::npos) << *before;
  ASSERT_TRUE(generator_->Update(article_.id).has_value());
  const std::string first_hash = Recorded()->speech_hash;

  WriteAbbreviations("UBND\tỦy ban nhân dân\n");
  auto after = generator_->SpeechTextOf(article_.id);
  ASSERT_TRUE(after.has_value());
  EXPECT_NE(after->find("Ủy ban nhân dân quận"), std::string::npos) << *after;
  auto outcome = generator_->Update(article_.id);
  ASSERT_TRUE(outcome.has_value());
  EXPECT_EQ(*outcome, AudioGenerator::Outcome::kGenerated);
  EXPECT_NE(Recorded()->speech_hash, first_hash);
}

TEST_F(AudioGeneratorTest, UnpublishedArticleLosesItsAudio) {
  ASSERT_TRUE(generator_->Update(article_.id).has_value());
  const std::string file = Recorded()->file;
  article_.status = ArticleStatus::kUnpublished;
  ASSERT_TRUE(store_->SaveArticle(article_).has_value());
  auto outcome = generator_->Update(article_.id);
  ASSERT_TRUE(outcome.has_value()) << outcome.error().message();
  EXPECT_EQ(*outcome, AudioGenerator::Outcome::kRemoved);
  EXPECT_FALSE(Recorded().has_value());
  EXPECT_FALSE(fs::exists(media() / file));
  auto again = generator_->Update(article_.id);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(*again, AudioGenerator::Outcome::kNotPublic);
}

TEST_F(AudioGeneratorTest, BackgroundFollowsPublishingAndEdits) {
  generator_->Start();
  auto wait_for = [&](auto done) {
    for (int i = 0; i < 300 && !done(); ++i) std::this_thread::sleep_for(100ms);
    return done();
  };
  ASSERT_TRUE(wait_for([&] { return Recorded().has_value(); })) << "no audio after 30 s";
  const std::string first = Recorded()->speech_hash;
  // An edit made by any writer reaches the generator through the change events.
  article_.lead = "Ngày 16/10, UBND quận tổ chức họp mặt.";
  ASSERT_TRUE(store_->SaveArticle(article_).has_value());
  EXPECT_TRUE(wait_for([&] { return Recorded() && Recorded()->speech_hash != first; }))
      << "the edit did not make new audio";
  generator_->Stop();
}

}  // namespace
}  // namespace toasoan

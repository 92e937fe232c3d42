#include "speech/speech_synthesizer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "speech/mp3_encoder.h"

namespace toasoan {
namespace {

// What the frames of an MP3 say about it.
struct Mp3Frames {
  int frames = 0;
  int sample_rate = 0;
  int kbps = 0;
  double seconds = 0;
  bool valid = false;  // every byte belongs to a well-formed Layer III frame
};

// Walks an MP3 made of frames only (no ID3 tags), header by header.
Mp3Frames WalkFrames(const std::string& mp3) {
  static constexpr int kBitrates[2][16] = {
      {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0},       // MPEG-2/2.5
      {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0}};  // MPEG-1
  static constexpr int kRates[4][3] = {
      {11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}};
  Mp3Frames info;
  size_t at = 0;
  while (at + 4 <= mp3.size()) {
    const auto* h = reinterpret_cast<const unsigned char*>(mp3.data() + at);
    if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return info;  // frame sync
    const int version = (h[1] >> 3) & 3;                     // 0: 2.5, 2: 2, 3: 1
    const int layer = (h[1] >> 1) & 3;                       // 1: Layer III
    const int bitrate_index = h[2] >> 4;
    const int rate_index = (h[2] >> 2) & 3;
    const int padding = (h[2] >> 1) & 1;
    if (version == 1 || layer != 1 || rate_index == 3) return info;
    const bool mpeg1 = version == 3;
    const int kbps = kBitrates[mpeg1][bitrate_index];
    const int rate = kRates[version][rate_index];
    if (kbps == 0) return info;
    const int samples = mpeg1 ? 1152 : 576;
    const size_t size = static_cast<size_t>(samples / 8 * kbps * 1000 / rate + padding);
    info.frames++;
    info.sample_rate = rate;
    info.kbps = kbps;
    info.seconds += static_cast<double>(samples) / rate;
    at += size;
  }
  info.valid = at == mp3.size() && info.frames > 0;
  return info;
}

class SpeechSynthesizerTest : public ::testing::Test {
 protected:
  // One synthesizer for the suite: libespeak-ng allows one at a time per process.
  static void SetUpTestSuite() {
    auto s = SpeechSynthesizer::Start();
    ASSERT_TRUE(s.has_value()) << s.error().message();
    synth_ = s->release();
  }
  static void TearDownTestSuite() {
    delete synth_;
    synth_ = nullptr;
  }
  static SpeechSynthesizer* synth_;
};
SpeechSynthesizer* SpeechSynthesizerTest::synth_ = nullptr;

TEST_F(SpeechSynthesizerTest, SpeaksVietnameseAndEncodesMp3) {
  ASSERT_NE(synth_, nullptr);
  auto pcm = synth_->Synthesize(
      "Cập nhật lúc hai giờ ba mươi tư phút ngày mười sáu tháng mười năm hai nghìn không trăm "
      "hai mươi.");
  ASSERT_TRUE(pcm.has_value()) << pcm.error().message();
  EXPECT_EQ(pcm->sample_rate, 22050);
  // Twenty-two syllables take seconds to say, not milliseconds nor minutes.
  EXPECT_GT(pcm->DurationMs(), 2000);
  EXPECT_LT(pcm->DurationMs(), 20000);
  // Speech, not silence.
  int loud = 0;
  for (int16_t s : pcm->samples) loud += s > 2000 || s < -2000;
  EXPECT_GT(loud, 1000);

  auto mp3 = EncodeMp3(*pcm);
  ASSERT_TRUE(mp3.has_value()) << mp3.error().message();
  const Mp3Frames frames = WalkFrames(*mp3);
  EXPECT_TRUE(frames.valid) << "not a sequence of MP3 frames";
  EXPECT_EQ(frames.sample_rate, 22050);
  EXPECT_EQ(frames.kbps, 48);
  EXPECT_GT(frames.seconds, 0.0);
  // The frames hold the whole speech (LAME adds at most a few frames of delay).
  EXPECT_NEAR(frames.seconds * 1000, static_cast<double>(pcm->DurationMs()), 300);
  // CBR: 48 kbit/s is 6000 bytes a second.
  EXPECT_NEAR(static_cast<double>(mp3->size()), frames.seconds * 6000, 600);
}

TEST_F(SpeechSynthesizerTest, SerialisesCallsFromManyThreads) {
  ASSERT_NE(synth_, nullptr);
  std::vector<int64_t> durations(3);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < durations.size(); ++i) {
    threads.emplace_back([&durations, i] {
      auto pcm = synth_->Synthesize("Xin chào bạn đọc.");
      durations[i] = pcm ? pcm->DurationMs() : -1;
    });
  }
  for (auto& t : threads) t.join();
  // Each thread got its own whole sentence (about the same length: espeak-ng varies a
  // few samples between runs), none a mix or a fragment of another's.
  EXPECT_GT(durations[0], 500);
  EXPECT_NEAR(durations[0], durations[1], 50);
  EXPECT_NEAR(durations[1], durations[2], 50);
}

TEST_F(SpeechSynthesizerTest, RefusesEmptyAndOversizedText) {
  ASSERT_NE(synth_, nullptr);
  auto empty = synth_->Synthesize("");
  ASSERT_FALSE(empty.has_value());
  EXPECT_TRUE(empty.error().IsInvalidArgument());
  auto huge = synth_->Synthesize(std::string(600 * 1024, 'a'));
  ASSERT_FALSE(huge.has_value());
  EXPECT_TRUE(huge.error().IsInvalidArgument());
}

TEST_F(SpeechSynthesizerTest, OnlyOneAtATime) {
  ASSERT_NE(synth_, nullptr);
  auto second = SpeechSynthesizer::Start();
  ASSERT_FALSE(second.has_value());
  EXPECT_TRUE(second.error().IsConflict());
}

TEST(Mp3EncoderTest, RefusesEmptyAudio) {
  EXPECT_FALSE(EncodeMp3(Pcm{}).has_value());
  Pcm silence;
  silence.sample_rate = 22050;
  silence.samples.assign(22050, 0);  // one second
  auto mp3 = EncodeMp3(silence, {.kbps = 64});
  ASSERT_TRUE(mp3.has_value()) << mp3.error().message();
  const Mp3Frames frames = WalkFrames(*mp3);
  EXPECT_TRUE(frames.valid);
  EXPECT_EQ(frames.kbps, 64);
  EXPECT_NEAR(frames.seconds, 1.0, 0.2);
}

}  // namespace
}  // namespace toasoan

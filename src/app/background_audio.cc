#include "app/background_audio.h"

#include <spdlog/spdlog.h>

#include "app/abbreviations_file.h"

namespace toasoan {
namespace {

// Synthesis and encoding yield the CPU to requests.
constexpr int kNiceIncrement = 10;

}  // namespace

std::unique_ptr<BackgroundAudio> BackgroundAudio::Start(
    Store& store, const std::filesystem::path& data_root, const std::filesystem::path& media_dir,
    const std::filesystem::path& resource_root) {
  std::filesystem::path abbreviations;
  if (auto file = EnsureAbbreviationsFile(data_root, resource_root)) {
    abbreviations = *file;
  } else {
    spdlog::warn("{}; abbreviations are read as written", file.error().message());
  }
  SpeechSynthesizer::Options synth_options;
  synth_options.nice_increment = kNiceIncrement;
  auto synthesizer = SpeechSynthesizer::Start(synth_options);
  if (!synthesizer) {
    spdlog::warn("listen-to-article audio is off: {}", synthesizer.error().message());
    return nullptr;
  }
  std::unique_ptr<BackgroundAudio> audio(new BackgroundAudio());
  audio->synthesizer_ = std::move(*synthesizer);
  AudioGenerator::Options options;
  options.media_dir = media_dir;
  options.abbreviations_file = abbreviations;
  options.nice_increment = kNiceIncrement;
  audio->generator_ =
      std::make_unique<AudioGenerator>(store, *audio->synthesizer_, std::move(options));
  audio->generator_->Start();
  return audio;
}

BackgroundAudio::~BackgroundAudio() {
  synthesizer_->Stop();  // the generator's article in progress ends at once
  generator_.reset();
}

}  // namespace toasoan

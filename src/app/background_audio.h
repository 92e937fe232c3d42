#pragma once

#include <filesystem>
#include <memory>

#include "app/audio_generator.h"
#include "speech/speech_synthesizer.h"
#include "store/store.h"

namespace toasoan {

// The listen-to-article audio of a serving process: the speech synthesizer and the
// AudioGenerator working through the articles in the background at a lowered priority.
class BackgroundAudio {
 public:
  // Creates DATA/abbreviations.tsv from ROOT/config/ when missing, starts the synthesizer
  // and the generator. Returns nullptr, after logging why, when the synthesizer cannot
  // start (espeak-ng missing): the site then serves without audio.
  static std::unique_ptr<BackgroundAudio> Start(Store& store,
                                                const std::filesystem::path& data_root,
                                                const std::filesystem::path& media_dir,
                                                const std::filesystem::path& resource_root);

  // Cuts a synthesis in progress short and stops the generator.
  ~BackgroundAudio();

 private:
  BackgroundAudio() = default;

  std::unique_ptr<SpeechSynthesizer> synthesizer_;
  std::unique_ptr<AudioGenerator> generator_;  // uses synthesizer_: declared after it
};

}  // namespace toasoan

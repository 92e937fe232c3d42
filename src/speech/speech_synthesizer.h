#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/result.h"

namespace toasoan {

namespace speech_internal {
struct SynthesisJob;  // one Synthesize call, defined in the .cc
}

// Mono 16-bit PCM audio.
struct Pcm {
  std::vector<int16_t> samples;
  int sample_rate = 0;  // Hz

  int64_t DurationMs() const {
    return sample_rate > 0 ? static_cast<int64_t>(samples.size()) * 1000 / sample_rate : 0;
  }
};

// Vietnamese text to speech with Debian's espeak-ng (libespeak-ng, its "vi" voice),
// synthesized in this process.
//
// libespeak-ng keeps its state in globals and is not thread-safe, so every espeak call
// (initialisation, synthesis, termination) runs on one worker thread that this object
// owns, and only one SpeechSynthesizer may exist in a process at a time (Start fails
// with kConflict while another is alive). Synthesize may be called from any thread:
// requests queue and run one after another.
class SpeechSynthesizer {
 public:
  struct Options {
    std::string voice = "vi";
    int words_per_minute = 150;  // espeak's default 175 is hurried for Vietnamese syllables
    // Longer texts are refused rather than held in memory as minutes of PCM.
    size_t max_text_bytes = 512 * 1024;
    // Added to the worker thread's nice value (Linux), so that a server's synthesis
    // yields the CPU to its requests.
    int nice_increment = 0;
  };

  // Starts the worker and initialises espeak-ng with `options.voice`. Fails with kIo when
  // espeak-ng's data (package espeak-ng-data) is missing, kNotFound for an unknown voice.
  static Result<std::unique_ptr<SpeechSynthesizer>> Start(const Options& options);
  static Result<std::unique_ptr<SpeechSynthesizer>> Start() { return Start(Options{}); }

  // Stop(), then waits for the worker to end.
  ~SpeechSynthesizer();
  SpeechSynthesizer(const SpeechSynthesizer&) = delete;
  SpeechSynthesizer& operator=(const SpeechSynthesizer&) = delete;

  // Speaks `text` (UTF-8; end of line and sentence punctuation make pauses). Blocks
  // until done. Fails with kInvalidArgument for an empty or too long text, kInternal when
  // espeak-ng fails.
  Result<Pcm> Synthesize(const std::string& text);

  // Cuts a synthesis in progress short (its caller gets an error) and makes queued and
  // later calls fail at once; for a quick shutdown. Idempotent; thread-safe.
  void Stop();

  int sample_rate() const { return sample_rate_; }
  const Options& options() const { return options_; }

 private:
  using Job = speech_internal::SynthesisJob;

  explicit SpeechSynthesizer(Options options);
  Result<void> AwaitInit();  // on the caller: until the worker has initialised espeak
  void Loop();               // the worker
  void RunJob(Job& job);     // on the worker

  const Options options_;
  int sample_rate_ = 0;  // written by the worker before AwaitInit returns

  std::atomic<bool> abort_{false};  // read by the synthesis callback
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job*> queue_;           // guarded by mu_; jobs live on their callers' stacks
  bool stopping_ = false;            // guarded by mu_
  bool initialised_ = false;         // guarded by mu_
  std::optional<Error> init_error_;  // guarded by mu_
  std::thread worker_;
};

}  // namespace toasoan

#include "speech/speech_synthesizer.h"

#include <espeak-ng/speak_lib.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#include <utility>

namespace toasoan {
namespace {

// Only one synthesizer may drive libespeak-ng's globals at a time.
std::atomic<bool> g_alive{false};

}  // namespace

namespace speech_internal {

struct SynthesisJob {
  const std::string* text = nullptr;
  const std::atomic<bool>* abort = nullptr;
  Pcm pcm;
  std::optional<Error> error;
  bool done = false;  // guarded by the synthesizer's mu_
};

}  // namespace speech_internal

namespace {

// Called by espeak_Synth on the worker thread with each chunk of samples; returning 1
// cuts the synthesis short.
int CollectSamples(short* wav, int count, espeak_EVENT* events) {
  auto* job = static_cast<speech_internal::SynthesisJob*>(events ? events->user_data : nullptr);
  if (job == nullptr) return 1;
  if (wav != nullptr && count > 0)
    job->pcm.samples.insert(job->pcm.samples.end(), wav, wav + count);
  return job->abort->load(std::memory_order_relaxed) ? 1 : 0;
}

}  // namespace

SpeechSynthesizer::SpeechSynthesizer(Options options) : options_(std::move(options)) {}

Result<std::unique_ptr<SpeechSynthesizer>> SpeechSynthesizer::Start(const Options& options) {
  if (g_alive.exchange(true)) {
    return Fail(Error::Conflict("another speech synthesizer is running in this process"));
  }
  std::unique_ptr<SpeechSynthesizer> s(new SpeechSynthesizer(options));
  s->worker_ = std::thread([p = s.get()] { p->Loop(); });
  TOASOAN_TRY(s->AwaitInit());  // on failure the destructor joins the finished worker
  return s;
}

SpeechSynthesizer::~SpeechSynthesizer() {
  Stop();
  if (worker_.joinable()) worker_.join();
  g_alive = false;
}

void SpeechSynthesizer::Stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  abort_ = true;
  cv_.notify_all();
}

Result<void> SpeechSynthesizer::AwaitInit() {
  std::unique_lock lock(mu_);
  cv_.wait(lock, [this] { return initialised_; });
  if (init_error_) return Fail(*init_error_);
  return {};
}

void SpeechSynthesizer::Loop() {
  if (options_.nice_increment != 0) {
    // Linux keeps a nice value per thread; a failure only leaves the default priority.
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (errno == 0)
      setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), now + options_.nice_increment);
  }
  // DONT_EXIT: without it espeak-ng calls exit() when its data is missing.
  const int rate =
      espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
  std::optional<Error> error;
  if (rate <= 0) {
    error = Error::Io("espeak-ng cannot start: is its data (package espeak-ng-data) installed?");
  } else if (espeak_SetVoiceByName(options_.voice.c_str()) != EE_OK) {
    error = Error::NotFound("espeak-ng has no voice \"" + options_.voice + "\"");
  } else {
    espeak_SetSynthCallback(&CollectSamples);
    espeak_SetParameter(espeakRATE, options_.words_per_minute, 0);
  }
  {
    std::lock_guard lock(mu_);
    sample_rate_ = rate;
    init_error_ = error;
    initialised_ = true;
  }
  cv_.notify_all();

  if (!error) {
    for (;;) {
      Job* job = nullptr;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (stopping_) break;
        job = queue_.front();
        queue_.pop_front();
      }
      RunJob(*job);
      {
        std::lock_guard lock(mu_);
        job->done = true;
      }
      cv_.notify_all();
    }
  }
  {
    std::lock_guard lock(mu_);
    for (Job* job : queue_) {
      job->error = Error::Internal("the speech synthesizer stopped");
      job->done = true;
    }
    queue_.clear();
  }
  cv_.notify_all();
  if (rate > 0) espeak_Terminate();
}

void SpeechSynthesizer::RunJob(Job& job) {
  job.pcm.sample_rate = sample_rate_;
  const std::string& text = *job.text;
  const espeak_ERROR result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                           espeakCHARS_UTF8, nullptr, &job);
  if (result != EE_OK) {
    job.error = Error::Internal("espeak-ng failed to synthesize (error " +
                                std::to_string(static_cast<int>(result)) + ")");
  } else if (abort_) {
    job.error = Error::Internal("the speech synthesizer stopped");
  } else if (job.pcm.samples.empty()) {
    job.error = Error::Internal("espeak-ng produced no audio");
  }
}

Result<Pcm> SpeechSynthesizer::Synthesize(const std::string& text) {
  if (text.empty()) return Fail(Error::InvalidArgument("nothing to speak: the text is empty"));
  if (text.size() > options_.max_text_bytes) {
    return Fail(Error::InvalidArgument("the text to speak has " + std::to_string(text.size()) +
                                       " bytes, more than the limit of " +
                                       std::to_string(options_.max_text_bytes)));
  }
  Job job;
  job.text = &text;
  job.abort = &abort_;
  {
    std::unique_lock lock(mu_);
    if (stopping_) return Fail(Error::Internal("the speech synthesizer stopped"));
    queue_.push_back(&job);
    cv_.notify_all();
    cv_.wait(lock, [&job] { return job.done; });
  }
  if (job.error) return Fail(*job.error);
  return std::move(job.pcm);
}

}  // namespace toasoan

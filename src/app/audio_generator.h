#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/result.h"
#include "speech/mp3_encoder.h"
#include "speech/speech_synthesizer.h"
#include "store/store.h"
#include "text/abbreviations.h"

namespace toasoan {

// Makes and keeps the listen-to-article audio of the published articles: for each, an
// MP3 of its speech text (speech/article_speech.h) at MEDIA/audio/<id>-<hash>.mp3, where
// <hash> is the SpeechHash of that text and of the voice and encoding settings, served
// at /media/audio/... and recorded in the store (Store::SaveArticleAudio), whose change
// event ("article:ID") makes every node render the article page again, now with the
// player.
//
// In the background (Start), a thread first goes through every published article,
// newest first, then follows the store's change events: each "article:ID" brings that
// article up to date. Work is done one article at a time at a lowered priority, never on
// a request's path; a page never waits for its audio. An article whose text (or the
// abbreviation list, or the settings) changed gets a new file and the old one is
// deleted; an article that is no longer published, or no longer exists, loses its audio.
// A failure is logged and the article is tried again on its next change or the next
// start. When the abbreviation list file changes, every article is gone through again.
//
// Update and SpeechTextOf may also be called directly (the `toasoan audio` command).
// Thread-safe.
class AudioGenerator {
 public:
  struct Options {
    std::filesystem::path media_dir;           // DATA/media; the files go into media_dir/audio
    std::filesystem::path abbreviations_file;  // DATA/abbreviations.tsv; empty: none
    std::chrono::milliseconds poll_interval{1000};
    Mp3Options mp3;
    int nice_increment = 0;  // added to the background thread's nice value
  };

  enum class Outcome {
    kGenerated,  // a new file was made and recorded
    kUnchanged,  // the recorded file matches the article's text
    kRemoved,    // the article is not public (or gone): its audio was removed
    kNotPublic,  // the article is not public and had no audio
  };

  // `store` and `synthesizer` must outlive this object.
  AudioGenerator(Store& store, SpeechSynthesizer& synthesizer, Options options);
  ~AudioGenerator();  // Stop()
  AudioGenerator(const AudioGenerator&) = delete;
  AudioGenerator& operator=(const AudioGenerator&) = delete;

  // Starts the background thread (once).
  void Start();
  // Stops it after the article in progress (stop the synthesizer first to cut that
  // short). Idempotent.
  void Stop();

  // Brings one article's audio in line with its text now, on the caller's thread.
  // `force` makes a new file even when the recorded one matches. Fails with the store's,
  // the synthesizer's or the encoder's error, or kIo when the file cannot be written.
  Result<Outcome> Update(int64_t article_id, bool force = false);

  // The text the article's audio speaks (whatever its status). Fails with the store's
  // error (kNotFound for an unknown article).
  Result<std::string> SpeechTextOf(int64_t article_id);

  // The ids of every published article, newest first.
  Result<std::vector<int64_t>> PublishedIds();

  // The file name an article's audio gets, under the media folder:
  // "audio/<id>-<hash>.mp3".
  static std::string AudioFile(int64_t article_id, std::string_view hash);

 private:
  // The abbreviation list, reloaded when its file's modification time changed. Returns
  // whether it was (re)loaded.
  bool RefreshAbbreviations();
  std::string Settings() const;
  // Deletes the article's audio files except `keep` (a file name), then, when `keep` is
  // empty, its record. Returns whether anything was there.
  Result<bool> RemoveAudio(int64_t article_id, std::string_view keep = {});
  void Loop();

  Store& store_;
  SpeechSynthesizer& synthesizer_;
  const Options options_;

  std::mutex abbreviations_mu_;
  Abbreviations abbreviations_;  // guarded by abbreviations_mu_
  std::optional<std::filesystem::file_time_type> abbreviations_mtime_;  // likewise

  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

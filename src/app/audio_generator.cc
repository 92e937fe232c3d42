#include "app/audio_generator.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <deque>
#include <fstream>
#include <unordered_set>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/abbreviations_file.h"
#include "speech/article_speech.h"

namespace toasoan {
namespace {

namespace fs = std::filesystem;

// Bumped when the speech text or its rendering changes in a way the settings do not
// show, so every article gets a new file.
constexpr std::string_view kAudioFormatVersion = "1";

// "article:12" → 12.
std::optional<int64_t> ArticleIdOfTag(std::string_view tag) {
  constexpr std::string_view kPrefix = "article:";
  if (!tag.starts_with(kPrefix)) return std::nullopt;
  tag.remove_prefix(kPrefix.size());
  int64_t id = 0;
  auto [ptr, ec] = std::from_chars(tag.data(), tag.data() + tag.size(), id);
  if (ec != std::errc() || ptr != tag.data() + tag.size() || id <= 0) return std::nullopt;
  return id;
}

Result<void> WriteFileAtomically(const fs::path& file, const std::string& bytes) {
  // A leading dot keeps the partial file from being served (StaticFiles refuses such
  // names) while it is written.
  const fs::path partial = file.parent_path() / ("." + file.filename().string() + ".partial");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return Fail(Error::Io("cannot write " + partial.string()));
  }
  std::error_code ec;
  fs::rename(partial, file, ec);
  if (ec) {
    fs::remove(partial, ec);
    return Fail(Error::Io("cannot rename " + partial.string() + " to " + file.string()));
  }
  return {};
}

void LowerThreadPriority(int increment) {
  if (increment == 0) return;
  // Linux keeps a nice value per thread; a failure only leaves the default priority.
  errno = 0;
  const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  if (errno == 0) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), now + increment);
}

}  // namespace

AudioGenerator::AudioGenerator(Store& store, SpeechSynthesizer& synthesizer, Options options)
    : store_(store), synthesizer_(synthesizer), options_(std::move(options)) {}

AudioGenerator::~AudioGenerator() { Stop(); }

void AudioGenerator::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable() || stop_) return;
  thread_ = std::thread([this] { Loop(); });
}

void AudioGenerator::Stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::string AudioGenerator::AudioFile(int64_t article_id, std::string_view hash) {
  return "audio/" + std::to_string(article_id) + "-" + std::string(hash) + ".mp3";
}

std::string AudioGenerator::Settings() const {
  const SpeechSynthesizer::Options& o = synthesizer_.options();
  return "espeak-ng " + o.voice + " " + std::to_string(o.words_per_minute) + " wpm; mp3 " +
         std::to_string(options_.mp3.kbps) + " kbps; v" + std::string(kAudioFormatVersion);
}

bool AudioGenerator::RefreshAbbreviations() {
  if (options_.abbreviations_file.empty()) return false;
  std::error_code ec;
  const auto mtime = fs::last_write_time(options_.abbreviations_file, ec);
  std::lock_guard lock(abbreviations_mu_);
  if (ec) {
    if (!abbreviations_mtime_) {
      spdlog::warn("cannot read {}: {}; no abbreviations are expanded",
                   options_.abbreviations_file.string(), ec.message());
      abbreviations_mtime_ = fs::file_time_type::min();
    }
    return false;
  }
  if (abbreviations_mtime_ == mtime) return false;
  auto list = LoadAbbreviationsFile(options_.abbreviations_file);
  abbreviations_mtime_ = mtime;
  if (!list) {
    spdlog::warn("{}; keeping the abbreviations read before", list.error().message());
    return false;
  }
  abbreviations_ = std::move(*list);
  spdlog::info("read {} abbreviations from {}", abbreviations_.size(),
               options_.abbreviations_file.string());
  return true;
}

Result<std::string> AudioGenerator::SpeechTextOf(int64_t article_id) {
  RefreshAbbreviations();
  auto article = store_.ArticleById(article_id);
  if (!article) return Fail(article.error());
  std::lock_guard lock(abbreviations_mu_);
  return ArticleSpeechText(*article, abbreviations_);
}

Result<std::vector<int64_t>> AudioGenerator::PublishedIds() {
  std::vector<int64_t> ids;
  PublishedQuery q;
  q.per_page = 100;
  for (q.page = 1;; ++q.page) {
    auto list = store_.ListPublished(q);
    if (!list) return Fail(list.error());
    for (const Article& a : list->items) ids.push_back(a.id);
    if (q.page >= list->pages) break;
  }
  return ids;
}

Result<bool> AudioGenerator::RemoveAudio(int64_t article_id, std::string_view keep) {
  bool removed = false;
  const fs::path dir = options_.media_dir / "audio";
  const std::string prefix = std::to_string(article_id) + "-";
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with(prefix) && name.ends_with(".mp3") && name != keep) {
      files.push_back(it->path());
    }
  }
  for (const fs::path& file : files) {
    std::error_code rm;
    if (fs::remove(file, rm)) {
      removed = true;
    } else if (rm) {
      spdlog::warn("cannot delete the old audio file {}: {}", file.string(), rm.message());
    }
  }
  // The record goes after the files: its change drops their cached copies, and a request
  // in between can no longer read a file back into the cache.
  if (keep.empty()) {
    auto recorded = store_.ArticleAudioOf(article_id);
    if (!recorded) return Fail(recorded.error());
    if (recorded->has_value()) {
      TOASOAN_TRY(store_.DeleteArticleAudio(article_id));
      removed = true;
    }
  }
  return removed;
}

Result<AudioGenerator::Outcome> AudioGenerator::Update(int64_t article_id, bool force) {
  RefreshAbbreviations();
  auto article = store_.ArticleById(article_id);
  if (!article && !article.error().IsNotFound()) return Fail(article.error());
  if (!article || !IsPublic(*article)) {
    auto removed = RemoveAudio(article_id);
    if (!removed) return Fail(removed.error());
    return *removed ? Outcome::kRemoved : Outcome::kNotPublic;
  }

  Result<std::string> spoken = [&] {
    std::lock_guard lock(abbreviations_mu_);
    return ArticleSpeechText(*article, abbreviations_);
  }();
  if (!spoken) return Fail(spoken.error());
  const std::string& text = *spoken;
  const std::string hash = SpeechHash(text, Settings());
  const std::string file = AudioFile(article_id, hash);
  const fs::path path = options_.media_dir / file;
  auto recorded = store_.ArticleAudioOf(article_id);
  if (!recorded) return Fail(recorded.error());
  std::error_code ec;
  if (!force && recorded->has_value() && (*recorded)->file == file && fs::exists(path, ec)) {
    return Outcome::kUnchanged;
  }

  auto pcm = synthesizer_.Synthesize(text);
  if (!pcm) return Fail(pcm.error());
  auto mp3 = EncodeMp3(*pcm, options_.mp3);
  if (!mp3) return Fail(mp3.error());
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    return Fail(Error::Io("cannot create " + path.parent_path().string() + ": " + ec.message()));
  }
  TOASOAN_TRY(WriteFileAtomically(path, *mp3));

  ArticleAudio audio;
  audio.article_id = article_id;
  audio.speech_hash = hash;
  audio.file = file;
  audio.duration_ms = pcm->DurationMs();
  audio.bytes = static_cast<int64_t>(mp3->size());
  audio.created_at = Clock::System().Now();
  TOASOAN_TRY(store_.SaveArticleAudio(audio));
  // The old files go only once the new one is recorded: a page rendered meanwhile still
  // points at a file that exists.
  auto old = RemoveAudio(article_id, path.filename().string());
  if (!old) spdlog::warn("article {}: {}", article_id, old.error().message());
  return Outcome::kGenerated;
}

void AudioGenerator::Loop() {
  LowerThreadPriority(options_.nice_increment);
  int64_t last = 0;
  if (auto latest = store_.LatestChangeId()) {
    last = *latest;
  } else {
    spdlog::warn("audio: cannot read change events: {}", latest.error().message());
  }
  std::deque<int64_t> pending;
  std::unordered_set<int64_t> queued;
  auto enqueue = [&](int64_t id) {
    if (queued.insert(id).second) pending.push_back(id);
  };
  auto stopping = [this] {
    std::lock_guard lock(mu_);
    return stop_;
  };
  bool rescan = true;
  while (!stopping()) {
    if (RefreshAbbreviations()) rescan = true;
    if (rescan) {
      if (auto ids = PublishedIds()) {
        for (int64_t id : *ids) enqueue(id);
        rescan = false;
      } else {
        spdlog::warn("audio: cannot list the published articles: {}", ids.error().message());
      }
    }
    if (auto changes = store_.ChangesSince(last)) {
      // Change ids have no gaps; a jump means pruned changes were missed: go through all.
      if (!changes->empty() && changes->front().id > last + 1 && last != 0) rescan = true;
      for (const Change& c : *changes) {
        for (const std::string& tag : c.tags) {
          if (auto id = ArticleIdOfTag(tag)) enqueue(*id);
        }
        last = c.id;
      }
    } else {
      spdlog::warn("audio: cannot read change events: {}", changes.error().message());
    }
    while (!pending.empty() && !stopping()) {
      const int64_t id = pending.front();
      pending.pop_front();
      queued.erase(id);
      auto outcome = Update(id);
      if (!outcome) {
        spdlog::warn("audio of article {} failed: {}", id, outcome.error().message());
      } else if (*outcome == Outcome::kGenerated) {
        spdlog::info("audio of article {} is ready", id);
      } else if (*outcome == Outcome::kRemoved) {
        spdlog::info("audio of article {} removed: the article is not public", id);
      }
    }
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, options_.poll_interval, [this] { return stop_; });
  }
}

}  // namespace toasoan

#pragma once

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

#include "store/photo_library.h"

namespace toasoan {

// Makes the responsive variants (media/photo_variants.h) of library photos in the
// background: a thread at a lowered priority goes through the assets awaiting variants
// (on start, so a restart resumes; then whenever Wake() is called, and every
// `interval`), makes them one photo at a time and records them (PhotoLibrary::
// SetPhotoAssetVariants, whose change event re-renders the pages showing the photo),
// then calls `after_record` (the change follower's poll). A photo whose variants cannot
// be made is recorded with none, after logging why: pages keep its original. The
// destructor stops the thread, waiting for the photo in progress.
class PhotoVariantWorker {
 public:
  struct Options {
    std::filesystem::path media_dir;
    std::chrono::milliseconds interval = std::chrono::seconds(60);
    int nice_increment = 10;
    std::function<void()> after_record;
  };

  PhotoVariantWorker(PhotoLibrary& library, Options options);
  ~PhotoVariantWorker();
  PhotoVariantWorker(const PhotoVariantWorker&) = delete;
  PhotoVariantWorker& operator=(const PhotoVariantWorker&) = delete;

  void Start();
  // Asks the thread to look for work now. Thread-safe, never blocks on the work.
  void Wake();
  // Makes and records the variants of every asset awaiting them, on the caller's thread;
  // how many were recorded.
  int RunOnce();

 private:
  void Loop();

  PhotoLibrary& library_;
  const Options options_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;   // guarded by mu_
  bool woken_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace toasoan

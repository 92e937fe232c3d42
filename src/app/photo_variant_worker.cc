#include "app/photo_variant_worker.h"

#include <sys/resource.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <string>
#include <utility>
#include <vector>

#include "media/photo_variants.h"

namespace toasoan {
namespace {

constexpr int kBatch = 20;

void LowerThreadPriority(int increment) {
  if (increment == 0) return;
  // Linux keeps a nice value per thread; a failure only leaves the default priority.
  errno = 0;
  const int now = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
  if (errno == 0) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), now + increment);
}

std::vector<ImageVariant> ToImageVariants(const std::vector<PhotoVariant>& made) {
  std::vector<ImageVariant> out;
  out.reserve(made.size());
  for (const PhotoVariant& v : made) {
    out.push_back({.file = v.file,
                   .mime_type = std::string(VariantMimeType(v.format)),
                   .width = v.width,
                   .height = v.height,
                   .bytes = v.bytes});
  }
  return out;
}

}  // namespace

PhotoVariantWorker::PhotoVariantWorker(PhotoLibrary& library, Options options)
    : library_(library), options_(std::move(options)) {}

PhotoVariantWorker::~PhotoVariantWorker() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PhotoVariantWorker::Start() {
  std::lock_guard lock(mu_);
  if (thread_.joinable() || stop_) return;
  thread_ = std::thread([this] { Loop(); });
}

void PhotoVariantWorker::Wake() {
  {
    std::lock_guard lock(mu_);
    woken_ = true;
  }
  cv_.notify_all();
}

int PhotoVariantWorker::RunOnce() {
  int recorded = 0;
  for (;;) {
    auto pending = library_.PhotoAssetsAwaitingVariants(kBatch);
    if (!pending) {
      spdlog::error("photo variants: cannot list photos: {}", pending.error().message());
      return recorded;
    }
    if (pending->empty()) return recorded;
    for (const PhotoAsset& asset : *pending) {
      {
        std::lock_guard lock(mu_);
        if (stop_) return recorded;
      }
      std::vector<ImageVariant> variants;
      auto made = MakeVariants(options_.media_dir, asset.file);
      if (made) {
        variants = ToImageVariants(*made);
      } else {
        // Recorded with none so it is not tried forever; pages use the original.
        spdlog::warn("photo variants: {}: {}", asset.file, made.error().message());
      }
      if (auto ok = library_.SetPhotoAssetVariants(asset.id, variants); !ok) {
        spdlog::error("photo variants: cannot record those of {}: {}", asset.file,
                      ok.error().message());
        return recorded;  // the store is failing; the next wake-up tries again
      }
      ++recorded;
      if (options_.after_record) options_.after_record();
    }
  }
}

void PhotoVariantWorker::Loop() {
  LowerThreadPriority(options_.nice_increment);
  for (;;) {
    RunOnce();
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, options_.interval, [this] { return stop_ || woken_; });
    if (stop_) return;
    woken_ = false;
  }
}

}  // namespace toasoan

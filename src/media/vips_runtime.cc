#include "media/vips_runtime.h"

#include <cstdlib>
#include <mutex>
#include <semaphore>

#include <spdlog/spdlog.h>

namespace toasoan {
namespace {

void LogVipsMessage(const gchar* domain, GLogLevelFlags level, const gchar* message, gpointer) {
  spdlog::debug("libvips: {}", message != nullptr ? message : "");
}

bool heic_supported = false;

std::counting_semaphore<2>& WorkSlots() {
  static std::counting_semaphore<2> slots(2);
  return slots;
}

}  // namespace

void StartVips() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (VIPS_INIT("toasoan") != 0) {
      spdlog::critical("libvips failed to start: {}", TakeVipsError());
      std::abort();
    }
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_cache_set_max_files(0);
    vips_block_untrusted_set(TRUE);
    g_log_set_handler("VIPS",
                      static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE),
                      LogVipsMessage, nullptr);
    heic_supported = vips_type_find("VipsOperation", "heifload_buffer") != 0;
  });
}

bool PhotoDecoderSupportsHeic() {
  StartVips();
  return heic_supported;
}

VipsImageRef& VipsImageRef::operator=(VipsImageRef&& other) noexcept {
  if (this != &other) {
    if (image_ != nullptr) g_object_unref(image_);
    image_ = other.image_;
    other.image_ = nullptr;
  }
  return *this;
}

VipsImageRef::~VipsImageRef() {
  if (image_ != nullptr) g_object_unref(image_);
}

VipsImage** VipsImageRef::out() {
  if (image_ != nullptr) g_object_unref(image_);
  image_ = nullptr;
  return &image_;
}

std::string TakeVipsError() {
  char* text = vips_error_buffer_copy();
  std::string result = text != nullptr ? text : "";
  g_free(text);
  while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  for (char& c : result) {
    if (c == '\n') c = ';';
  }
  return result.empty() ? "libvips failed" : result;
}

PhotoWorkSlot::PhotoWorkSlot() { WorkSlots().acquire(); }
PhotoWorkSlot::~PhotoWorkSlot() { WorkSlots().release(); }

}  // namespace toasoan

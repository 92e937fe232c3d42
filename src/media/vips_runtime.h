#pragma once

#include <string>

#include <vips/vips.h>

namespace toasoan {

// libvips for the whole process, started once (VIPS_INIT in a std::call_once) on first
// use: one worker thread per pipeline (vips_concurrency_set(1); two cores are shared
// with the server), the operation cache off (every photo is new; the cache would only
// hold memory), loaders libvips marks untrusted (SVG, ImageMagick, PDF …) blocked, and
// libvips' warnings sent to the log instead of stderr. Thread-safe.
void StartVips();

// Whether this libvips decodes HEIC (libheif with an HEVC decoder). Starts libvips.
bool PhotoDecoderSupportsHeic();

// Owns one reference to a VipsImage (g_object_unref on destruction).
class VipsImageRef {
 public:
  VipsImageRef() = default;
  explicit VipsImageRef(VipsImage* image) : image_(image) {}
  VipsImageRef(const VipsImageRef&) = delete;
  VipsImageRef& operator=(const VipsImageRef&) = delete;
  VipsImageRef(VipsImageRef&& other) noexcept : image_(other.image_) { other.image_ = nullptr; }
  VipsImageRef& operator=(VipsImageRef&& other) noexcept;
  ~VipsImageRef();

  VipsImage* get() const { return image_; }
  // For the `VipsImage**` out-parameter of a vips operation; drops what it held.
  VipsImage** out();
  explicit operator bool() const { return image_ != nullptr; }

 private:
  VipsImage* image_ = nullptr;
};

// Takes libvips' error buffer (its text, which it clears), trimmed, for the log.
std::string TakeVipsError();

// Bounds how many photo pipelines run at once in the process (two), so a burst of
// uploads queues instead of holding many decoded images in memory. RAII.
class PhotoWorkSlot {
 public:
  PhotoWorkSlot();
  ~PhotoWorkSlot();
  PhotoWorkSlot(const PhotoWorkSlot&) = delete;
  PhotoWorkSlot& operator=(const PhotoWorkSlot&) = delete;
};

}  // namespace toasoan

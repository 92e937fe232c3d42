#include "media/photo_variants.h"

#include <algorithm>
#include <optional>
#include <system_error>

#include <fmt/format.h>

#include "media/media_files.h"
#include "media/photo_ingest.h"
#include "media/vips_runtime.h"
#include "media/webp_metadata.h"

namespace toasoan {
namespace {

// The hash in "photos/<32 hex>.jpg", or empty.
std::string_view StoredHash(std::string_view file) {
  std::string prefix = fmt::format("{}/", kPhotosFolder);
  if (!file.starts_with(prefix) || !file.ends_with(".jpg")) return {};
  std::string_view hash = file.substr(prefix.size(), file.size() - prefix.size() - 4);
  if (hash.size() != 32) return {};
  for (char c : hash) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return {};
  }
  return hash;
}

std::string_view Extension(VariantFormat format) {
  return format == VariantFormat::kWebp ? "webp" : "jpg";
}

Result<std::string> Encode(VipsImage* image, VariantFormat format, const VariantOptions& options) {
  void* out = nullptr;
  size_t size = 0;
  int rc = format == VariantFormat::kWebp
               ? vips_webpsave_buffer(image, &out, &size, "Q", options.webp_quality, "strip", TRUE,
                                      nullptr)
               : vips_jpegsave_buffer(image, &out, &size, "Q", options.jpeg_quality, "strip", TRUE,
                                      "optimize_coding", TRUE, "interlace", TRUE, nullptr);
  if (rc != 0) {
    return Fail(Error::Corruption(
        fmt::format("cannot encode a {} variant: {}", Extension(format), TakeVipsError())));
  }
  std::string bytes(static_cast<const char*>(out), size);
  g_free(out);
  if (format == VariantFormat::kWebp) return StripWebpMetadata(bytes);
  return bytes;
}

// The dimensions of a variant written before, or nothing when it is absent or unreadable.
std::optional<PhotoVariant> Existing(const std::filesystem::path& path, PhotoVariant variant) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec || size == 0) return std::nullopt;
  VipsImageRef image(
      vips_image_new_from_file(path.c_str(), "access", VIPS_ACCESS_SEQUENTIAL, nullptr));
  if (!image) {
    TakeVipsError();
    return std::nullopt;
  }
  variant.width = vips_image_get_width(image.get());
  variant.height = vips_image_get_height(image.get());
  variant.bytes = static_cast<int64_t>(size);
  return variant;
}

}  // namespace

std::string_view VariantMimeType(VariantFormat format) {
  return format == VariantFormat::kWebp ? "image/webp" : "image/jpeg";
}

std::vector<int> VariantWidths(int original_width, const std::vector<int>& widths) {
  std::vector<int> out;
  int largest = 0;
  for (int w : widths) {
    largest = std::max(largest, w);
    if (w > 0 && w <= original_width) out.push_back(w);
  }
  if (original_width > 0 && original_width < largest) out.push_back(original_width);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<std::vector<PhotoVariant>> MakeVariants(const std::filesystem::path& media_dir,
                                               std::string_view file,
                                               const VariantOptions& options) {
  std::string_view hash = StoredHash(file);
  if (hash.empty()) {
    return Fail(Error::InvalidArgument(fmt::format("not a stored photo name: {}", file)));
  }
  std::filesystem::path dir = media_dir / kPhotosFolder;
  std::filesystem::path original = media_dir / file;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(original, ec)) {
    return Fail(Error::NotFound(fmt::format("no photo file {}", original.string())));
  }
  StartVips();
  PhotoWorkSlot slot;
  VipsImageRef header;
  if (vips_jpegload(original.c_str(), header.out(), "access", VIPS_ACCESS_SEQUENTIAL, nullptr) !=
      0) {
    return Fail(
        Error::Corruption(fmt::format("cannot read {}: {}", original.string(), TakeVipsError())));
  }
  int original_width = vips_image_get_width(header.get());

  std::vector<PhotoVariant> variants;
  NewFiles written;
  for (int width : VariantWidths(original_width, options.widths)) {
    VipsImageRef resized;
    for (VariantFormat format : {VariantFormat::kWebp, VariantFormat::kJpeg}) {
      PhotoVariant variant;
      variant.format = format;
      std::string name = fmt::format("{}-{}.{}", hash, width, Extension(format));
      variant.file = fmt::format("{}/{}", kPhotosFolder, name);
      if (auto existing = Existing(dir / name, variant); existing && existing->width == width) {
        variants.push_back(*existing);
        continue;
      }
      if (!resized) {
        VipsImageRef thumb;
        if (vips_thumbnail(original.c_str(), thumb.out(), width, "height", VIPS_MAX_COORD, "size",
                           VIPS_SIZE_DOWN, "fail_on", VIPS_FAIL_ON_TRUNCATED, nullptr) != 0) {
          return Fail(Error::Corruption(fmt::format("cannot resize {} to {}: {}", original.string(),
                                                    width, TakeVipsError())));
        }
        resized = VipsImageRef(vips_image_copy_memory(thumb.get()));
        if (!resized) {
          return Fail(Error::Corruption(
              fmt::format("cannot decode {}: {}", original.string(), TakeVipsError())));
        }
      }
      auto bytes = Encode(resized.get(), format, options);
      if (!bytes) return Fail(bytes.error());
      TOASOAN_TRY(WriteFileAtomically(dir, name, *bytes));
      written.Add(dir / name);
      variant.width = vips_image_get_width(resized.get());
      variant.height = vips_image_get_height(resized.get());
      variant.bytes = static_cast<int64_t>(bytes->size());
      variants.push_back(std::move(variant));
    }
  }
  written.Keep();
  return variants;
}

}  // namespace toasoan

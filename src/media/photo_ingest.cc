#include "media/photo_ingest.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "media/iptc_text.h"
#include "media/media_files.h"
#include "media/vips_runtime.h"
#include "media/xmp_text.h"

namespace toasoan {
namespace {

constexpr std::string_view kCorrupt =
    "Tệp ảnh bị hỏng hoặc không trọn vẹn (có thể việc tải lên bị ngắt giữa chừng). Hãy gửi "
    "lại ảnh gốc.";

Error Corrupt(std::string log) {
  return Error::InvalidArgument(std::move(log), std::string(kCorrupt));
}

std::string Megabytes(int64_t bytes) {
  if (bytes % (1024 * 1024) == 0) return fmt::format("{} MB", bytes / (1024 * 1024));
  return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024 * 1024));
}

// Opens the upload with the loader for its detected type, header only (sequential
// access: libvips reads pixels only when they are asked for). `bytes` must outlive it.
Result<VipsImageRef> OpenHeader(std::string_view bytes, ImageType type) {
  void* data = const_cast<char*>(bytes.data());
  VipsImageRef image;
  int rc = -1;
  switch (type) {
    case ImageType::kJpeg:
      rc = vips_jpegload_buffer(data, bytes.size(), image.out(), "access", VIPS_ACCESS_SEQUENTIAL,
                                nullptr);
      break;
    case ImageType::kPng:
      rc = vips_pngload_buffer(data, bytes.size(), image.out(), "access", VIPS_ACCESS_SEQUENTIAL,
                               nullptr);
      break;
    case ImageType::kWebp:
      rc = vips_webpload_buffer(data, bytes.size(), image.out(), "access", VIPS_ACCESS_SEQUENTIAL,
                                nullptr);
      break;
    case ImageType::kHeic:
      rc = vips_heifload_buffer(data, bytes.size(), image.out(), "access", VIPS_ACCESS_SEQUENTIAL,
                                nullptr);
      break;
  }
  if (rc != 0) {
    return Fail(
        Corrupt(fmt::format("unreadable {} header: {}", ImageTypeName(type), TakeVipsError())));
  }
  return image;
}

std::string_view Blob(VipsImage* image, const char* name) {
  if (vips_image_get_typeof(image, name) == 0) return {};
  const void* data = nullptr;
  size_t length = 0;
  if (vips_image_get_blob(image, name, &data, &length) != 0) {
    vips_error_clear();
    return {};
  }
  return {static_cast<const char*>(data), length};
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [](char a, char b) {
                       return std::tolower(static_cast<unsigned char>(a)) ==
                              std::tolower(static_cast<unsigned char>(b));
                     }) != haystack.end();
}

// Decodes every pixel (failing on truncated or corrupt data), applies the orientation,
// reduces to kStoredPhotoMaxWidth, converts to 8-bit sRGB without alpha and encodes the
// JPEG with no metadata.
Result<std::string> Normalise(std::string_view bytes, ImageType type, int* width, int* height) {
  void* data = const_cast<char*>(bytes.data());
  // vips_thumbnail_buffer picks its loader from the content; make sure it is ours.
  const char* loader = vips_foreign_find_load_buffer(data, bytes.size());
  std::string_view expected = type == ImageType::kJpeg   ? "jpeg"
                              : type == ImageType::kPng  ? "png"
                              : type == ImageType::kWebp ? "webp"
                                                         : "heif";
  if (loader == nullptr || !ContainsNoCase(loader, expected)) {
    return Fail(Corrupt(fmt::format("libvips would load the {} upload with {}", ImageTypeName(type),
                                    loader != nullptr ? loader : TakeVipsError())));
  }
  VipsImageRef image;
  if (vips_thumbnail_buffer(data, bytes.size(), image.out(), kStoredPhotoMaxWidth, "height",
                            VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                            // libvips 8.14 hands "fail_on" to the loader only this way.
                            "option_string", "fail_on=truncated", nullptr) != 0) {
    return Fail(Corrupt(
        fmt::format("cannot decode the {} upload: {}", ImageTypeName(type), TakeVipsError())));
  }
  if (vips_image_get_interpretation(image.get()) != VIPS_INTERPRETATION_sRGB) {
    VipsImageRef srgb;
    if (vips_colourspace(image.get(), srgb.out(), VIPS_INTERPRETATION_sRGB, nullptr) != 0) {
      return Fail(Corrupt(fmt::format("cannot convert to sRGB: {}", TakeVipsError())));
    }
    image = std::move(srgb);
  }
  if (vips_image_hasalpha(image.get())) {
    VipsArrayDouble* white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
    VipsImageRef flat;
    int rc = vips_flatten(image.get(), flat.out(), "background", white, nullptr);
    vips_area_unref(VIPS_AREA(white));
    if (rc != 0) return Fail(Corrupt(fmt::format("cannot flatten: {}", TakeVipsError())));
    image = std::move(flat);
  }
  if (vips_image_get_format(image.get()) != VIPS_FORMAT_UCHAR) {
    VipsImageRef cast;
    if (vips_cast(image.get(), cast.out(), VIPS_FORMAT_UCHAR, nullptr) != 0) {
      return Fail(Corrupt(fmt::format("cannot cast: {}", TakeVipsError())));
    }
    image = std::move(cast);
  }
  void* out = nullptr;
  size_t out_size = 0;
  // Encoding pulls every pixel through the pipeline: a decoding error surfaces here.
  if (vips_jpegsave_buffer(image.get(), &out, &out_size, "Q", kStoredPhotoJpegQuality, "strip",
                           TRUE, "optimize_coding", TRUE, "interlace", TRUE, nullptr) != 0) {
    return Fail(Corrupt(fmt::format("cannot decode or encode the {} upload: {}",
                                    ImageTypeName(type), TakeVipsError())));
  }
  std::string jpeg(static_cast<const char*>(out), out_size);
  g_free(out);
  *width = vips_image_get_width(image.get());
  *height = vips_image_get_height(image.get());
  return jpeg;
}

}  // namespace

Result<PhotoHeader> ReadPhotoHeader(std::string_view bytes, const MediaLimits& limits) {
  if (static_cast<int64_t>(bytes.size()) > limits.max_bytes) {
    return Fail(Error::InvalidArgument(
        fmt::format("upload of {} bytes over the limit of {}", bytes.size(), limits.max_bytes),
        fmt::format("Tệp ảnh quá lớn ({}). Mỗi ảnh tối đa {}.",
                    Megabytes(static_cast<int64_t>(bytes.size())), Megabytes(limits.max_bytes))));
  }
  auto type = DetectImageType(bytes);
  if (!type) return Fail(type.error());
  if (*type == ImageType::kHeic && !PhotoDecoderSupportsHeic()) {
    return Fail(Error::InvalidArgument(
        "HEIC upload without a HEIC decoder",
        "Máy chủ chưa đọc được ảnh HEIC. Hãy chuyển ảnh sang JPEG rồi gửi lại."));
  }
  StartVips();
  auto image = OpenHeader(bytes, *type);
  if (!image) return Fail(image.error());
  PhotoHeader header;
  header.type = *type;
  header.width = vips_image_get_width(image->get());
  header.height = vips_image_get_height(image->get());
  int64_t pixels = int64_t{header.width} * header.height;
  if (header.width > limits.max_side || header.height > limits.max_side ||
      pixels > limits.max_pixels) {
    return Fail(Error::InvalidArgument(
        fmt::format("{}x{} pixels over the limits ({} per side, {} in all)", header.width,
                    header.height, limits.max_side, limits.max_pixels),
        fmt::format("Ảnh quá lớn: {} × {} điểm ảnh. Ảnh được nhận tối đa {} megapixel, mỗi cạnh "
                    "không quá {} điểm ảnh.",
                    header.width, header.height, limits.max_pixels / 1'000'000, limits.max_side)));
  }
  int orientation = 1;
  if (vips_image_get_typeof(image->get(), VIPS_META_ORIENTATION) != 0 &&
      vips_image_get_int(image->get(), VIPS_META_ORIENTATION, &orientation) == 0 &&
      orientation >= 1 && orientation <= 8) {
    header.orientation = orientation;
  }
  header.text = MergePhotoText(ReadXmpText(Blob(image->get(), VIPS_META_XMP_NAME)),
                               ReadIptcText(Blob(image->get(), VIPS_META_IPTC_NAME)));
  return header;
}

Result<IngestedPhoto> IngestPhoto(std::string_view bytes, const MediaLimits& limits,
                                  const std::filesystem::path& media_dir) {
  // Cheap refusals (size, type) before waiting for a slot.
  if (static_cast<int64_t>(bytes.size()) > limits.max_bytes || !DetectImageType(bytes)) {
    auto refused = ReadPhotoHeader(bytes, limits);
    if (!refused) return Fail(refused.error());
  }
  PhotoWorkSlot slot;
  auto header = ReadPhotoHeader(bytes, limits);
  if (!header) return Fail(header.error());

  IngestedPhoto photo;
  photo.source_type = header->type;
  photo.text = header->text;
  auto jpeg = Normalise(bytes, header->type, &photo.width, &photo.height);
  if (!jpeg) {
    spdlog::debug("photo refused: {}", jpeg.error().message());
    return Fail(jpeg.error());
  }
  photo.hash = ContentHash(*jpeg);
  std::string name = photo.hash + ".jpg";
  photo.file = fmt::format("{}/{}", kPhotosFolder, name);
  photo.bytes = static_cast<int64_t>(jpeg->size());
  std::filesystem::path dir = media_dir / kPhotosFolder;
  std::error_code ec;
  if (std::filesystem::file_size(dir / name, ec) == jpeg->size() && !ec) {
    photo.already_stored = true;
    return photo;
  }
  TOASOAN_TRY(WriteFileAtomically(dir, name, *jpeg));
  return photo;
}

}  // namespace toasoan

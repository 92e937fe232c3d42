#include "media/photo_ingest.h"

#include <gtest/gtest.h>
#include <sys/mman.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "media/media_files.h"
#include "tests/media/photo_fixtures.h"
#include "text/nfc.h"

// x265 (libheif's HEVC encoder, used only here to make the HEIC fixture) keeps a
// global allocation until exit.
extern "C" const char* __lsan_default_suppressions() { return "leak:libx265.so\n"; }

namespace toasoan {
namespace {

using testing::FilesUnder;
using testing::MakeJpeg;
using testing::MakePng;
using testing::MakeWebp;
using testing::PhotoOptions;
using testing::ReadFile;
using testing::TempDir;

// Opens a stored file with libvips, for its dimensions and metadata.
VipsImageRef OpenStored(const std::filesystem::path& path) {
  StartVips();
  return VipsImageRef(vips_image_new_from_file(path.c_str(), nullptr));
}

// The APPn segments (0xE0-0xEF) of a JPEG before its first scan.
std::vector<int> AppSegments(std::string_view jpeg) {
  std::vector<int> markers;
  std::size_t at = 2;
  while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
    int marker = static_cast<unsigned char>(jpeg[at + 1]);
    if (marker == 0xDA) break;  // start of scan
    std::size_t length =
        (static_cast<unsigned char>(jpeg[at + 2]) << 8) | static_cast<unsigned char>(jpeg[at + 3]);
    if (marker >= 0xE0 && marker <= 0xEF) markers.push_back(marker);
    at += 2 + length;
  }
  return markers;
}

void ExpectRefused(const Result<IngestedPhoto>& result, std::string_view message_part) {
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(result.error().IsInvalidArgument()) << result.error().message();
  EXPECT_NE(result.error().user_message().find(message_part), std::string::npos)
      << result.error().user_message();
}

TEST(IngestPhoto, StoresAJpegAsAMetadataFreeJpegNamedByItsHash) {
  TempDir media;
  std::string upload = MakeJpeg(640, 480);
  ASSERT_FALSE(upload.empty());
  auto photo = IngestPhoto(upload, {}, media.path());
  ASSERT_TRUE(photo.has_value()) << photo.error().message();
  EXPECT_EQ(photo->source_type, ImageType::kJpeg);
  EXPECT_EQ(photo->width, 640);
  EXPECT_EQ(photo->height, 480);
  EXPECT_FALSE(photo->already_stored);
  std::string stored = ReadFile(media.path() / photo->file);
  EXPECT_EQ(photo->file, "photos/" + photo->hash + ".jpg");
  EXPECT_EQ(photo->hash, ContentHash(stored));
  EXPECT_EQ(photo->bytes, static_cast<int64_t>(stored.size()));
  EXPECT_EQ(DetectImageType(stored).value(), ImageType::kJpeg);
  EXPECT_EQ(FilesUnder(media.path()), std::vector<std::string>{photo->file});

  // The same upload again is recognised, and nothing new is written.
  auto again = IngestPhoto(upload, {}, media.path());
  ASSERT_TRUE(again.has_value());
  EXPECT_TRUE(again->already_stored);
  EXPECT_EQ(again->file, photo->file);
  EXPECT_EQ(FilesUnder(media.path()).size(), 1u);
}

TEST(IngestPhoto, StoresPngWithTransparencyAndWebpAsJpeg) {
  TempDir media;
  auto png = IngestPhoto(MakePng(300, 200, {.bands = 4}), {}, media.path());
  ASSERT_TRUE(png.has_value()) << png.error().message();
  EXPECT_EQ(png->source_type, ImageType::kPng);
  auto webp = IngestPhoto(MakeWebp(200, 300), {}, media.path());
  ASSERT_TRUE(webp.has_value()) << webp.error().message();
  EXPECT_EQ(webp->source_type, ImageType::kWebp);
  auto grey = IngestPhoto(MakePng(120, 80, {.bands = 1}), {}, media.path());
  ASSERT_TRUE(grey.has_value()) << grey.error().message();

  for (const auto* photo : {&*png, &*webp, &*grey}) {
    VipsImageRef stored = OpenStored(media.path() / photo->file);
    ASSERT_TRUE(stored);
    EXPECT_EQ(vips_image_get_width(stored.get()), photo->width);
    EXPECT_EQ(vips_image_get_height(stored.get()), photo->height);
    EXPECT_EQ(vips_image_get_bands(stored.get()), 3) << "sRGB, alpha flattened";
    EXPECT_EQ(DetectImageType(ReadFile(media.path() / photo->file)).value(), ImageType::kJpeg);
  }
  EXPECT_EQ(png->width, 300);
  EXPECT_EQ(webp->height, 300);
}

TEST(IngestPhoto, ConvertsSixteenBitAndCmykPhotosToEightBitSrgb) {
  TempDir media;
  // A 16-bit RGBA PNG (scanners, some editors).
  VipsImageRef rgba = testing::NoiseImage(200, 100, {.bands = 4});
  VipsImageRef scaled, sixteen;
  ASSERT_EQ(vips_linear1(rgba.get(), scaled.out(), 257.0, 0.0, nullptr), 0);
  ASSERT_EQ(vips_cast(scaled.get(), sixteen.out(), VIPS_FORMAT_USHORT, nullptr), 0);
  VipsImageRef rgb16;
  ASSERT_EQ(
      vips_copy(sixteen.get(), rgb16.out(), "interpretation", VIPS_INTERPRETATION_RGB16, nullptr),
      0);
  void* data = nullptr;
  size_t size = 0;
  int rc = vips_pngsave_buffer(rgb16.get(), &data, &size, nullptr);
  std::string png16 = testing::TakeBuffer(rc, data, size);
  ASSERT_FALSE(png16.empty());
  // A CMYK JPEG (print workflows), through libvips' built-in CMYK profile.
  VipsImageRef rgb = testing::NoiseImage(120, 90);
  VipsImageRef cmyk;
  std::string cmyk_jpeg;
  if (vips_icc_export(rgb.get(), cmyk.out(), "output_profile", "cmyk", nullptr) == 0) {
    rc = vips_jpegsave_buffer(cmyk.get(), &data, &size, nullptr);
    cmyk_jpeg = testing::TakeBuffer(rc, data, size);
  }
  for (const std::string& upload : {png16, cmyk_jpeg}) {
    if (upload.empty()) continue;
    auto photo = IngestPhoto(upload, {}, media.path());
    ASSERT_TRUE(photo.has_value()) << photo.error().message();
    VipsImageRef stored(vips_image_new_from_file((media.path() / photo->file).c_str(), nullptr));
    ASSERT_TRUE(stored);
    EXPECT_EQ(vips_image_get_bands(stored.get()), 3);
    EXPECT_EQ(vips_image_get_format(stored.get()), VIPS_FORMAT_UCHAR);
    EXPECT_EQ(vips_image_get_interpretation(stored.get()), VIPS_INTERPRETATION_sRGB);
  }
  EXPECT_FALSE(cmyk_jpeg.empty()) << "libvips could not make the CMYK fixture";
}

TEST(IngestPhoto, ReducesWidePhotosTo2400PixelsWideAndNeverEnlarges) {
  TempDir media;
  auto wide = IngestPhoto(MakeJpeg(3000, 1500), {}, media.path());
  ASSERT_TRUE(wide.has_value()) << wide.error().message();
  EXPECT_EQ(wide->width, 2400);
  EXPECT_EQ(wide->height, 1200);
  // A tall photo is limited by its width only.
  auto tall = IngestPhoto(MakeJpeg(1000, 2600), {}, media.path());
  ASSERT_TRUE(tall.has_value());
  EXPECT_EQ(tall->width, 1000);
  EXPECT_EQ(tall->height, 2600);
}

TEST(IngestPhoto, AppliesExifOrientationAndStripsGpsAndAllOtherMetadata) {
  TempDir media;
  std::string xmp = testing::XmpPacket("Chú thích", "Thúy Loan", "Truyền Thanh");
  std::string upload =
      MakeJpeg(300, 200, {.orientation = 6, .exif = testing::ExifWithGps(), .xmp = xmp});
  {  // The fixture really carries GPS, orientation and XMP.
    StartVips();
    VipsImageRef in(vips_image_new_from_buffer(upload.data(), upload.size(), "", nullptr));
    ASSERT_TRUE(in);
    EXPECT_NE(vips_image_get_typeof(in.get(), "exif-ifd3-GPSLatitude"), 0u);
    EXPECT_NE(vips_image_get_typeof(in.get(), VIPS_META_XMP_NAME), 0u);
    int orientation = 0;
    ASSERT_EQ(vips_image_get_int(in.get(), VIPS_META_ORIENTATION, &orientation), 0);
    EXPECT_EQ(orientation, 6);
  }
  auto header = ReadPhotoHeader(upload, {});
  ASSERT_TRUE(header.has_value());
  EXPECT_EQ(header->orientation, 6);
  EXPECT_EQ(header->width, 300);

  auto photo = IngestPhoto(upload, {}, media.path());
  ASSERT_TRUE(photo.has_value()) << photo.error().message();
  EXPECT_EQ(photo->width, 200);  // rotated upright: width and height swapped
  EXPECT_EQ(photo->height, 300);
  EXPECT_EQ(photo->text.caption, "Chú thích");

  std::string stored = ReadFile(media.path() / photo->file);
  VipsImageRef out = OpenStored(media.path() / photo->file);
  ASSERT_TRUE(out);
  EXPECT_EQ(vips_image_get_width(out.get()), 200);
  for (const char* field :
       {VIPS_META_EXIF_NAME, VIPS_META_XMP_NAME, VIPS_META_IPTC_NAME, VIPS_META_ICC_NAME,
        "exif-ifd3-GPSLatitude", "exif-ifd0-Make", VIPS_META_ORIENTATION}) {
    EXPECT_EQ(vips_image_get_typeof(out.get(), field), 0u) << field;
  }
  // At the byte level: no APP1 (EXIF, XMP), APP2 (ICC) or APP13 (IPTC) segment at all.
  for (int marker : AppSegments(stored)) EXPECT_EQ(marker, 0xE0) << std::hex << marker;
  EXPECT_EQ(stored.find("Exif"), std::string::npos);
  EXPECT_EQ(stored.find("Canon"), std::string::npos);
  EXPECT_EQ(stored.find("Thúy Loan"), std::string::npos);
}

TEST(IngestPhoto, PrefillsCaptionAndCreditFromIptcAndXmp) {
  TempDir media;
  std::string iim = testing::IimDataset(1, 90, "\x1B%G") +
                    testing::IimDataset(2, 120, ToNfd("Ô Môn mùa nước nổi")) +
                    testing::IimDataset(2, 80, "Thúy Loan") +
                    testing::IimDataset(2, 110, "Truyền Thanh");
  std::string iptc_jpeg = MakeJpeg(200, 150, {.iptc = testing::Photoshop13(iim)});
  auto iptc = IngestPhoto(iptc_jpeg, {}, media.path());
  ASSERT_TRUE(iptc.has_value()) << iptc.error().message();
  EXPECT_EQ(iptc->text.caption, "Ô Môn mùa nước nổi");
  EXPECT_TRUE(IsNfc(iptc->text.caption));
  EXPECT_EQ(iptc->text.credit, "Thúy Loan, Truyền Thanh");

  // XMP is preferred when both are present.
  std::string both_jpeg = MakeJpeg(200, 150,
                                   {.xmp = testing::XmpPacket("Bến Ninh Kiều", "Minh Trí", "TTXVN"),
                                    .iptc = testing::Photoshop13(iim)});
  auto both = IngestPhoto(both_jpeg, {}, media.path());
  ASSERT_TRUE(both.has_value());
  EXPECT_EQ(both->text.caption, "Bến Ninh Kiều");
  EXPECT_EQ(both->text.credit, "Minh Trí, TTXVN");

  // PNG and WebP carry XMP too.
  auto png = IngestPhoto(MakePng(100, 80, {.xmp = testing::XmpPacket("Ảnh PNG", "A", "")}), {},
                         media.path());
  ASSERT_TRUE(png.has_value());
  EXPECT_EQ(png->text.caption, "Ảnh PNG");
  auto webp = IngestPhoto(MakeWebp(100, 80, {.xmp = testing::XmpPacket("Ảnh WebP", "B", "")}), {},
                          media.path());
  ASSERT_TRUE(webp.has_value());
  EXPECT_EQ(webp->text.caption, "Ảnh WebP");

  auto plain = IngestPhoto(MakeJpeg(100, 80), {}, media.path());
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->text.caption, "");
  EXPECT_EQ(plain->text.credit, "");
}

TEST(IngestPhoto, RefusesATruncatedJpegAndLeavesNothing) {
  TempDir media;
  std::string jpeg = MakeJpeg(1200, 900);
  for (std::size_t keep : {jpeg.size() / 2, jpeg.size() - 200, std::size_t{700}}) {
    auto result = IngestPhoto(std::string_view(jpeg).substr(0, keep), {}, media.path());
    ExpectRefused(result, "bị hỏng hoặc không trọn vẹn");
  }
  std::string png = MakePng(600, 400);
  ExpectRefused(IngestPhoto(std::string_view(png).substr(0, png.size() / 2), {}, media.path()),
                "bị hỏng");
  std::string webp = MakeWebp(600, 400);
  ExpectRefused(IngestPhoto(std::string_view(webp).substr(0, webp.size() / 2), {}, media.path()),
                "bị hỏng");
  EXPECT_TRUE(FilesUnder(media.path()).empty());
}

TEST(IngestPhoto, RefusesHtmlNamedJpgSvgAndGifByTheirContent) {
  TempDir media;
  // An "anh.jpg" that is a web page: IngestPhoto is not even told a name.
  ExpectRefused(IngestPhoto("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>",
                            {}, media.path()),
                "HTML");
  ExpectRefused(IngestPhoto("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                            "width=\"10\" height=\"10\"><script>alert(1)</script></svg>",
                            {}, media.path()),
                "SVG");
  std::string gif = testing::MakeGif(40, 30);
  ASSERT_FALSE(gif.empty());
  ExpectRefused(IngestPhoto(gif, {}, media.path()), "GIF");
  // A JPEG signature followed by HTML is a corrupt JPEG, not a page.
  ExpectRefused(
      IngestPhoto(std::string("\xFF\xD8\xFF<html><script>alert(1)</script>"), {}, media.path()),
      "bị hỏng");
  EXPECT_TRUE(FilesUnder(media.path()).empty());
}

TEST(IngestPhoto, RefusesAPngDecompressionBombBeforeDecoding) {
  TempDir media;
  std::string bomb = testing::PngBomb(20'000);
  EXPECT_LT(bomb.size(), 64u * 1024) << "a small file";
  // It is a well-formed PNG: with limits raised, its header reads as 20,000 × 20,000.
  auto header = ReadPhotoHeader(bomb, {.max_pixels = 1'000'000'000, .max_side = 30'000});
  ASSERT_TRUE(header.has_value()) << header.error().message();
  EXPECT_EQ(header->width, 20'000);
  EXPECT_EQ(header->height, 20'000);

  auto start = std::chrono::steady_clock::now();
  auto result = IngestPhoto(bomb, {}, media.path());
  auto elapsed = std::chrono::steady_clock::now() - start;
  ExpectRefused(result, "20000 × 20000 điểm ảnh");
  EXPECT_NE(result.error().user_message().find("50 megapixel"), std::string::npos);
  // Decoding 400 megapixels takes seconds and 400 MB; reading the header, milliseconds.
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
  EXPECT_TRUE(FilesUnder(media.path()).empty());

  // Each side is limited too, and the pixel count alone.
  ExpectRefused(IngestPhoto(testing::PngBomb(2'000), {.max_pixels = 1'000'000}, media.path()),
                "quá lớn");
  ExpectRefused(IngestPhoto(MakeJpeg(400, 10), {.max_side = 300}, media.path()), "400 × 10");
}

TEST(IngestPhoto, RefusesA200MegabyteUploadBySizeWithoutReadingIt) {
  TempDir media;
  MediaLimits defaults;
  EXPECT_EQ(defaults.max_bytes, 25 * 1024 * 1024);
  // 200 MB of address space that is never touched (zero pages, no memory used).
  constexpr std::size_t kSize = 200u * 1024 * 1024;
  void* map = mmap(nullptr, kSize, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  ASSERT_NE(map, MAP_FAILED);
  auto result =
      IngestPhoto(std::string_view(static_cast<const char*>(map), kSize), defaults, media.path());
  munmap(map, kSize);
  ExpectRefused(result, "Tệp ảnh quá lớn (200 MB). Mỗi ảnh tối đa 25 MB.");

  // A configurable limit: a good photo over a small limit is refused the same way.
  std::string jpeg = MakeJpeg(200, 100);
  ExpectRefused(
      IngestPhoto(jpeg, {.max_bytes = static_cast<int64_t>(jpeg.size()) - 1}, media.path()),
      "quá lớn");
  EXPECT_TRUE(IngestPhoto(jpeg, {.max_bytes = static_cast<int64_t>(jpeg.size())}, media.path())
                  .has_value());
}

TEST(IngestPhoto, ReadsHeicWhenLibvipsCan) {
  if (!PhotoDecoderSupportsHeic()) GTEST_SKIP() << "this libvips has no HEIC decoder";
  std::string heic = testing::MakeHeic(320, 240);
  if (heic.empty()) GTEST_SKIP() << "this libvips cannot encode HEIC to make the fixture";
  EXPECT_EQ(DetectImageType(heic).value(), ImageType::kHeic);
  TempDir media;
  auto photo = IngestPhoto(heic, {}, media.path());
  ASSERT_TRUE(photo.has_value()) << photo.error().message();
  EXPECT_EQ(photo->source_type, ImageType::kHeic);
  EXPECT_EQ(photo->width, 320);
  EXPECT_EQ(DetectImageType(ReadFile(media.path() / photo->file)).value(), ImageType::kJpeg);
  ExpectRefused(IngestPhoto(std::string_view(heic).substr(0, heic.size() / 2), {}, media.path()),
                "bị hỏng");
}

TEST(IngestPhoto, RunsFromManyThreadsAtOnce) {
  TempDir media;
  std::vector<std::string> uploads;
  for (int i = 0; i < 6; ++i) uploads.push_back(MakeJpeg(400 + i * 10, 300));
  std::vector<Result<IngestedPhoto>> results(uploads.size(), Fail(Error::Internal("not run")));
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < uploads.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = IngestPhoto(uploads[i], {}, media.path()); });
  }
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < results.size(); ++i) {
    ASSERT_TRUE(results[i].has_value()) << results[i].error().message();
    EXPECT_EQ(results[i]->width, 400 + static_cast<int>(i) * 10);
  }
  EXPECT_EQ(FilesUnder(media.path()).size(), uploads.size());
}

}  // namespace
}  // namespace toasoan

#include "media/photo_variants.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "media/image_type.h"
#include "media/photo_ingest.h"
#include "tests/media/photo_fixtures.h"

namespace toasoan {
namespace {

using testing::FilesUnder;
using testing::MakeJpeg;
using testing::ReadFile;
using testing::TempDir;

IngestedPhoto Ingest(const TempDir& media, int width, int height) {
  auto photo = IngestPhoto(MakeJpeg(width, height), {}, media.path());
  EXPECT_TRUE(photo.has_value()) << photo.error().message();
  return photo.value_or(IngestedPhoto{});
}

TEST(VariantWidths, NeverWiderThanTheOriginalAndReachItsFullSize) {
  std::vector<int> standard = {480, 960, 1600};
  EXPECT_EQ(VariantWidths(2400, standard), (std::vector<int>{480, 960, 1600}));
  EXPECT_EQ(VariantWidths(1600, standard), (std::vector<int>{480, 960, 1600}));
  EXPECT_EQ(VariantWidths(1200, standard), (std::vector<int>{480, 960, 1200}));
  EXPECT_EQ(VariantWidths(700, standard), (std::vector<int>{480, 700}));
  EXPECT_EQ(VariantWidths(300, standard), (std::vector<int>{300}));
  EXPECT_EQ(VariantWidths(0, standard), (std::vector<int>{}));
  EXPECT_EQ(VariantWidths(2000, {960, 480, 960}), (std::vector<int>{480, 960}));
}

TEST(MakeVariants, MakesWebpAndJpegAt480960And1600SmallerThanTheOriginal) {
  TempDir media;
  IngestedPhoto photo = Ingest(media, 2400, 1600);
  ASSERT_EQ(photo.width, 2400);
  auto variants = MakeVariants(media.path(), photo.file);
  ASSERT_TRUE(variants.has_value()) << variants.error().message();
  ASSERT_EQ(variants->size(), 6u);
  const int widths[] = {480, 480, 960, 960, 1600, 1600};
  for (std::size_t i = 0; i < variants->size(); ++i) {
    const PhotoVariant& v = (*variants)[i];
    VariantFormat format = i % 2 == 0 ? VariantFormat::kWebp : VariantFormat::kJpeg;
    EXPECT_EQ(v.format, format);
    EXPECT_EQ(v.width, widths[i]);
    EXPECT_EQ(v.height, std::lround(widths[i] * 2.0 / 3)) << "aspect ratio kept";
    std::string expected_name = "photos/" + photo.hash + "-" + std::to_string(widths[i]) +
                                (format == VariantFormat::kWebp ? ".webp" : ".jpg");
    EXPECT_EQ(v.file, expected_name);
    std::string bytes = ReadFile(media.path() / v.file);
    EXPECT_EQ(v.bytes, static_cast<int64_t>(bytes.size()));
    EXPECT_LT(v.bytes, photo.bytes) << v.file;
    EXPECT_EQ(DetectImageType(bytes).value(),
              format == VariantFormat::kWebp ? ImageType::kWebp : ImageType::kJpeg);
    VipsImageRef image(vips_image_new_from_file((media.path() / v.file).c_str(), nullptr));
    ASSERT_TRUE(image);
    EXPECT_EQ(vips_image_get_width(image.get()), v.width);
    EXPECT_EQ(vips_image_get_height(image.get()), v.height);
    EXPECT_EQ(vips_image_get_typeof(image.get(), VIPS_META_EXIF_NAME), 0u) << v.file;
    EXPECT_EQ(bytes.find("Exif"), std::string::npos) << v.file;
    EXPECT_EQ(bytes.find("EXIF"), std::string::npos) << v.file;
  }
  EXPECT_EQ(VariantMimeType((*variants)[0].format), "image/webp");
  EXPECT_EQ(VariantMimeType((*variants)[1].format), "image/jpeg");
  EXPECT_EQ(FilesUnder(media.path()).size(), 7u);  // the original and six variants
}

TEST(MakeVariants, NeverUpscalesASmallPhoto) {
  TempDir media;
  IngestedPhoto photo = Ingest(media, 700, 500);
  auto variants = MakeVariants(media.path(), photo.file);
  ASSERT_TRUE(variants.has_value()) << variants.error().message();
  ASSERT_EQ(variants->size(), 4u);
  for (const PhotoVariant& v : *variants) EXPECT_LE(v.width, 700) << v.file;
  EXPECT_EQ((*variants)[0].width, 480);
  EXPECT_EQ((*variants)[2].width, 700);
  EXPECT_EQ((*variants)[2].height, 500);
}

TEST(MakeVariants, KeepsVariantsMadeBeforeAndIsRepeatable) {
  TempDir media;
  IngestedPhoto photo = Ingest(media, 1000, 600);
  auto first = MakeVariants(media.path(), photo.file);
  ASSERT_TRUE(first.has_value());
  auto mtime = std::filesystem::last_write_time(media.path() / (*first)[0].file);
  auto second = MakeVariants(media.path(), photo.file);
  ASSERT_TRUE(second.has_value());
  ASSERT_EQ(second->size(), first->size());
  for (std::size_t i = 0; i < first->size(); ++i) {
    EXPECT_EQ((*second)[i].file, (*first)[i].file);
    EXPECT_EQ((*second)[i].width, (*first)[i].width);
    EXPECT_EQ((*second)[i].height, (*first)[i].height);
    EXPECT_EQ((*second)[i].bytes, (*first)[i].bytes);
  }
  EXPECT_EQ(std::filesystem::last_write_time(media.path() / (*first)[0].file), mtime);
}

TEST(MakeVariants, RemovesWhatItWroteWhenItFailsHalfway) {
  TempDir media;
  IngestedPhoto photo = Ingest(media, 2000, 1000);
  // A folder where the last variant must go makes its rename fail after five were written.
  std::filesystem::create_directories(media.path() / "photos" / (photo.hash + "-1600.jpg"));
  auto variants = MakeVariants(media.path(), photo.file);
  ASSERT_FALSE(variants.has_value());
  EXPECT_EQ(variants.error().code(), ErrorCode::kIo);
  EXPECT_EQ(FilesUnder(media.path()), std::vector<std::string>{photo.file});
}

TEST(MakeVariants, RefusesNamesOutsideThePhotoLibrary) {
  TempDir media;
  EXPECT_TRUE(MakeVariants(media.path(), "../etc/passwd").error().IsInvalidArgument());
  EXPECT_TRUE(MakeVariants(media.path(), "photos/../../x.jpg").error().IsInvalidArgument());
  EXPECT_TRUE(MakeVariants(media.path(), "photos/0123456789abcdef0123456789ABCDEF.jpg")
                  .error()
                  .IsInvalidArgument());
  EXPECT_TRUE(MakeVariants(media.path(), "photos/0123456789abcdef0123456789abcdef.jpg")
                  .error()
                  .IsNotFound());
  // A stored file that does not decode.
  std::filesystem::create_directories(media.path() / "photos");
  std::string jpeg = MakeJpeg(800, 600);
  std::ofstream(media.path() / "photos/0123456789abcdef0123456789abcdef.jpg", std::ios::binary)
      << jpeg.substr(0, jpeg.size() / 2);
  auto broken = MakeVariants(media.path(), "photos/0123456789abcdef0123456789abcdef.jpg");
  ASSERT_FALSE(broken.has_value());
  EXPECT_EQ(broken.error().code(), ErrorCode::kCorruption);
  EXPECT_EQ(FilesUnder(media.path()).size(), 1u);
}

}  // namespace
}  // namespace toasoan

#include "media/webp_metadata.h"

#include <gtest/gtest.h>

#include <string>

#include "media/image_type.h"
#include "tests/media/photo_fixtures.h"

namespace toasoan {
namespace {

TEST(StripWebpMetadata, DropsExifXmpAndIccAndTheirFlags) {
  std::string xmp = testing::XmpPacket("Chú thích", "Thúy Loan", "Truyền Thanh");
  std::string webp = testing::MakeWebp(64, 48, {.exif = testing::ExifWithGps(), .xmp = xmp});
  ASSERT_NE(webp.find("EXIF"), std::string::npos) << "the fixture carries EXIF";
  ASSERT_NE(webp.find("XMP "), std::string::npos) << "the fixture carries XMP";

  auto stripped = StripWebpMetadata(webp);
  ASSERT_TRUE(stripped.has_value()) << stripped.error().message();
  EXPECT_EQ(stripped->find("EXIF"), std::string::npos);
  EXPECT_EQ(stripped->find("XMP "), std::string::npos);
  EXPECT_EQ(stripped->find("Thúy Loan"), std::string::npos);
  EXPECT_LT(stripped->size(), webp.size());
  // RIFF size is the file size minus 8; the VP8X flags name no metadata.
  uint32_t riff = 0;
  for (int i = 3; i >= 0; --i) riff = (riff << 8) | static_cast<unsigned char>((*stripped)[4 + i]);
  EXPECT_EQ(riff, stripped->size() - 8);
  std::size_t vp8x = stripped->find("VP8X");
  if (vp8x != std::string::npos) {
    EXPECT_EQ((*stripped)[vp8x + 8] & 0x2C, 0);
  }

  // Still a WebP that libvips decodes, with no metadata.
  VipsImageRef image(vips_image_new_from_buffer(stripped->data(), stripped->size(), "", nullptr));
  ASSERT_TRUE(image);
  EXPECT_EQ(vips_image_get_width(image.get()), 64);
  EXPECT_EQ(vips_image_get_typeof(image.get(), VIPS_META_EXIF_NAME), 0u);
  EXPECT_EQ(vips_image_get_typeof(image.get(), VIPS_META_XMP_NAME), 0u);
  VipsImageRef pixels(vips_image_copy_memory(image.get()));
  EXPECT_TRUE(pixels);
}

TEST(StripWebpMetadata, RefusesMalformedFiles) {
  EXPECT_FALSE(StripWebpMetadata("RIFF").has_value());
  EXPECT_FALSE(StripWebpMetadata(std::string("RIFF\x10\0\0\0WEBPVP8 \xFF\0\0\0", 20)).has_value());
  std::string webp = testing::MakeWebp(32, 32);
  EXPECT_FALSE(StripWebpMetadata(webp.substr(0, webp.size() - 10)).has_value());
  EXPECT_TRUE(StripWebpMetadata(webp).has_value());
}

}  // namespace
}  // namespace toasoan

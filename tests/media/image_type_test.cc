#include "media/image_type.h"

#include <gtest/gtest.h>

#include <string>

namespace toasoan {
namespace {

using namespace std::string_literals;

std::string UserMessage(std::string_view bytes) {
  auto type = DetectImageType(bytes);
  EXPECT_FALSE(type.has_value());
  if (type) return {};
  EXPECT_TRUE(type.error().IsInvalidArgument());
  return type.error().user_message();
}

TEST(DetectImageType, AcceptsPhotoFormatsByTheirMagicBytes) {
  EXPECT_EQ(DetectImageType("\xFF\xD8\xFF\xE0\x00\x10JFIF\0"s).value(), ImageType::kJpeg);
  EXPECT_EQ(DetectImageType("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR"s).value(), ImageType::kPng);
  EXPECT_EQ(DetectImageType("RIFF\x24\0\0\0WEBPVP8 "s).value(), ImageType::kWebp);
  EXPECT_EQ(DetectImageType("\0\0\0\x18"
                            "ftypheic\0\0\0\0mif1heic"s)
                .value(),
            ImageType::kHeic);
  // A generic major brand with HEVC among the compatible brands (some phones).
  EXPECT_EQ(DetectImageType("\0\0\0\x18"
                            "ftypmif1\0\0\0\0mif1heic"s)
                .value(),
            ImageType::kHeic);
}

TEST(DetectImageType, RefusesHtmlWhateverItsName) {
  // What a ".jpg" upload that is really a web page looks like: the name plays no part.
  for (std::string html :
       {"<!DOCTYPE html><html><body><script>alert(1)</script>"s,
        "\xEF\xBB\xBF  <html lang=\"vi\"><head>"s, "\n<script>alert(1)</script>"s,
        "<p>Xin chào</p>"s, "<!-- x --><div>"s}) {
    std::string message = UserMessage(html);
    EXPECT_NE(message.find("HTML"), std::string::npos) << html;
    EXPECT_NE(message.find("Chỉ nhận ảnh JPEG, PNG, WebP hoặc HEIC."), std::string::npos);
  }
}

TEST(DetectImageType, RefusesSvgBecauseOfScripts) {
  for (
      std::string svg :
      {"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"s,
       "<svg onload=\"alert(1)\"/>"s,
       "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\"><SVG/>"s}) {
    std::string message = UserMessage(svg);
    EXPECT_NE(message.find("SVG"), std::string::npos) << svg;
    EXPECT_NE(message.find("script"), std::string::npos);
  }
}

TEST(DetectImageType, RefusesGifAvifAndOtherFiles) {
  EXPECT_NE(UserMessage("GIF89a\x01\0\x01\0"s).find("GIF"), std::string::npos);
  EXPECT_NE(UserMessage("\0\0\0\x1C"
                        "ftypavif\0\0\0\0avifmif1miaf"s)
                .find("AVIF"),
            std::string::npos);
  EXPECT_NE(UserMessage("\0\0\0\x18"
                        "ftypisom\0\0\0\0isomiso2"s)
                .find("video"),
            std::string::npos);
  EXPECT_NE(UserMessage("%PDF-1.7\n"s).find("Không nhận ra"), std::string::npos);
  EXPECT_NE(UserMessage("BM\x36\0\0\0"s).find("Không nhận ra"), std::string::npos);
  EXPECT_NE(UserMessage(""s).find("rỗng"), std::string::npos);
  // The magic bytes must be at the start: a JPEG signature later on does not count.
  EXPECT_FALSE(DetectImageType("xx\xFF\xD8\xFF"s).has_value());
  EXPECT_FALSE(DetectImageType("RIFF\0\0\0\0WAVE"s).has_value());
}

}  // namespace
}  // namespace toasoan

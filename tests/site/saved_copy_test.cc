#include "site/saved_copy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../store/temp_dir.h"

namespace toasoan {
namespace {

void Write(const std::filesystem::path& file, const std::string& bytes) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

Photo WithFile(int64_t id, std::string file) {
  Photo p;
  p.id = id;
  p.file = std::move(file);
  return p;
}

TEST(DataUrlTest, EncodesBase64WithPadding) {
  EXPECT_EQ(DataUrl("image/png", ""), "data:image/png;base64,");
  EXPECT_EQ(DataUrl("image/png", "M"), "data:image/png;base64,TQ==");
  EXPECT_EQ(DataUrl("image/png", "Ma"), "data:image/png;base64,TWE=");
  EXPECT_EQ(DataUrl("image/png", "Man"), "data:image/png;base64,TWFu");
  EXPECT_EQ(DataUrl("image/jpeg", std::string("\xff\xd8\xff\xe0\x00\x10", 6)),
            "data:image/jpeg;base64,/9j/4AAQ");
}

TEST(LoadOfflineAssetsTest, InlinesTheStylesheetAndEachPhotoWithAFile) {
  TempDir dir;
  Write(dir.path() / "print.css", "body { color: #000; }");
  Write(dir.path() / "media/2020/10/anh.jpg", std::string("\xff\xd8\xff\xe0\x00\x10", 6));
  Write(dir.path() / "media/2020/10/so-do.png", "Man");
  Article a;
  a.photos = {WithFile(1, "2020/10/anh.jpg"), WithFile(2, "2020/10/so-do.png"), Photo{}};
  const OfflineAssets assets = LoadOfflineAssets(
      {.stylesheet = dir.path() / "print.css", .media_dir = dir.path() / "media"}, a);
  EXPECT_EQ(assets.css, "body { color: #000; }");
  ASSERT_EQ(assets.photo_data_urls.size(), 2u);
  EXPECT_EQ(assets.photo_data_urls.at("2020/10/anh.jpg"), "data:image/jpeg;base64,/9j/4AAQ");
  EXPECT_EQ(assets.photo_data_urls.at("2020/10/so-do.png"), "data:image/png;base64,TWFu");
}

TEST(LoadOfflineAssetsTest, LeavesOutWhatItMustNotOrCannotInline) {
  TempDir dir;
  Write(dir.path() / "secret.jpg", "not for readers");
  Write(dir.path() / "media/ve.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  Write(dir.path() / "media/lon.jpg", std::string(kMaxInlinePhotoBytes + 1, 'x'));
  Article a;
  a.photos = {WithFile(1, "../secret.jpg"), WithFile(2, "/etc/passwd.jpg"),
              WithFile(3, "ve.svg"),        WithFile(4, "lon.jpg"),
              WithFile(5, "khong-co.jpg"),  WithFile(6, "a//b.jpg")};
  const OfflineAssets assets = LoadOfflineAssets(
      {.stylesheet = dir.path() / "missing.css", .media_dir = dir.path() / "media"}, a);
  EXPECT_TRUE(assets.css.empty());
  EXPECT_TRUE(assets.photo_data_urls.empty());
}

TEST(AttachmentDispositionTest, NamesTheFileAfterTheSlug) {
  EXPECT_EQ(AttachmentDisposition("o-mon-thoi-lai-1"),
            "attachment; filename=\"o-mon-thoi-lai-1.html\"; "
            "filename*=UTF-8''o-mon-thoi-lai-1.html");
  EXPECT_EQ(AttachmentDisposition(""),
            "attachment; filename=\"bai-viet.html\"; filename*=UTF-8''bai-viet.html");
}

TEST(AttachmentDispositionTest, KeepsOddNamesSafe) {
  // A quote or a CR/LF could end the header or the parameter; Vietnamese letters go to
  // filename* percent-encoded, and one '-' each in the ASCII name.
  EXPECT_EQ(AttachmentDisposition("Ô \"x\"\r\nSet-Cookie: a"),
            "attachment; filename=\"-x-Set-Cookie-a.html\"; "
            "filename*=UTF-8''%C3%94%20%22x%22%0D%0ASet-Cookie%3A%20a.html");
}

}  // namespace
}  // namespace toasoan

#include "html/url_policy.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace toasoan {
namespace {

SanitizeOptions Site() {
  SanitizeOptions o;
  o.base_url = "https://phusa.gov.vn/";
  return o;
}

std::string Link(std::string_view raw) {
  std::optional<SafeLink> link = CleanLinkUrl(raw, Site());
  if (!link) return "REFUSED";
  return link->href + (link->external ? " [external]" : "");
}

std::string Image(std::string_view raw) { return CleanImageUrl(raw, Site()).value_or("REFUSED"); }

TEST(CleanLinkUrlTest, AllowsWebMailAndSiteLinks) {
  EXPECT_EQ(Link("https://baochinhphu.vn/a?b=1#c"), "https://baochinhphu.vn/a?b=1#c [external]");
  EXPECT_EQ(Link("http://example.vn"), "http://example.vn [external]");
  EXPECT_EQ(Link("HTTPS://Example.VN/X"), "https://Example.VN/X [external]");
  EXPECT_EQ(Link("https://[::1]:8080/a"), "https://[::1]:8080/a [external]");
  EXPECT_EQ(Link("mailto:toasoan@phusa.gov.vn"), "mailto:toasoan@phusa.gov.vn");
  EXPECT_EQ(Link("MAILTO:a@b.vn"), "mailto:a@b.vn");
  EXPECT_EQ(Link("/quan-uy/bai-1"), "/quan-uy/bai-1");
  EXPECT_EQ(Link("#muc-2"), "#muc-2");
  EXPECT_EQ(Link("?trang=2"), "?trang=2");
}

TEST(CleanLinkUrlTest, MakesTheSitesOwnUrlsRelative) {
  EXPECT_EQ(Link("https://phusa.gov.vn/quan-uy"), "/quan-uy");
  EXPECT_EQ(Link("HTTPS://PHUSA.GOV.VN"), "/");
  EXPECT_EQ(Link("https://phusa.gov.vn?q=1"), "/?q=1");
  EXPECT_EQ(Link("https://phusa.gov.vn#a"), "/#a");
  // A longer host is another site; a "//" path would become protocol-relative.
  EXPECT_EQ(Link("https://phusa.gov.vn.evil.example/"),
            "https://phusa.gov.vn.evil.example/ [external]");
  EXPECT_EQ(Link("https://phusa.gov.vn//evil.example"),
            "https://phusa.gov.vn//evil.example [external]");
}

TEST(CleanLinkUrlTest, CleansLikeABrowserBeforeJudging) {
  EXPECT_EQ(Link("  /a  "), "/a");
  EXPECT_EQ(Link("\x01\x02/a\x1f"), "/a");
  EXPECT_EQ(Link("/a\tb\nc\r"), "/abc");
  EXPECT_EQ(Link("/a b"), "/a%20b");
  EXPECT_EQ(Link("java\tscript:alert(1)"), "REFUSED");
  EXPECT_EQ(Link("java\nscript:alert(1)"), "REFUSED");
  EXPECT_EQ(Link(" \x0e javascript:alert(1)"), "REFUSED");
}

TEST(CleanLinkUrlTest, RefusesEverythingElse) {
  for (std::string_view raw : {"javascript:alert(1)",
                               "JaVaScRiPt:alert(1)",
                               "vbscript:msgbox(1)",
                               "data:text/html,<script>alert(1)</script>",
                               "file:///etc/passwd",
                               "tel:02923",
                               "ftp://a",
                               "//evil.example/",
                               "/\\evil.example",
                               "\\\\evil.example",
                               "https:\\\\evil.example",
                               "https://phusa.gov.vn@evil.example/",
                               "https://",
                               "https:evil.example",
                               "http:/a",
                               "mailto:",
                               "a/b",
                               "../a",
                               "x:y",
                               "/a\x01"
                               "b",
                               "/a\x7f",
                               "/a\xc2\x85",
                               "/a\xff",
                               "",
                               "   "}) {
    EXPECT_EQ(Link(raw), "REFUSED") << raw;
  }
}

TEST(CleanLinkUrlTest, IsIdempotent) {
  for (std::string_view raw : {"https://phusa.gov.vn/a b", " /a\tb ", "HTTPS://x.vn", "MAILTO:a@b",
                               "https://phusa.gov.vn", "#x"}) {
    std::optional<SafeLink> once = CleanLinkUrl(raw, Site());
    ASSERT_TRUE(once) << raw;
    std::optional<SafeLink> twice = CleanLinkUrl(once->href, Site());
    ASSERT_TRUE(twice) << raw;
    EXPECT_EQ(twice->href, once->href);
  }
}

TEST(CleanImageUrlTest, AllowsThePhotoLibraryOnly) {
  EXPECT_EQ(Image("/media/2020/10/anh-1.jpg"), "/media/2020/10/anh-1.jpg");
  EXPECT_EQ(Image("https://phusa.gov.vn/media/a.jpg"), "/media/a.jpg");
  EXPECT_EQ(Image(" /media/a%20b.jpg "), "/media/a%20b.jpg");
  for (std::string_view raw :
       {"https://evil.example/media/a.jpg", "//phusa.gov.vn/media/a.jpg", "/uploads/a.jpg",
        "media/a.jpg", "/media/", "/media/../admin", "/media/a/../../x", "/media/./a.jpg",
        "/media/%2e%2e/x", "/media/%2F/x", "/media/a%5cb", "/media/a.jpg?x=1", "/media/a.jpg#x",
        "/media/a\\b.jpg", "/media/ảnh.jpg", "/media/a/", "data:image/png;base64,AAAA",
        "javascript:alert(1)", "/mediafile.jpg"}) {
    EXPECT_EQ(Image(raw), "REFUSED") << raw;
  }
}

TEST(CleanImageUrlTest, FollowsTheConfiguredPrefix) {
  SanitizeOptions o;
  o.media_prefix = "anh";
  EXPECT_EQ(CleanImageUrl("/anh/a.jpg", o).value_or("REFUSED"), "/anh/a.jpg");
  EXPECT_EQ(CleanImageUrl("/media/a.jpg", o).value_or("REFUSED"), "REFUSED");
  // Without a base URL no absolute URL is the site's own.
  EXPECT_EQ(CleanImageUrl("https://phusa.gov.vn/anh/a.jpg", o).value_or("REFUSED"), "REFUSED");
}

TEST(CleanSrcsetTest, KeepsOnlyWhenEveryCandidateIsTheSites) {
  EXPECT_EQ(
      CleanSrcset("/media/a-480.jpg 480w,/media/a-960.jpg   960w", Site()).value_or("REFUSED"),
      "/media/a-480.jpg 480w, /media/a-960.jpg 960w");
  EXPECT_EQ(CleanSrcset("/media/a.jpg, https://phusa.gov.vn/media/b.jpg 1.5x", Site())
                .value_or("REFUSED"),
            "/media/a.jpg, /media/b.jpg 1.5x");
  for (std::string_view raw :
       {"/media/a.jpg 1x, https://evil.example/b.jpg 2x", "/media/a.jpg 0w", "/media/a.jpg 2y",
        "/media/a.jpg 1x 2x", "/media/a.jpg -1x", "", " , ", "javascript:alert(1) 1x"}) {
    EXPECT_EQ(CleanSrcset(raw, Site()).value_or("REFUSED"), "REFUSED") << raw;
  }
}

}  // namespace
}  // namespace toasoan

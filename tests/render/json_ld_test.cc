#include "render/json_ld.h"

#include <gtest/gtest.h>

#include <chrono>

#include <nlohmann/json.hpp>

namespace toasoan {
namespace {

TEST(JsonLdTest, ScriptSafeJsonEscapesWhatCouldEndTheScript) {
  EXPECT_EQ(ScriptSafeJson(R"({"a":"</script><!-- & \u2028"})"),
            R"({"a":"\u003c/script\u003e\u003c!-- \u0026 \u2028"})");
  EXPECT_EQ(ScriptSafeJson("\"\xE2\x80\xA8\xE2\x80\xA9\""), "\"\\u2028\\u2029\"");
  EXPECT_EQ(ScriptSafeJson("\"Ô Môn – ở\""), "\"Ô Môn – ở\"");  // other UTF-8 untouched
}

TEST(JsonLdTest, NewsArticle) {
  SiteSettings site;
  site.name = "Cổng <TTĐT>";
  site.base_url = "https://tin.example.vn";
  Section s;
  s.name = "THỜI SỰ";
  Article a;
  a.title = "Tiêu đề </script>";
  a.bylines = {"Hoàng Dung"};
  a.updated_at = std::chrono::sys_days{std::chrono::year{2020} / 10 / 15};
  Result<std::string> json = NewsArticleJsonLd(site, s, a, "https://tin.example.vn/a-1", "");
  ASSERT_TRUE(json.has_value());
  EXPECT_EQ(json->find('<'), std::string::npos);
  const nlohmann::json doc = nlohmann::json::parse(*json);
  EXPECT_EQ(doc["@type"], "NewsArticle");
  EXPECT_EQ(doc["headline"], "Tiêu đề </script>");
  EXPECT_EQ(doc["publisher"]["name"], "Cổng <TTĐT>");
  EXPECT_FALSE(doc["publisher"].contains("logo"));
  EXPECT_FALSE(doc.contains("image"));
  EXPECT_FALSE(doc.contains("description"));
  EXPECT_EQ(doc["datePublished"], "2020-10-15T07:00:00+07:00");  // updated_at when never published
}

TEST(JsonLdTest, InvalidUtf8DoesNotThrow) {
  Article a;
  a.title = "bad \xC3";
  Result<std::string> json = NewsArticleJsonLd(SiteSettings{}, Section{}, a, "", "");
  ASSERT_TRUE(json.has_value());
  EXPECT_FALSE(nlohmann::json::parse(*json, nullptr, false).is_discarded());
}

}  // namespace
}  // namespace toasoan

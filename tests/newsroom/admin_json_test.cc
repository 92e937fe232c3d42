#include "newsroom/admin_json.h"

#include <gtest/gtest.h>

#include "newsroom/request_auth.h"

namespace toasoan {
namespace {

using nlohmann::json;

TEST(AdminJsonTest, ParsesIso8601WithOffsetToUtc) {
  // 09:00 in Vietnam is 02:00 UTC.
  auto t = ParseIso8601("2026-11-26T09:00:00+07:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(ToUnixSeconds(*t), 1795658400);
  EXPECT_EQ(ToUnixSeconds(*ParseIso8601("2026-11-26T02:00:00Z")), 1795658400);
  EXPECT_EQ(ToUnixSeconds(*ParseIso8601("2026-11-26 02:00:00.750z")), 1795658400);
  EXPECT_EQ(ToUnixSeconds(*ParseIso8601("2026-11-25T21:30-04:30")), 1795658400);
  EXPECT_EQ(ToUnixSeconds(*ParseIso8601("2024-02-29T00:00:00Z")), 1709164800);
}

TEST(AdminJsonTest, RefusesTimesWithoutOffsetOrImpossible) {
  for (const char* bad :
       {"2026-11-26T09:00:00", "2026-11-26", "2026-02-30T09:00:00Z", "2026-11-26T24:00:00Z",
        "2026-11-26T09:60:00Z", "2026-11-26T09:00:00+7:00", "2026-11-26T09:00:00+07:00x", "",
        "ngày mai", "2026-11-26T09:00:00.Z"}) {
    auto t = ParseIso8601(bad);
    ASSERT_FALSE(t) << bad;
    EXPECT_TRUE(t.error().IsInvalidArgument());
    EXPECT_FALSE(t.error().user_message().empty());
  }
}

TEST(AdminJsonTest, TimeFieldTakesUnixSecondsOrText) {
  EXPECT_EQ(ToUnixSeconds(*ParseTimeField(json(1795658400), "at")), 1795658400);
  EXPECT_EQ(ToUnixSeconds(*ParseTimeField(json("2026-11-26T02:00:00Z"), "at")), 1795658400);
  EXPECT_EQ(ParseTimeField(json(true), "at").error().status, 400);
  EXPECT_EQ(ParseTimeField(json(-5), "at").error().status, 422);
  EXPECT_EQ(ParseTimeField(json("mai"), "at").error().status, 422);
}

TEST(AdminJsonTest, AnEmptyBodyIsAnEmptyObject) {
  auto j = ParseJsonObject(" \r\n");
  ASSERT_TRUE(j);
  EXPECT_TRUE(j->is_object());
  EXPECT_TRUE(j->empty());
}

TEST(AdminJsonTest, MalformedBodiesAre400) {
  EXPECT_EQ(ParseJsonObject("{\"a\": 1").error().status, 400);
  EXPECT_EQ(ParseJsonObject("[1]").error().status, 400);
  EXPECT_EQ(ParseJsonObject("\"x\"").error().status, 400);
  EXPECT_TRUE(ParseJsonObject(" {\"a\": 1} "));
}

TEST(AdminJsonTest, ArticleInputKeepsOnlyWhatWasSent) {
  auto in = ParseArticleInput(json::parse(
      R"({"title": "Tiêu đề", "bylines": ["A", "B"], "section_slug": "phuong-a",
          "photos": [{"file": "2026/a.jpg", "alt": "Ảnh", "position": 2}]})"));
  ASSERT_TRUE(in);
  EXPECT_EQ(in->edit.title, "Tiêu đề");
  EXPECT_FALSE(in->edit.lead);
  EXPECT_FALSE(in->edit.body_html);
  EXPECT_FALSE(in->edit.section_id);
  EXPECT_EQ(in->section_slug, "phuong-a");
  EXPECT_EQ(*in->edit.bylines, (std::vector<std::string>{"A", "B"}));
  ASSERT_EQ(in->edit.photos->size(), 1u);
  EXPECT_EQ((*in->edit.photos)[0].file, "2026/a.jpg");
  EXPECT_EQ((*in->edit.photos)[0].position, 2);
}

TEST(AdminJsonTest, ArticleInputWrongTypesAre400AndClashes422) {
  EXPECT_EQ(ParseArticleInput(json::parse(R"({"title": 1})")).error().status, 400);
  EXPECT_EQ(ParseArticleInput(json::parse(R"({"bylines": "A"})")).error().status, 400);
  EXPECT_EQ(ParseArticleInput(json::parse(R"({"section_id": "3"})")).error().status, 400);
  EXPECT_EQ(ParseArticleInput(json::parse(R"({"photos": [1]})")).error().status, 400);
  EXPECT_EQ(
      ParseArticleInput(json::parse(R"({"section_id": 3, "section_slug": "a"})")).error().status,
      422);
}

TEST(AdminJsonTest, TransitionNeedsAKnownStatus) {
  auto t = ParseTransition(json::parse(R"({"to": "scheduled", "at": 1795658400, "comment": "c"})"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->to, ArticleStatus::kScheduled);
  EXPECT_EQ(ToUnixSeconds(*t->at), 1795658400);
  EXPECT_EQ(t->comment, "c");
  EXPECT_EQ(ParseTransition(json::parse(R"({"to": "xong"})")).error().status, 422);
  EXPECT_EQ(ParseTransition(json::parse(R"({})")).error().status, 422);
  EXPECT_EQ(ParseTransition(json::parse(R"({"to": 3})")).error().status, 400);
}

TEST(AdminJsonTest, UserInputRoleAndSections) {
  auto in =
      ParseUserInput(json::parse(R"({"role": "editor", "sections": ["a"], "disabled": true})"));
  ASSERT_TRUE(in);
  EXPECT_EQ(in->role, Role::kEditor);
  EXPECT_EQ(*in->section_slugs, std::vector<std::string>{"a"});
  EXPECT_EQ(in->disabled, true);
  EXPECT_EQ(ParseUserInput(json::parse(R"({"role": "boss"})")).error().status, 422);
  EXPECT_EQ(ParseUserInput(json::parse(R"({"disabled": "yes"})")).error().status, 400);
  EXPECT_EQ(
      ParseUserInput(json::parse(R"({"section_ids": [1], "sections": ["a"]})")).error().status,
      422);
}

TEST(AdminJsonTest, DiffPiecesHaveKinds) {
  json j = DiffJson({{DiffPiece::Kind::kSame, "Một "},
                     {DiffPiece::Kind::kRemoved, "hai"},
                     {DiffPiece::Kind::kAdded, "ba"}});
  EXPECT_EQ(j.dump(), R"([{"kind":"same","text":"Một "},{"kind":"removed","text":"hai"},)"
                      R"({"kind":"added","text":"ba"}])");
}

http::Request WithHeaders(std::vector<std::pair<std::string, std::string>> headers) {
  http::Request r;
  for (const auto& [n, v] : headers) r.AddHeader(n, v);
  return r;
}

TEST(RequestAuthTest, FindsTheSessionCookieAmongOthers) {
  auto r = WithHeaders({{"Cookie", "a=1; toasoan_session=abc; b=2"}});
  EXPECT_EQ(CookieValue(r, kSessionCookie), "abc");
  EXPECT_EQ(CookieValue(r, "b"), "2");
  EXPECT_EQ(CookieValue(r, "c"), "");
  auto two = WithHeaders({{"Cookie", "x=1"}, {"Cookie", " toasoan_session=\"q\" "}});
  EXPECT_EQ(CookieValue(two, kSessionCookie), "q");
  auto prefix = WithHeaders({{"Cookie", "xtoasoan_session=evil"}});
  EXPECT_EQ(CookieValue(prefix, kSessionCookie), "");
}

TEST(RequestAuthTest, CookieAttributes) {
  SessionPolicy p;
  p.absolute = std::chrono::hours(12);
  EXPECT_EQ(SessionCookie("tok", p, false),
            "toasoan_session=tok; Max-Age=43200; Path=/; HttpOnly; SameSite=Lax");
  EXPECT_EQ(SessionCookie("tok", p, true),
            "toasoan_session=tok; Max-Age=43200; Path=/; HttpOnly; SameSite=Lax; Secure");
  EXPECT_EQ(ClearedSessionCookie(true),
            "toasoan_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure");
}

}  // namespace
}  // namespace toasoan

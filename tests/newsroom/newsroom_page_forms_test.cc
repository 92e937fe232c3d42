#include "newsroom/newsroom_page_forms.h"

#include <gtest/gtest.h>

namespace toasoan {
namespace {

TEST(NewsroomPageFormsTest, DateTimeLocalIsVietnamTime) {
  auto t = ParseVietnamDateTimeLocal("2026-11-27T08:30");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(ToUnixSeconds(*t), 1795743000);  // 2026-11-27T01:30:00Z
  EXPECT_EQ(FormatVietnamDateTimeLocal(*t), "2026-11-27T08:30");
  auto with_seconds = ParseVietnamDateTimeLocal("2026-11-27T08:30:15");
  ASSERT_TRUE(with_seconds.has_value());
  EXPECT_EQ(ToUnixSeconds(*with_seconds) - ToUnixSeconds(*t), 15);
  // Across midnight in Vietnam: 00:10 on the 1st is the previous day in UTC.
  auto early = ParseVietnamDateTimeLocal("2026-01-01T00:10");
  ASSERT_TRUE(early.has_value());
  EXPECT_EQ(FormatVietnamDateTimeLocal(*early), "2026-01-01T00:10");
  EXPECT_EQ(ToUnixSeconds(*early), 1767201000);  // 2025-12-31T17:10:00Z
}

TEST(NewsroomPageFormsTest, RefusesImpossibleDateTimesWithAVietnameseMessage) {
  for (const char* bad : {"", "2026-02-30T08:00", "2026-11-27 08:30", "2026-11-27T24:00",
                          "2026-11-27T08:60", "27/11/2026 08:30", "2026-11-27T8:30"}) {
    auto t = ParseVietnamDateTimeLocal(bad);
    ASSERT_FALSE(t.has_value()) << bad;
    EXPECT_EQ(t.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_FALSE(t.error().user_message().empty());
  }
}

TEST(NewsroomPageFormsTest, DatesIdsAndLines) {
  auto day = ParseVietnamDate("2026-11-27");
  ASSERT_TRUE(day.has_value());
  EXPECT_EQ(ToUnixSeconds(*day), 1795712400);  // 2026-11-26T17:00:00Z
  EXPECT_FALSE(ParseVietnamDate("2026-13-01").has_value());
  EXPECT_EQ(ParseId("42"), 42);
  EXPECT_FALSE(ParseId("042").has_value());
  EXPECT_FALSE(ParseId("-1").has_value());
  EXPECT_FALSE(ParseId("1a").has_value());
  EXPECT_FALSE(ParseId("").has_value());
  EXPECT_EQ(SplitLines(" Thu Trang \r\n\r\nMinh Khoa\n"),
            (std::vector<std::string>{"Thu Trang", "Minh Khoa"}));
  EXPECT_EQ(JoinLines({"a", "b"}), "a\nb");
  EXPECT_EQ(ArticleStatusLabel(ArticleStatus::kReturned), "Bị trả lại");
}

}  // namespace
}  // namespace toasoan

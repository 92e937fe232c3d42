#include "http/form.h"

#include <gtest/gtest.h>

namespace toasoan::http {
namespace {

TEST(FormTest, DecodesFieldsInOrderWithPlusAsSpace) {
  Form f = Form::Parse("title=Xin+ch%C3%A0o&csrf_token=ab%2Bc&section=2&section=5&empty=&flag");
  EXPECT_EQ(f.Get("title"), "Xin chào");
  EXPECT_EQ(f.Get("csrf_token"), "ab+c");
  EXPECT_EQ(f.GetAll("section"), (std::vector<std::string>{"2", "5"}));
  EXPECT_TRUE(f.Has("empty"));
  EXPECT_EQ(f.Get("empty"), "");
  EXPECT_TRUE(f.Has("flag"));
  EXPECT_FALSE(f.Has("missing"));
  EXPECT_EQ(f.Get("missing"), "");
  EXPECT_EQ(f.fields().size(), 6u);
}

TEST(FormTest, KeepsLineBreaksAndSkipsEmptyPairs) {
  Form f = Form::Parse("&&bylines=A%0D%0AB&&");
  ASSERT_EQ(f.fields().size(), 1u);
  EXPECT_EQ(f.Get("bylines"), "A\r\nB");
}

}  // namespace
}  // namespace toasoan::http

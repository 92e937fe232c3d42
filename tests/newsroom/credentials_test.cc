#include "newsroom/credentials.h"

#include <gtest/gtest.h>

#include <set>

namespace toasoan {
namespace {

TEST(CredentialsTest, HashesVerifyOnlyTheirPassword) {
  auto hash = HashPassword("mật khẩu đủ dài 2020");
  ASSERT_TRUE(hash.has_value());
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword("mật khẩu đủ dài 2020", *hash));
  EXPECT_FALSE(VerifyPassword("mật khẩu đủ dài 2021", *hash));
  EXPECT_FALSE(VerifyPassword("", *hash));
  EXPECT_FALSE(VerifyPassword("mật khẩu đủ dài 2020", ""));
  EXPECT_FALSE(VerifyPassword("mật khẩu đủ dài 2020", "$argon2id$garbage"));
  EXPECT_FALSE(PasswordNeedsRehash(*hash));
  // Salted: the same password hashes differently each time.
  EXPECT_NE(*HashPassword("mật khẩu đủ dài 2020"), *hash);
}

TEST(CredentialsTest, RefusesShortPasswords) {
  auto r = HashPassword("ngan");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_FALSE(r.error().user_message().empty());
  EXPECT_FALSE(HashPassword(std::string(2000, 'x')).has_value());
}

TEST(CredentialsTest, TokensAreRandomAndDigestsStable) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    std::string t = NewSecretToken();
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(
        t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(TokenDigest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(TokenDigest("abc").size(), 64u);
}

TEST(CredentialsTest, SecretsEqual) {
  EXPECT_TRUE(SecretsEqual("token-1", "token-1"));
  EXPECT_FALSE(SecretsEqual("token-1", "token-2"));
  EXPECT_FALSE(SecretsEqual("token-1", "token-10"));
  EXPECT_TRUE(SecretsEqual("", ""));
}

}  // namespace
}  // namespace toasoan

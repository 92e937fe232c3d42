#include "newsroom/credentials.h"

#include <sodium.h>

#include <mutex>

#include "base/check.h"

namespace toasoan {
namespace {

constexpr size_t kMinPassword = 10;
constexpr size_t kMaxPassword = 1024;

void InitSodium() {
  static std::once_flag once;
  std::call_once(once, [] { CHECK(sodium_init() >= 0); });
}

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  InitSodium();
  if (password.size() < kMinPassword || password.size() > kMaxPassword) {
    return Fail(Error::InvalidArgument("password length out of range",
                                       "Mật khẩu phải dài ít nhất 10 ký tự."));
  }
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Fail(Error::Internal("crypto_pwhash_str ran out of memory"));
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, std::string_view hash) {
  InitSodium();
  if (password.size() > kMaxPassword || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) {
    return false;
  }
  std::string h(hash);  // NUL-terminated copy, as libsodium wants
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

bool PasswordNeedsRehash(std::string_view hash) {
  InitSodium();
  std::string h(hash);
  return crypto_pwhash_str_needs_rehash(h.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

std::string NewSecretToken() {
  InitSodium();
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, raw, sizeof raw, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  sodium_memzero(raw, sizeof raw);
  return out;
}

std::string TokenDigest(std::string_view token) {
  InitSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool SecretsEqual(std::string_view a, std::string_view b) {
  InitSodium();
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace toasoan

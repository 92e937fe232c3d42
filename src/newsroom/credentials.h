#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace toasoan {

// Password hashing and secret tokens, on libsodium. Thread-safe.

// Argon2id (libsodium's crypto_pwhash_str, interactive limits: ~64 MiB, a few tenths of a
// second): a self-describing string with its salt and parameters. Fails with
// kInvalidArgument (Vietnamese user message) for a password shorter than 10 characters
// or longer than 1024 bytes.
Result<std::string> HashPassword(std::string_view password);
// Whether `password` matches `hash`, in constant time with respect to the hash.
bool VerifyPassword(std::string_view password, std::string_view hash);
// Whether a stored hash was made with weaker parameters than today's and should be
// replaced at the next sign-in.
bool PasswordNeedsRehash(std::string_view hash);

// A new random secret of 256 bits, URL-safe base64 without padding (43 characters).
std::string NewSecretToken();
// What the store keeps of a secret token: its SHA-256 in hex. A leaked database then gives
// no usable session or API token.
std::string TokenDigest(std::string_view token);
// Constant-time equality for secrets of any length (length itself is not hidden).
bool SecretsEqual(std::string_view a, std::string_view b);

}  // namespace toasoan

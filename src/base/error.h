#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace toasoan {

// The kind of failure. Handlers map these to HTTP statuses in one place.
enum class ErrorCode {
  kInvalidArgument,   // the caller's input is wrong (400/422)
  kNotFound,          // no such thing (404)
  kGone,              // it existed and was withdrawn (410)
  kConflict,          // clashes with existing data (409)
  kPermissionDenied,  // not allowed (403)
  kUnauthenticated,   // not signed in (401)
  kTooMany,           // throttled (429)
  kIo,                // file or network failure
  kCorruption,        // stored data is not what we wrote
  kInternal,          // a bug or an unexpected library failure
};

// A failure with its kind and a sentence for the log (English). `user_message`, when
// set, is the Vietnamese sentence shown to a reader or editor.
class Error {
 public:
  Error(ErrorCode code, std::string message, std::string user_message = {})
      : code_(code), message_(std::move(message)), user_message_(std::move(user_message)) {}

  static Error InvalidArgument(std::string m, std::string user = {}) {
    return {ErrorCode::kInvalidArgument, std::move(m), std::move(user)};
  }
  static Error NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Error Gone(std::string m) { return {ErrorCode::kGone, std::move(m)}; }
  static Error Conflict(std::string m, std::string user = {}) {
    return {ErrorCode::kConflict, std::move(m), std::move(user)};
  }
  static Error PermissionDenied(std::string m) {
    return {ErrorCode::kPermissionDenied, std::move(m)};
  }
  static Error Io(std::string m) { return {ErrorCode::kIo, std::move(m)}; }
  static Error Corruption(std::string m) { return {ErrorCode::kCorruption, std::move(m)}; }
  static Error Internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& user_message() const { return user_message_; }

  bool IsNotFound() const { return code_ == ErrorCode::kNotFound; }
  bool IsInvalidArgument() const { return code_ == ErrorCode::kInvalidArgument; }
  bool IsConflict() const { return code_ == ErrorCode::kConflict; }

 private:
  ErrorCode code_;
  std::string message_;
  std::string user_message_;
};

// English name of a code, for logs and JSON error bodies ("not_found").
std::string_view ErrorCodeName(ErrorCode code);

}  // namespace toasoan

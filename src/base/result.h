#pragma once

#include <tl/expected.hpp>

#include "base/error.h"

namespace toasoan {

// Every fallible function returns Result<T>: a value or an Error. An OK Result<void>
// costs nothing beyond a bool.
template <typename T>
using Result = tl::expected<T, Error>;

// `return Fail(Error::NotFound("..."));`
inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }

// Propagates an error from an expression that yields a Result.
#define TOASOAN_TRY(expr)                                                          \
  do {                                                                             \
    auto toasoan_try_result_ = (expr);                                             \
    if (!toasoan_try_result_) return ::toasoan::Fail(toasoan_try_result_.error()); \
  } while (false)

}  // namespace toasoan

#pragma once

#include "base/result.h"

// Internal to the SQLite store's .cc files.
// `ASSIGN_OR_RETURN(auto x, expr);` declares x from a Result or returns its error. `lhs`
// is a declaration, so it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define SQLITE_STORE_CONCAT_INNER(a, b) a##b
#define SQLITE_STORE_CONCAT(a, b) SQLITE_STORE_CONCAT_INNER(a, b)
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(SQLITE_STORE_CONCAT(assign_result_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)               \
  auto tmp = (expr);                                        \
  if (!tmp) return ::toasoan::Fail(std::move(tmp).error()); \
  lhs = std::move(*tmp)
// NOLINTEND(bugprone-macro-parentheses)

#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace toasoan::http {

// The fields of an application/x-www-form-urlencoded body (or a query string), in order,
// percent-decoded with '+' as space. A field may repeat (checkboxes, multi-selects).
// Knows nothing of what the fields mean.
class Form {
 public:
  static Form Parse(std::string_view body);

  // The first value of `name`, or empty when absent.
  std::string Get(std::string_view name) const;
  bool Has(std::string_view name) const;
  // Every value of `name`, in order.
  std::vector<std::string> GetAll(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

}  // namespace toasoan::http

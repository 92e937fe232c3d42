#include "http/form.h"

#include "http/request.h"

namespace toasoan::http {

Form Form::Parse(std::string_view body) {
  Form f;
  while (!body.empty()) {
    size_t amp = body.find('&');
    std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::string_view name = pair.substr(0, eq);
    std::string_view value =
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    f.fields_.emplace_back(PercentDecode(name, true), PercentDecode(value, true));
  }
  return f;
}

std::string Form::Get(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (n == name) return v;
  }
  return {};
}

bool Form::Has(std::string_view name) const {
  for (const auto& [n, v] : fields_) {
    if (n == name) return true;
  }
  return false;
}

std::vector<std::string> Form::GetAll(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [n, v] : fields_) {
    if (n == name) out.push_back(v);
  }
  return out;
}

}  // namespace toasoan::http

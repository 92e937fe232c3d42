#include <map>
#include <string>

#include "proofread/rules.h"
#include "text/whitespace.h"

namespace toasoan::proofread_internal {
namespace {

// "Tiêu đề lặp lại phần mở đầu (sapo)", "Đoạn văn lặp lại một đoạn phía trên".
std::string Subject(const Part& part) {
  switch (part.field) {
    case ProofField::kTitle:
      return "Tiêu đề";
    case ProofField::kLead:
      return "Phần mở đầu (sapo)";
    case ProofField::kBody:
      break;
  }
  return "Đoạn văn";
}

std::string Object(const Part& part) {
  switch (part.field) {
    case ProofField::kTitle:
      return "tiêu đề";
    case ProofField::kLead:
      return "phần mở đầu (sapo)";
    case ProofField::kBody:
      break;
  }
  return "một đoạn phía trên";
}

}  // namespace

void CheckRepeatedText(const std::vector<Part>& parts, std::vector<ProofWarning>* out) {
  std::map<std::string, const Part*> seen;
  for (const Part& part : parts) {
    const std::string key = CollapseWhitespace(part.text.nfc());
    if (key.empty()) continue;
    const auto [it, inserted] = seen.emplace(key, &part);
    if (inserted) continue;
    out->push_back(WarningAtOriginal(
        part, proof_rule::kRepeatedText, 0, part.text.original().size(), std::string(),
        Subject(part) + " lặp lại nguyên văn " + Object(*it->second) + "; nên xoá phần lặp."));
  }
}

}  // namespace toasoan::proofread_internal

#include "proofread/warning.h"

namespace toasoan {

std::string_view ProofFieldName(ProofField field) {
  switch (field) {
    case ProofField::kTitle:
      return "title";
    case ProofField::kLead:
      return "lead";
    case ProofField::kBody:
      return "body";
  }
  return "body";
}

std::string ProofWarning::Key() const {
  std::string key = rule;
  key += '|';
  key += ProofFieldName(field);
  key += '|';
  key += std::to_string(paragraph);
  key += '|';
  key += found;
  return key;
}

}  // namespace toasoan

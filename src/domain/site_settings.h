#pragma once

#include <string>

namespace toasoan {

// What every public page shows in its header and footer. Kept in the database; the
// first values come from the config file. The publisher lines are those a Vietnamese
// portal must show by law (governing body, person responsible, licence, address).
struct SiteSettings {
  std::string name;                // "Cổng Thông tin điện tử ..."
  std::string description;         // one sentence for <meta name=description>
  std::string base_url;            // "http://127.0.0.1:8080", no trailing slash
  std::string logo_url;            // path or URL of the logo image
  std::string governing_body;      // "Cơ quan chủ quản: ..."
  std::string responsible_person;  // "Chịu trách nhiệm chính: ..."
  std::string licence;             // "Giấy phép số ..."
  std::string address;             // "Địa chỉ: ..."
  std::string contact;             // phone and e-mail line
};

}  // namespace toasoan

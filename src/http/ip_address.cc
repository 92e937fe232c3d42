#include "http/ip_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

namespace toasoan::http {

std::optional<IpAddress> IpAddress::Parse(std::string_view text) {
  // inet_pton needs a NUL-terminated string; the longest IPv6 text is 45 characters.
  char buf[INET6_ADDRSTRLEN];
  if (text.empty() || text.size() >= sizeof buf) return std::nullopt;
  if (text.find('\0') != std::string_view::npos) return std::nullopt;
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
  if (text.find(':') == std::string_view::npos) {
    // glibc's inet_pton(AF_INET) takes exactly four decimal parts, no leading zeros.
    std::array<uint8_t, 4> v4;
    if (::inet_pton(AF_INET, buf, v4.data()) != 1) return std::nullopt;
    return V4(v4);
  }
  std::array<uint8_t, 16> v6;
  if (::inet_pton(AF_INET6, buf, v6.data()) != 1) return std::nullopt;
  return V6(v6);
}

IpAddress IpAddress::V4(const std::array<uint8_t, 4>& bytes) {
  IpAddress a;
  a.v4_ = true;
  std::copy(bytes.begin(), bytes.end(), a.bytes_.begin());
  return a;
}

IpAddress IpAddress::V6(const std::array<uint8_t, 16>& bytes) {
  static constexpr std::array<uint8_t, 12> kMappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::equal(kMappedPrefix.begin(), kMappedPrefix.end(), bytes.begin())) {
    return V4({bytes[12], bytes[13], bytes[14], bytes[15]});
  }
  IpAddress a;
  a.v4_ = false;
  a.bytes_ = bytes;
  return a;
}

std::string IpAddress::ToString() const {
  char buf[INET6_ADDRSTRLEN];
  if (!::inet_ntop(v4_ ? AF_INET : AF_INET6, bytes_.data(), buf, sizeof buf)) return {};
  return buf;
}

}  // namespace toasoan::http

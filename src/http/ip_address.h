#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace toasoan::http {

// An IPv4 or IPv6 address. An IPv4-mapped IPv6 address (::ffff:a.b.c.d, what a
// dual-stack socket reports for an IPv4 client) is held as the IPv4 address, so both
// spellings compare equal and match the same IPv4 networks.
class IpAddress {
 public:
  IpAddress() = default;  // 0.0.0.0

  // Parses a bare address: dotted-quad IPv4 ("203.0.113.7") or IPv6 text ("2001:db8::1",
  // "::ffff:192.0.2.1"). No port, brackets, zone ("%eth0"), surrounding space or the
  // lenient inet_aton forms ("127.1", "0x7f.1"); nullopt for anything else.
  static std::optional<IpAddress> Parse(std::string_view text);
  static IpAddress V4(const std::array<uint8_t, 4>& bytes);
  static IpAddress V6(const std::array<uint8_t, 16>& bytes);  // mapped → IPv4

  bool is_v4() const { return v4_; }
  // 32 or 128.
  int bit_count() const { return v4_ ? 32 : 128; }
  // Bit `i` (0 = most significant) of the address; i < bit_count().
  bool Bit(int i) const { return (bytes_[i / 8] >> (7 - i % 8)) & 1; }
  // Canonical text: dotted quad, or RFC 5952 IPv6 ("2001:db8::1").
  std::string ToString() const;

  friend bool operator==(const IpAddress&, const IpAddress&) = default;

 private:
  bool v4_ = true;
  std::array<uint8_t, 16> bytes_{};  // IPv4 in the first 4
};

}  // namespace toasoan::http

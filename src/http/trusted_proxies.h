#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "http/ip_address.h"
#include "http/request.h"

namespace toasoan::http {

// An address range: the first `prefix_length` bits of `address`.
struct IpNetwork {
  IpAddress address;
  int prefix_length = 0;  // 0..32 for IPv4, 0..128 for IPv6

  // "ADDR" (a single address: /32 or /128) or "ADDR/PREFIX". The bits past the prefix
  // must be zero ("10.1.0.0/8" is refused, naming 10.0.0.0/8), so a typo is not quietly
  // widened or narrowed. Fails with kInvalidArgument naming the entry ("'10.1.0.0/8' has
  // bits set past the prefix; the network is 10.0.0.0/8").
  static Result<IpNetwork> Parse(std::string_view text);
  // IPv4 networks hold only IPv4 addresses (mapped ones included), IPv6 only IPv6.
  bool Contains(const IpAddress& a) const;
};

// The reverse proxies (nginx in front of `toasoan serve`) whose word about the client's
// address is believed. Empty by default: then the TCP peer is the client and
// X-Forwarded-For is ignored, so a client can never pick its own address.
//
// ClientAddress() walks "X-Forwarded-For" from the right: every proxy appends the address
// it received the request from, so the entries a trusted proxy wrote are on the right and
// anything the client sent itself is on the left. Starting at the TCP peer, while the
// current address is a trusted proxy it steps one entry left; the first untrusted address
// is the client. A malformed entry (not a bare IP address) stops the walk at the trusted
// address to its right; when every entry is trusted, the leftmost one is the client.
// The RFC 7239 "Forwarded" header is not read: nginx does not write it, and reading a
// header the proxy passes through unchanged would let a client choose its address.
class TrustedProxies {
 public:
  // A comma-separated list of addresses and CIDR ranges ("127.0.0.1, 10.0.0.0/8, ::1");
  // spaces around entries are ignored, an empty list gives no proxies, an empty entry
  // ("a,,b") is refused. Fails with kInvalidArgument naming the bad entry.
  static Result<TrustedProxies> Parse(std::string_view list);
  // Adds the entries of another list (same syntax); on failure nothing is added.
  Result<void> Add(std::string_view list);

  bool empty() const { return networks_.empty(); }
  const std::vector<IpNetwork>& networks() const { return networks_; }
  bool Contains(const IpAddress& a) const;

  // The client's address for a request that came from `peer`, reading every
  // "x-forwarded-for" field of `request` (several fields count as one list joined by
  // commas, in order). Does not allocate.
  IpAddress ClientAddress(const IpAddress& peer, const Request& request) const;
  // The same over X-Forwarded-For field values given in order of arrival (for tests).
  IpAddress ClientAddress(const IpAddress& peer,
                          const std::vector<std::string_view>& forwarded_for) const;

 private:
  std::vector<IpNetwork> networks_;
};

}  // namespace toasoan::http

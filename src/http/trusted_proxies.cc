#include "http/trusted_proxies.h"

#include <array>
#include <charconv>

namespace toasoan::http {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Error BadEntry(std::string_view entry, std::string_view why) {
  return Error::InvalidArgument("'" + std::string(entry) + "' " + std::string(why));
}

// Where a walk over the X-Forwarded-For entries stands.
class Walk {
 public:
  Walk(const TrustedProxies& proxies, const IpAddress& peer)
      : proxies_(proxies), current_(peer), done_(!proxies.Contains(peer)) {}

  bool done() const { return done_; }
  const IpAddress& client() const { return current_; }

  // Takes the entries of one field value, right to left, until the walk ends.
  void Value(std::string_view value) {
    while (!done_) {
      size_t comma = value.rfind(',');
      std::string_view entry =
          Trim(comma == std::string_view::npos ? value : value.substr(comma + 1));
      Entry(entry);
      if (comma == std::string_view::npos) return;
      value = value.substr(0, comma);
    }
  }

 private:
  void Entry(std::string_view entry) {
    if (entry.empty()) return;  // empty list elements are ignored (RFC 9110 §5.6.1)
    auto address = IpAddress::Parse(entry);
    if (!address) {
      done_ = true;  // the trusted address to its right stands
      return;
    }
    current_ = *address;
    done_ = !proxies_.Contains(current_);
  }

  const TrustedProxies& proxies_;
  IpAddress current_;
  bool done_;
};

}  // namespace

Result<IpNetwork> IpNetwork::Parse(std::string_view text) {
  size_t slash = text.find('/');
  std::string_view address_text = text.substr(0, slash);
  auto address = IpAddress::Parse(address_text);
  if (!address) return Fail(BadEntry(text, "is not an IPv4 or IPv6 address or CIDR range"));
  IpNetwork net{*address, address->bit_count()};
  if (slash == std::string_view::npos) return net;
  // The prefix of a mapped address (::ffff:10.0.0.0/104) would count IPv6 bits.
  if (address->is_v4() && address_text.find(':') != std::string_view::npos) {
    return Fail(BadEntry(text, "is an IPv4-mapped IPv6 range; write the IPv4 range instead"));
  }
  std::string_view prefix = text.substr(slash + 1);
  int n = -1;
  if (!prefix.empty() && prefix.size() <= 3 &&
      prefix.find_first_not_of("0123456789") == std::string_view::npos) {
    std::from_chars(prefix.data(), prefix.data() + prefix.size(), n);
  }
  if (n < 0 || n > address->bit_count()) {
    return Fail(BadEntry(
        text, "has a bad prefix length (0 to " + std::to_string(address->bit_count()) + ")"));
  }
  net.prefix_length = n;
  for (int i = n; i < address->bit_count(); ++i) {
    if (!address->Bit(i)) continue;
    // Name the network the entry probably meant.
    std::array<uint8_t, 16> bytes{};
    for (int b = 0; b < n; ++b) {
      if (address->Bit(b)) bytes[b / 8] |= static_cast<uint8_t>(0x80 >> (b % 8));
    }
    IpAddress masked = address->is_v4() ? IpAddress::V4({bytes[0], bytes[1], bytes[2], bytes[3]})
                                        : IpAddress::V6(bytes);
    return Fail(BadEntry(text, "has bits set past the prefix; the network is " + masked.ToString() +
                                   "/" + std::to_string(n)));
  }
  return net;
}

bool IpNetwork::Contains(const IpAddress& a) const {
  if (a.is_v4() != address.is_v4()) return false;
  for (int i = 0; i < prefix_length; ++i) {
    if (a.Bit(i) != address.Bit(i)) return false;
  }
  return true;
}

Result<TrustedProxies> TrustedProxies::Parse(std::string_view list) {
  TrustedProxies proxies;
  if (auto ok = proxies.Add(list); !ok) return Fail(ok.error());
  return proxies;
}

Result<void> TrustedProxies::Add(std::string_view list) {
  std::vector<IpNetwork> added;
  if (Trim(list).empty()) return {};
  const std::string_view whole = list;
  while (true) {
    size_t comma = list.find(',');
    std::string_view entry = Trim(list.substr(0, comma));
    if (entry.empty()) {
      return Fail(Error::InvalidArgument("empty entry in '" + std::string(whole) + "'"));
    }
    auto net = IpNetwork::Parse(entry);
    if (!net) return Fail(net.error());
    added.push_back(*net);
    if (comma == std::string_view::npos) break;
    list = list.substr(comma + 1);
  }
  networks_.insert(networks_.end(), added.begin(), added.end());
  return {};
}

bool TrustedProxies::Contains(const IpAddress& a) const {
  for (const IpNetwork& n : networks_) {
    if (n.Contains(a)) return true;
  }
  return false;
}

IpAddress TrustedProxies::ClientAddress(const IpAddress& peer, const Request& request) const {
  Walk walk(*this, peer);
  for (size_t i = request.header_count; i-- > 0 && !walk.done();) {
    if (request.headers[i].first == "x-forwarded-for") walk.Value(request.headers[i].second);
  }
  return walk.client();
}

IpAddress TrustedProxies::ClientAddress(const IpAddress& peer,
                                        const std::vector<std::string_view>& forwarded_for) const {
  Walk walk(*this, peer);
  for (size_t i = forwarded_for.size(); i-- > 0 && !walk.done();) walk.Value(forwarded_for[i]);
  return walk.client();
}

}  // namespace toasoan::http

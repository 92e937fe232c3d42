#include "http/trusted_proxies.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "http/ip_address.h"
#include "http/request.h"

namespace toasoan::http {
namespace {

IpAddress Ip(std::string_view text) {
  auto a = IpAddress::Parse(text);
  EXPECT_TRUE(a) << text;
  return a.value_or(IpAddress());
}

TrustedProxies Proxies(std::string_view list) {
  auto p = TrustedProxies::Parse(list);
  EXPECT_TRUE(p) << list << ": " << (p ? "" : p.error().message());
  return p ? *p : TrustedProxies();
}

std::string ParseError(std::string_view list) {
  auto p = TrustedProxies::Parse(list);
  EXPECT_FALSE(p) << list;
  return p ? std::string() : p.error().message();
}

// --- IpAddress ---

TEST(IpAddressTest, ParsesIpv4AndIpv6InCanonicalForm) {
  EXPECT_EQ(Ip("203.0.113.7").ToString(), "203.0.113.7");
  EXPECT_TRUE(Ip("203.0.113.7").is_v4());
  EXPECT_EQ(Ip("2001:DB8:0:0::1").ToString(), "2001:db8::1");
  EXPECT_FALSE(Ip("2001:db8::1").is_v4());
  EXPECT_EQ(Ip("::1").ToString(), "::1");
  EXPECT_EQ(Ip("0.0.0.0").ToString(), "0.0.0.0");
  EXPECT_EQ(Ip("255.255.255.255").ToString(), "255.255.255.255");
}

TEST(IpAddressTest, MappedIpv6IsTheIpv4Address) {
  IpAddress mapped = Ip("::ffff:127.0.0.1");
  EXPECT_TRUE(mapped.is_v4());
  EXPECT_EQ(mapped, Ip("127.0.0.1"));
  EXPECT_EQ(mapped.ToString(), "127.0.0.1");
  EXPECT_EQ(IpAddress::V6({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 1, 2, 3}), Ip("10.1.2.3"));
  EXPECT_NE(Ip("::127.0.0.1"), Ip("127.0.0.1"));  // IPv4-compatible is not mapped
}

TEST(IpAddressTest, RefusesEverythingButABareAddress) {
  for (std::string_view bad :
       std::vector<std::string_view>{"",
                                     " ",
                                     "unknown",
                                     "_hidden",
                                     "localhost",
                                     "203.0.113.7:8080",
                                     "[2001:db8::1]",
                                     "[2001:db8::1]:80",
                                     "fe80::1%eth0",
                                     " 203.0.113.7",
                                     "203.0.113.7 ",
                                     "203.0.113",
                                     "127.1",
                                     "0x7f.0.0.1",
                                     "256.0.0.1",
                                     "1.2.3.4.5",
                                     "01.2.3.4",
                                     "1.2.3.-4",
                                     "2001:db8:::1",
                                     "2001:db8::1::2",
                                     "12345::",
                                     "1:2:3:4:5:6:7:8:9",
                                     "203.0.113.7/32",
                                     "0000:0000:0000:0000:0000:ffff:255.255.255.255:1",
                                     std::string_view("1.2.3.4\0", 8)}) {
    EXPECT_FALSE(IpAddress::Parse(bad)) << "'" << bad << "'";
  }
}

// --- Parsing --trusted-proxy ---

TEST(TrustedProxiesParseTest, AddressesAndRangesOfBothFamilies) {
  TrustedProxies p = Proxies("127.0.0.1, 10.0.0.0/8 ,::1,2001:db8::/32");
  ASSERT_EQ(p.networks().size(), 4u);
  EXPECT_EQ(p.networks()[0].prefix_length, 32);
  EXPECT_EQ(p.networks()[1].prefix_length, 8);
  EXPECT_EQ(p.networks()[2].prefix_length, 128);
  EXPECT_EQ(p.networks()[3].prefix_length, 32);
  EXPECT_TRUE(p.Contains(Ip("127.0.0.1")));
  EXPECT_FALSE(p.Contains(Ip("127.0.0.2")));
  EXPECT_TRUE(p.Contains(Ip("10.0.0.0")));
  EXPECT_TRUE(p.Contains(Ip("10.255.255.255")));
  EXPECT_FALSE(p.Contains(Ip("11.0.0.0")));
  EXPECT_FALSE(p.Contains(Ip("9.255.255.255")));
  EXPECT_TRUE(p.Contains(Ip("::1")));
  EXPECT_FALSE(p.Contains(Ip("::2")));
  EXPECT_TRUE(p.Contains(Ip("2001:db8:ffff::7")));
  EXPECT_FALSE(p.Contains(Ip("2001:db9::")));
  // A dual-stack socket's spelling of an IPv4 peer.
  EXPECT_TRUE(p.Contains(Ip("::ffff:10.9.8.7")));
}

TEST(TrustedProxiesParseTest, EmptyListTrustsNobody) {
  EXPECT_TRUE(Proxies("").empty());
  EXPECT_TRUE(Proxies("  ").empty());
  EXPECT_FALSE(Proxies("").Contains(Ip("127.0.0.1")));
}

TEST(TrustedProxiesParseTest, PrefixEdges) {
  TrustedProxies all_v4 = Proxies("0.0.0.0/0");
  EXPECT_TRUE(all_v4.Contains(Ip("0.0.0.0")));
  EXPECT_TRUE(all_v4.Contains(Ip("255.255.255.255")));
  EXPECT_TRUE(all_v4.Contains(Ip("203.0.113.7")));
  EXPECT_FALSE(all_v4.Contains(Ip("2001:db8::1"))) << "an IPv4 range holds no IPv6 address";

  TrustedProxies all_v6 = Proxies("::/0");
  EXPECT_TRUE(all_v6.Contains(Ip("2001:db8::1")));
  EXPECT_TRUE(all_v6.Contains(Ip("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")));
  EXPECT_FALSE(all_v6.Contains(Ip("203.0.113.7"))) << "an IPv6 range holds no IPv4 address";

  TrustedProxies one_v4 = Proxies("192.0.2.255/32");
  EXPECT_TRUE(one_v4.Contains(Ip("192.0.2.255")));
  EXPECT_FALSE(one_v4.Contains(Ip("192.0.2.254")));

  TrustedProxies one_v6 = Proxies("2001:db8::ff/128");
  EXPECT_TRUE(one_v6.Contains(Ip("2001:db8::ff")));
  EXPECT_FALSE(one_v6.Contains(Ip("2001:db8::fe")));

  TrustedProxies odd = Proxies("192.168.0.0/23, 2001:db8:8000::/33");
  EXPECT_TRUE(odd.Contains(Ip("192.168.1.255")));
  EXPECT_FALSE(odd.Contains(Ip("192.168.2.0")));
  EXPECT_TRUE(odd.Contains(Ip("2001:db8:ffff::1")));
  EXPECT_FALSE(odd.Contains(Ip("2001:db8:7fff::1")));
}

TEST(TrustedProxiesParseTest, GarbageIsRefusedNamingTheEntry) {
  EXPECT_NE(ParseError("127.0.0.1,localhost").find("'localhost'"), std::string::npos);
  EXPECT_NE(ParseError("nginx").find("not an IPv4 or IPv6 address"), std::string::npos);
  EXPECT_NE(ParseError("10.0.0.0/33").find("prefix length (0 to 32)"), std::string::npos);
  EXPECT_NE(ParseError("::/129").find("prefix length (0 to 128)"), std::string::npos);
  for (std::string_view bad : std::vector<std::string_view>{
           "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/8x", "10.0.0.0/ 8", "10.0.0.0/0008",
           "10.0.0.0/8/8", "/8", "127.0.0.1:80", "[::1]", "*", "127.0.0.1;10.0.0.1",
           "127.0.0.1 ::1", "::ffff:10.0.0.0/104"}) {
    ParseError(bad);
  }
}

TEST(TrustedProxiesParseTest, EmptyEntriesAreRefused) {
  EXPECT_NE(ParseError("127.0.0.1,,::1").find("empty entry"), std::string::npos);
  ParseError("127.0.0.1,");
  ParseError(",127.0.0.1");
}

TEST(TrustedProxiesParseTest, HostBitsPastThePrefixAreRefusedNamingTheNetwork) {
  EXPECT_NE(ParseError("10.1.0.0/8").find("10.0.0.0/8"), std::string::npos);
  EXPECT_NE(ParseError("192.168.1.1/24").find("192.168.1.0/24"), std::string::npos);
  EXPECT_NE(ParseError("2001:db8::1/32").find("2001:db8::/32"), std::string::npos);
  ParseError("0.0.0.1/0");
  ParseError("::1/0");
}

TEST(TrustedProxiesParseTest, AddAppendsAndLeavesAllUntouchedOnFailure) {
  TrustedProxies p = Proxies("127.0.0.1");
  ASSERT_TRUE(p.Add("10.0.0.0/8"));
  EXPECT_EQ(p.networks().size(), 2u);
  EXPECT_FALSE(p.Add("192.168.0.1, bad"));
  EXPECT_EQ(p.networks().size(), 2u);
  EXPECT_FALSE(p.Contains(Ip("192.168.0.1")));
}

// --- The walk ---

TEST(ClientAddressTest, UntrustedPeerIsTheClientWhateverTheHeaderSays) {
  TrustedProxies p = Proxies("10.0.0.0/8");
  EXPECT_EQ(p.ClientAddress(Ip("198.51.100.9"), {"203.0.113.7"}), Ip("198.51.100.9"));
  EXPECT_EQ(p.ClientAddress(Ip("198.51.100.9"), {"10.0.0.1, 203.0.113.7"}), Ip("198.51.100.9"));
  // No proxies at all: nobody is believed.
  EXPECT_EQ(Proxies("").ClientAddress(Ip("127.0.0.1"), {"203.0.113.7"}), Ip("127.0.0.1"));
}

TEST(ClientAddressTest, TrustedPeerForwardsTheRightmostEntry) {
  TrustedProxies p = Proxies("127.0.0.1");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7"}), Ip("203.0.113.7"));
  EXPECT_EQ(p.ClientAddress(Ip("::ffff:127.0.0.1"), {"203.0.113.7"}), Ip("203.0.113.7"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"  2001:DB8::7 "}), Ip("2001:db8::7"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"\t203.0.113.7\t"}), Ip("203.0.113.7"));
}

TEST(ClientAddressTest, TrustedPeerWithoutHeaderIsTheClient) {
  TrustedProxies p = Proxies("127.0.0.1");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), std::vector<std::string_view>{}), Ip("127.0.0.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {""}), Ip("127.0.0.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {" , ,"}), Ip("127.0.0.1"));
}

TEST(ClientAddressTest, ChainOfTrustedProxiesIsSkipped) {
  // client → CDN edge (10.1.1.1) → load balancer (10.2.2.2) → nginx (127.0.0.1) → toasoan.
  TrustedProxies p = Proxies("127.0.0.1, 10.0.0.0/8");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7, 10.1.1.1, 10.2.2.2"}),
            Ip("203.0.113.7"));
  // Entries of several fields count as one list, in order.
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7", "10.1.1.1", "10.2.2.2"}),
            Ip("203.0.113.7"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"198.51.100.1, 203.0.113.7", "10.1.1.1,10.2.2.2"}),
            Ip("203.0.113.7"));
  // Every entry trusted: the leftmost is the client.
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"10.9.9.9, 10.1.1.1"}), Ip("10.9.9.9"));
  // Empty elements are skipped, not taken for the end of the list.
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7,, 10.1.1.1,"}), Ip("203.0.113.7"));
}

TEST(ClientAddressTest, SpoofedLeftEntriesAreIgnored) {
  // The client sent "X-Forwarded-For: 10.0.0.5, 198.51.100.9" itself; nginx appended the
  // address it saw.
  TrustedProxies p = Proxies("127.0.0.1, 10.0.0.0/8");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"10.0.0.5, 198.51.100.9, 203.0.113.7"}),
            Ip("203.0.113.7"));
  // A client claiming to be a trusted proxy gains nothing either.
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"198.51.100.9", "127.0.0.1, 203.0.113.7"}),
            Ip("203.0.113.7"));
}

TEST(ClientAddressTest, MalformedEntryStopsAtTheTrustedAddressToItsRight) {
  TrustedProxies p = Proxies("127.0.0.1, 10.0.0.0/8");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"garbage"}), Ip("127.0.0.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7, garbage"}), Ip("127.0.0.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7, unknown, 10.1.1.1"}), Ip("10.1.1.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7:4711, 10.1.1.1"}), Ip("10.1.1.1"));
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"203.0.113.7", "[2001:db8::1]"}), Ip("127.0.0.1"));
  // A malformed entry left of the client does not matter.
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), {"garbage, 203.0.113.7"}), Ip("203.0.113.7"));
}

TEST(ClientAddressTest, ReadsEveryXForwardedForFieldOfARequest) {
  TrustedProxies p = Proxies("127.0.0.1, 10.0.0.0/8");
  Request r;
  r.AddHeader("X-Forwarded-For", "198.51.100.9, 203.0.113.7");
  r.AddHeader("Host", "toasoan.vn");
  r.AddHeader("x-forwarded-for", "10.1.1.1");
  r.AddHeader("Forwarded", "for=192.0.2.1");  // not read
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), r), Ip("203.0.113.7"));
  EXPECT_EQ(p.ClientAddress(Ip("198.51.100.1"), r), Ip("198.51.100.1"));

  // A reused Request: fields past header_count are not read.
  r.Clear();
  r.AddHeader("Host", "toasoan.vn");
  EXPECT_EQ(p.ClientAddress(Ip("127.0.0.1"), r), Ip("127.0.0.1"));
}

}  // namespace
}  // namespace toasoan::http

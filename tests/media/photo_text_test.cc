#include <gtest/gtest.h>

#include <string>

#include "media/iptc_text.h"
#include "media/photo_text.h"
#include "media/xmp_text.h"
#include "tests/media/photo_fixtures.h"
#include "text/nfc.h"

namespace toasoan {
namespace {

using namespace std::string_literals;
using testing::IimDataset;
using testing::Photoshop13;
using testing::XmpPacket;

TEST(ReadIptcText, ReadsCaptionBylinesAndCreditFromPhotoshopResources) {
  std::string iim = IimDataset(1, 90, "\x1B%G") + IimDataset(2, 0, "\x00\x04"s) +
                    IimDataset(2, 120, "Cầu Cần Thơ lúc hoàng hôn") +
                    IimDataset(2, 80, "Thúy Loan") + IimDataset(2, 80, "Minh Trí") +
                    IimDataset(2, 110, "Truyền Thanh");
  PhotoText text = ReadIptcText(Photoshop13(iim));
  EXPECT_EQ(text.caption, "Cầu Cần Thơ lúc hoàng hôn");
  EXPECT_EQ(text.credit, "Thúy Loan, Minh Trí, Truyền Thanh");
  // The same datasets without the APP13 wrapper.
  EXPECT_EQ(ReadIptcText(iim).caption, "Cầu Cần Thơ lúc hoàng hôn");
}

TEST(ReadIptcText, DecodesLatin1WithoutACharsetAndNormalisesToNfc) {
  // No 1:90: bytes that are not UTF-8 are Latin-1.
  PhotoText latin =
      ReadIptcText(IimDataset(2, 120, "Caf\xE9 \xE0 Hu\xE9"s) + IimDataset(2, 110, "AFP"));
  EXPECT_EQ(latin.caption, "Café à Hué");
  EXPECT_EQ(latin.credit, "AFP");
  // No 1:90 but valid UTF-8 (many tools): kept as UTF-8, made NFC.
  PhotoText nfd = ReadIptcText(IimDataset(2, 120, ToNfd("Ô Môn  mùa nước nổi\n")));
  EXPECT_EQ(nfd.caption, "Ô Môn mùa nước nổi");
  EXPECT_TRUE(IsNfc(nfd.caption));
  // A repeated credit part is given once.
  EXPECT_EQ(ReadIptcText(IimDataset(2, 80, "TTXVN") + IimDataset(2, 110, "TTXVN")).credit, "TTXVN");
}

TEST(ReadIptcText, StopsCleanlyOnTruncatedOrMalformedData) {
  std::string iim = IimDataset(2, 120, "Chú thích") + IimDataset(2, 80, "Tác giả");
  EXPECT_EQ(ReadIptcText(iim.substr(0, iim.size() - 3)).caption, "Chú thích");
  EXPECT_EQ(ReadIptcText(iim.substr(0, iim.size() - 3)).credit, "");
  EXPECT_EQ(ReadIptcText("garbage").caption, "");
  // A length running past the end, and an extended length of absurd size.
  EXPECT_EQ(ReadIptcText("\x1C\x02\x78\x7F\xFFshort"s).caption, "");
  EXPECT_EQ(ReadIptcText("\x1C\x02\x78\x80\x08\0\0\0\0\0\0\0\x05hello"s).caption, "");
  // Extended length in four bytes is understood.
  EXPECT_EQ(ReadIptcText("\x1C\x02\x78\x80\x04\0\0\0\x05hello"s).caption, "hello");
  EXPECT_EQ(ReadIptcText(Photoshop13(iim).substr(0, 30)).caption, "");
}

TEST(ReadXmpText, ReadsDefaultCaptionCreatorsAndCreditByNamespace) {
  PhotoText text =
      ReadXmpText(XmpPacket("Cầu Cần Thơ &amp; bến Ninh Kiều", "Thúy Loan", "Truyền Thanh"));
  EXPECT_EQ(text.caption, "Cầu Cần Thơ & bến Ninh Kiều");  // x-default, not the English one
  EXPECT_EQ(text.credit, "Thúy Loan, Truyền Thanh");
  // Decomposed input comes out NFC.
  PhotoText nfd = ReadXmpText(XmpPacket(ToNfd("Ô Môn"), ToNfd("Thúy Loan"), ""));
  EXPECT_EQ(nfd.caption, "Ô Môn");
  EXPECT_EQ(nfd.credit, "Thúy Loan");
  // The JPEG APP1 namespace header before the packet is skipped.
  EXPECT_EQ(
      ReadXmpText("http://ns.adobe.com/xap/1.0/\0"s + XmpPacket("Chú thích", "A", "B")).caption,
      "Chú thích");
}

TEST(ReadXmpText, ReadsElementFormCreditAndIgnoresOtherNamespaces) {
  std::string xmp =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
      "<rdf:Description xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" "
      "xmlns:dc=\"http://example.com/not-dublin-core/\">"
      "<photoshop:Credit>TTXVN</photoshop:Credit>"
      "<dc:description><rdf:Alt><rdf:li "
      "xml:lang=\"x-default\">sai</rdf:li></rdf:Alt></dc:description>"
      "</rdf:Description></rdf:RDF></x:xmpmeta>";
  PhotoText text = ReadXmpText(xmp);
  EXPECT_EQ(text.credit, "TTXVN");
  EXPECT_EQ(text.caption, "");  // "dc" bound to another namespace here
}

TEST(ReadXmpText, ReturnsNothingForBrokenOrHostileXml) {
  EXPECT_EQ(ReadXmpText("").caption, "");
  EXPECT_EQ(ReadXmpText("not xml").caption, "");
  // No entity expansion: GMarkup knows only the five predefined entities.
  std::string entities =
      "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
      "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description><rdf:Alt><rdf:li>&b;</rdf:li>"
      "</rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>";
  EXPECT_EQ(ReadXmpText(entities).caption.find("aaaa"), std::string::npos);
  // Truncated packet: what was complete before the fault is kept.
  std::string packet = XmpPacket("Chú thích", "Thúy Loan", "Truyền Thanh");
  PhotoText cut = ReadXmpText(packet.substr(0, packet.find("<dc:creator>")));
  EXPECT_EQ(cut.caption, "Chú thích");
  EXPECT_EQ(cut.credit, "Truyền Thanh");
}

TEST(PhotoText, CleansControlsAndLimitsLength) {
  EXPECT_EQ(CleanPhotoText("a\x01\x7F"
                           "b\r\n c"),
            "a b c");
  std::string long_caption(3000, 'x');
  EXPECT_EQ(CleanPhotoText(long_caption).size(), 2000u);
  EXPECT_EQ(CleanPhotoText("Ảnh ảnh", 3), "Ảnh");
  EXPECT_EQ(MergePhotoText({"", "XMP"}, {"IPTC", "IPTC"}).caption, "IPTC");
  EXPECT_EQ(MergePhotoText({"", "XMP"}, {"IPTC", "IPTC"}).credit, "XMP");
}

}  // namespace
}  // namespace toasoan

#pragma once

// A generator of synthetic Vietnamese news articles for the search benchmark: sentences
// of a portal's usual subjects (Party work, local government, economy, schools, health,
// traffic, culture), recombined with place names, people, organisations and numbers, so
// that common words are very common and names are rare, as on a real portal. Sections
// and dates follow a realistic spread: a few big sections and many small district ones,
// more articles in recent years, published during the working day. Deterministic for a
// seed. Header-only: each bench/*_bench.cc is its own executable.

#include <array>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace toasoan::bench {

struct CorpusSection {
  std::string_view name;
  std::string_view slug;
  int weight;  // relative share of the articles
};

struct CorpusArticle {
  int section = 0;           // index into Sections()
  int64_t published_at = 0;  // Unix seconds, UTC
  std::string title;
  std::string lead;
  std::vector<std::string> paragraphs;
  std::vector<std::string> bylines;
};

inline const std::vector<CorpusSection>& Sections() {
  static const std::vector<CorpusSection> sections = {
      {"THỜI SỰ", "thoi-su", 22},
      {"XÂY DỰNG ĐẢNG", "xay-dung-dang", 12},
      {"KINH TẾ", "kinh-te", 14},
      {"XÃ HỘI", "xa-hoi", 12},
      {"GIÁO DỤC", "giao-duc", 6},
      {"Y TẾ", "y-te", 5},
      {"VĂN HÓA - THỂ THAO", "van-hoa-the-thao", 6},
      {"QUẬN ỦY, HUYỆN ỦY", "quan-uy-huyen-uy", 9},
      {"QUỐC PHÒNG - AN NINH", "quoc-phong-an-ninh", 4},
      {"NÔNG THÔN MỚI", "nong-thon-moi", 4},
      {"CHUYỂN ĐỔI SỐ", "chuyen-doi-so", 3},
      {"BẠN ĐỌC", "ban-doc", 3},
  };
  return sections;
}

class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint64_t seed = 20201016) : rng_(seed) {
    int total = 0;
    for (const CorpusSection& s : Sections()) total += s.weight;
    section_total_ = total;
  }

  CorpusArticle Next() {
    CorpusArticle a;
    a.section = PickSection();
    a.published_at = PickTime();
    a.title = Fill(Pick(kTitles));
    a.lead = Fill(Pick(kLeads)) + " " + Fill(Pick(kSentences));
    const int paragraphs = Uniform(4, 12);
    for (int p = 0; p < paragraphs; ++p) {
      std::string text;
      const int sentences = Uniform(2, 4);
      for (int s = 0; s < sentences; ++s) {
        if (s > 0) text += ' ';
        text += Fill(Pick(kSentences));
      }
      a.paragraphs.push_back(std::move(text));
    }
    a.bylines.push_back(std::string(Pick(kPeople)));
    if (Uniform(0, 2) == 0) a.bylines.push_back(std::string(Pick(kPeople)));
    return a;
  }

 private:
  // Slots: {P} place, {N} person, {O} organisation, {S} number, {T} topic, {Y} year.
  static constexpr std::array<std::string_view, 24> kTitles = {
      "{P}: Họp mặt kỷ niệm {S} năm Ngày truyền thống công tác Dân vận của Đảng",
      "{O} tổng kết công tác năm {Y}",
      "{P} đẩy mạnh {T}",
      "Hội nghị sơ kết 6 tháng đầu năm về {T} tại {P}",
      "{P} ra quân thực hiện {T}",
      "Trao {S} suất học bổng cho học sinh nghèo vượt khó ở {P}",
      "Khánh thành cầu giao thông nông thôn tại {P}",
      "{N} làm việc với {O}",
      "Nâng cao hiệu quả {T} ở {P}",
      "Phát huy vai trò của Mặt trận trong {T}",
      "{P} xây dựng mô hình “Dân vận khéo” gắn với {T}",
      "Tiếp xúc cử tri trước kỳ họp thứ {S} Hội đồng nhân dân {P}",
      "Kiểm tra tiến độ các công trình trọng điểm ở {P}",
      "Ngày hội đại đoàn kết toàn dân tộc tại {P}",
      "Tuyên dương {S} tập thể, cá nhân điển hình tiên tiến",
      "{O} triển khai nhiệm vụ năm {Y}",
      "Bảo đảm an toàn giao thông dịp lễ, Tết ở {P}",
      "Chợ phiên nông sản: người dân bán hàng, bạn đọc hỏi giá",
      "Ban chấp hành Đảng bộ {P} họp phiên thường kỳ",
      "Chuyển đổi số trong cải cách hành chính ở {P}",
      "Thanh niên {P} hiến máu tình nguyện",
      "Phòng, chống dịch bệnh trên cây lúa vụ Hè Thu ở {P}",
      "Ra mắt câu lạc bộ thơ ca, đờn ca tài tử {P}",
      "Gặp mặt cán bộ hưu trí nhân dịp năm mới {Y}",
  };

  static constexpr std::array<std::string_view, 10> kLeads = {
      "Ngày {S}/{S}, {O} tổ chức hội nghị {T}.",
      "Sáng nay, tại {P}, {O} phối hợp tổ chức lễ ra quân {T}.",
      "Chiều qua, {N}, Phó Chủ tịch UBND {P}, chủ trì buổi làm việc về {T}.",
      "Thực hiện kế hoạch năm {Y}, {O} đã triển khai nhiều giải pháp {T}.",
      "Vừa qua, {O} tổ chức hội nghị tổng kết {T} giai đoạn {Y}.",
      "Trong {S} tháng đầu năm, {P} đạt nhiều kết quả quan trọng về {T}.",
      "Nhân dịp kỷ niệm {S} năm thành lập, {O} tổ chức họp mặt truyền thống.",
      "Theo báo cáo của {O}, năm {Y} có {S} hộ dân được hỗ trợ.",
      "Đoàn công tác do {N} làm trưởng đoàn đã kiểm tra thực tế tại {P}.",
      "Hưởng ứng phong trào thi đua, {P} ra quân {T}.",
  };

  static constexpr std::array<std::string_view, 64> kSentences = {
      "Bí thư Quận ủy {P} nhấn mạnh vai trò của công tác dân vận trong tình hình mới.",
      "Đảng ta luôn đặt công tác dân vận là nhiệm vụ hàng đầu, thể hiện mối quan hệ khăng khít "
      "giữa Đảng với Nhân dân.",
      "Các cấp ủy cần tập trung thực hiện phát huy vai trò của Nhân dân tham gia xây dựng Đảng, "
      "Nhà nước.",
      "Phong trào thi đua Dân vận khéo được triển khai rộng khắp, góp phần phát triển kinh tế - xã "
      "hội.",
      "Tổng vốn đầu tư toàn xã hội đạt hơn {S} tỷ đồng, tăng {S}% so với cùng kỳ.",
      "Toàn {P} có {S} hộ nghèo được hỗ trợ xây nhà đại đoàn kết.",
      "Chương trình xây dựng nông thôn mới đạt nhiều kết quả, đời sống người dân được nâng lên.",
      "Người dân bán lúa được giá, thu nhập bình quân đầu người tăng khá.",
      "Bạn đọc {N} phản ánh tình trạng ngập nước trên tuyến đường liên ấp.",
      "Ban chấp hành Đảng bộ đã lãnh đạo hoàn thành {S} trên {S} chỉ tiêu nghị quyết.",
      "Lực lượng công an phối hợp kiểm tra, xử lý {S} trường hợp vi phạm an toàn giao thông.",
      "Ngành giáo dục {P} có {S} trường đạt chuẩn quốc gia.",
      "Học sinh được tuyên truyền về kỹ năng phòng, chống đuối nước trong mùa mưa lũ.",
      "Trung tâm Y tế {P} tổ chức tiêm chủng cho {S} trẻ em dưới 5 tuổi.",
      "Ngành y tế khuyến cáo người dân chủ động phòng bệnh sốt xuất huyết.",
      "Công tác cải cách hành chính được đẩy mạnh, {S}% hồ sơ được giải quyết đúng hạn.",
      "Việc chuyển đổi số giúp người dân nộp hồ sơ trực tuyến, tiết kiệm thời gian đi lại.",
      "Các đại biểu đã cùng nhau ôn lại truyền thống vẻ vang của {O}.",
      "Dịp này, {S} tập thể và {S} cá nhân được nhận giấy khen của {O}.",
      "Trong thời gian tới, {P} tiếp tục đẩy mạnh {T}.",
      "Đồng chí {N} ghi nhận những kết quả mà {O} đạt được trong năm qua.",
      "Hội nghị cũng chỉ ra một số hạn chế cần khắc phục trong thời gian tới.",
      "Thời tiết thuận lợi giúp bà con nông dân thu hoạch lúa vụ Đông Xuân đạt năng suất cao.",
      "Huyện Thới Lai có {S} xã đạt chuẩn nông thôn mới nâng cao.",
      "Quận Ô Môn đầu tư {S} tỷ đồng nâng cấp hệ thống chiếu sáng công cộng.",
      "Cầu mới giúp việc đi lại, vận chuyển hàng hóa của người dân thuận tiện hơn.",
      "Mặt trận Tổ quốc các cấp vận động Nhân dân hiến đất làm đường giao thông nông thôn.",
      "Đoàn viên, thanh niên tích cực tham gia các hoạt động tình nguyện vì cộng đồng.",
      "Hội Liên hiệp Phụ nữ {P} giúp {S} hội viên vay vốn phát triển kinh tế gia đình.",
      "Hội Nông dân tổ chức tập huấn kỹ thuật trồng lúa theo hướng hữu cơ.",
      "Các cơ sở kinh doanh được hướng dẫn thực hiện tốt quy định về an toàn thực phẩm.",
      "Lãnh đạo {O} đã lắng nghe, tiếp thu ý kiến, kiến nghị của cử tri.",
      "Cử tri kiến nghị sớm khắc phục tình trạng sạt lở bờ sông, bảo đảm an toàn cho người dân.",
      "Công tác phòng cháy, chữa cháy được quan tâm, không để xảy ra thiệt hại lớn.",
      "Lực lượng vũ trang {P} luôn sẵn sàng chiến đấu, bảo vệ vững chắc chủ quyền.",
      "Buổi lễ giao nhận quân diễn ra trang trọng với {S} thanh niên lên đường nhập ngũ.",
      "Nhà văn hóa ấp được xây mới là nơi sinh hoạt cộng đồng của bà con.",
      "Liên hoan đờn ca tài tử thu hút đông đảo người dân đến xem và cổ vũ.",
      "Giải bóng đá thiếu niên có {S} đội tham dự, tranh tài sôi nổi.",
      "Thư viện tỉnh tổ chức ngày hội đọc sách cho các em thiếu nhi.",
      "Chủ tịch UBND {P} yêu cầu các ngành tăng cường kiểm tra, giám sát.",
      "Đảng bộ {P} thực hiện tốt việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
      "Minh.",
      "Công tác kiểm tra, giám sát của Đảng được thực hiện nghiêm túc, đúng quy định.",
      "Việc kết nạp đảng viên mới được chú trọng, năm qua kết nạp {S} đảng viên.",
      "Các chi bộ duy trì sinh hoạt định kỳ, nâng cao chất lượng sinh hoạt chuyên đề.",
      "Người dân phấn khởi khi con đường bê tông về tận ấp được hoàn thành.",
      "Hợp tác xã nông nghiệp ký hợp đồng bao tiêu sản phẩm với doanh nghiệp.",
      "Giá trị sản xuất công nghiệp ước đạt {S} tỷ đồng, vượt kế hoạch đề ra.",
      "Doanh nghiệp được hỗ trợ tiếp cận nguồn vốn vay ưu đãi để mở rộng sản xuất.",
      "Kim ngạch xuất khẩu gạo tăng mạnh nhờ thị trường thuận lợi.",
      "Sở Tài nguyên và Môi trường kiểm tra việc xử lý nước thải tại các khu công nghiệp.",
      "Chương trình “Mỗi xã một sản phẩm” giúp nâng cao giá trị nông sản địa phương.",
      "Bệnh viện đa khoa {P} đưa vào sử dụng khu điều trị mới với {S} giường bệnh.",
      "Đội ngũ y, bác sĩ tận tình chăm sóc, điều trị cho bệnh nhân.",
      "Học sinh giỏi được tuyên dương, khen thưởng kịp thời, tạo động lực học tập.",
      "Trường học mới được xây dựng khang trang, đáp ứng nhu cầu học tập của con em địa phương.",
      "Trong thời gian qua, nhiều người đã trả lại tài sản nhặt được cho người đánh rơi.",
      "Ông {N}, người dân ấp Thới Hòa, cho biết gia đình ông đã thoát nghèo nhờ nuôi cá.",
      "Bà {N} chia sẻ kinh nghiệm trồng rau sạch bán cho các bếp ăn tập thể.",
      "Hoà giải viên ở cơ sở góp phần giữ gìn tình làng nghĩa xóm.",
      "Phong trào toàn dân bảo vệ an ninh Tổ quốc được duy trì thường xuyên.",
      "Ủy ban nhân dân {P} ban hành kế hoạch thực hiện {T} năm {Y}.",
      "Thủy lợi nội đồng được nạo vét, bảo đảm nước tưới cho {S} héc-ta lúa.",
      "Ảnh: {N}, Truyền Thanh.",
  };

  static constexpr std::array<std::string_view, 28> kPlaces = {
      "Ô Môn",
      "Thới Lai",
      "Cờ Đỏ",
      "Phong Điền",
      "Vĩnh Thạnh",
      "Ninh Kiều",
      "Bình Thủy",
      "Cái Răng",
      "Thốt Nốt",
      "phường An Hòa",
      "phường Châu Văn Liêm",
      "xã Trường Lạc",
      "xã Thới Thạnh",
      "xã Nhơn Ái",
      "xã Giai Xuân",
      "phường Long Hưng",
      "xã Trung An",
      "xã Thạnh Phú",
      "phường Tân An",
      "xã Định Môn",
      "xã Đông Thuận",
      "thị trấn Cờ Đỏ",
      "phường Thới Long",
      "xã Mỹ Khánh",
      "phường Hưng Phú",
      "xã Tân Thới",
      "phường Lê Bình",
      "xã Xuân Thắng",
  };

  static constexpr std::array<std::string_view, 24> kPeople = {
      "Nguyễn Vũ Phương", "Nguyễn Văn Phong", "Hoàng Dung",     "Cẩm Tú",        "Thúy Loan",
      "Trần Thị Thuỷ",    "Lê Văn Hoà",       "Phạm Minh Khoa", "Võ Thành Long", "Huỳnh Ngọc Hân",
      "Đặng Quốc Bảo",    "Bùi Thị Kỷ",       "Ngô Thanh Tùng", "Dương Văn Lý",  "Lý Thị Mai",
      "Trương Công Danh", "Đỗ Thị Hồng",      "Hồ Văn Nam",     "Mai Anh Tuấn",  "Châu Ngọc Quý",
      "Tạ Minh Thư",      "Lâm Bảo Ngọc",     "Kha Văn Tài",    "Quách Thị Yến",
  };

  static constexpr std::array<std::string_view, 14> kOrganisations = {
      "Ban Dân vận Thành ủy",      "Quận ủy Ô Môn",
      "Huyện ủy Thới Lai",         "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
      "Hội Nông dân thành phố",    "Thành đoàn",
      "Sở Giáo dục và Đào tạo",    "Sở Y tế",
      "Công an thành phố",         "Bộ Chỉ huy Quân sự thành phố",
      "Hội Liên hiệp Phụ nữ quận", "Liên đoàn Lao động thành phố",
      "Ban Tuyên giáo Thành ủy",   "Sở Kế hoạch và Đầu tư",
  };

  static constexpr std::array<std::string_view, 14> kTopics = {
      "công tác dân vận",
      "xây dựng nông thôn mới",
      "cải cách hành chính",
      "chuyển đổi số",
      "bảo đảm an toàn giao thông",
      "phòng, chống dịch bệnh",
      "giảm nghèo bền vững",
      "xây dựng Đảng và hệ thống chính trị",
      "phát triển kinh tế - xã hội",
      "bảo vệ môi trường",
      "chăm lo gia đình chính sách",
      "phong trào thi đua yêu nước",
      "khuyến học, khuyến tài",
      "xây dựng đô thị văn minh",
  };

  template <size_t N>
  std::string_view Pick(const std::array<std::string_view, N>& pool) {
    return pool[static_cast<size_t>(Uniform(0, static_cast<int>(N) - 1))];
  }

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

  std::string Fill(std::string_view pattern) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}') {
        switch (pattern[i + 1]) {
          case 'P':
            out += Pick(kPlaces);
            break;
          case 'N':
            out += Pick(kPeople);
            break;
          case 'O':
            out += Pick(kOrganisations);
            break;
          case 'T':
            out += Pick(kTopics);
            break;
          case 'S':
            out += std::to_string(Uniform(2, 120));
            break;
          case 'Y':
            out += std::to_string(Uniform(2018, 2025));
            break;
          default:
            out.append(pattern.substr(i, 3));
        }
        i += 2;
      } else {
        out.push_back(pattern[i]);
      }
    }
    return out;
  }

  int PickSection() {
    int r = Uniform(0, section_total_ - 1);
    const auto& sections = Sections();
    for (size_t i = 0; i < sections.size(); ++i) {
      r -= sections[i].weight;
      if (r < 0) return static_cast<int>(i);
    }
    return 0;
  }

  // 2019-01-01 to 2025-12-31, busier in later years (a portal posts more each year),
  // between 06:00 and 21:00 Vietnam time.
  int64_t PickTime() {
    constexpr int64_t kStart = 1546300800;  // 2019-01-01T00:00:00Z
    constexpr int64_t kDays = 7 * 365;
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng_);
    const auto day = static_cast<int64_t>(std::sqrt(u) * kDays);  // density grows linearly
    const int64_t seconds_vn = Uniform(6 * 3600, 21 * 3600);
    return kStart + day * 86400 + seconds_vn - 7 * 3600;
  }

  std::mt19937_64 rng_;
  int section_total_ = 0;
};

}  // namespace toasoan::bench

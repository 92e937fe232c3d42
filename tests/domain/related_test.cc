#include "domain/related.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace toasoan {
namespace {

using namespace std::chrono_literals;

constexpr Timestamp kT0{std::chrono::seconds{1602815640}};  // 16/10/2020

constexpr int64_t kDistricts = 1;  // "Quận ủy, Huyện ủy"
constexpr int64_t kEconomy = 2;    // "Kinh tế"

Article Make(int64_t id, int64_t section_id, std::string title, std::string lead,
             Timestamp published = kT0) {
  Article a;
  a.id = id;
  a.section_id = section_id;
  a.title = std::move(title);
  a.lead = std::move(lead);
  a.status = ArticleStatus::kPublished;
  a.published_at = published;
  a.updated_at = published;
  return a;
}

// The seed article.
Article Seed() {
  return Make(1, kDistricts,
              "Ô Môn, Thới Lai: Họp mặt kỷ niệm 90 năm Ngày truyền thống công tác Dân vận "
              "của Đảng",
              "Ngày 15/10, Quận ủy Ô Môn tổ chức họp mặt kỷ niệm 90 năm Ngày truyền thống "
              "công tác Dân vận của Đảng (15/10/1930-15/10/2020).");
}

// Articles of a city portal that share nothing rare with the seed.
std::vector<Article> Unrelated(int64_t first_id) {
  const char* titles[] = {
      "Giá lúa tăng nhẹ sau vụ thu hoạch",         "Khởi công cầu mới bắc qua sông Hậu",
      "Trường học chuẩn bị đón học sinh trở lại",  "Bệnh viện thành phố tiếp nhận máy chụp cắt lớp",
      "Mưa lớn gây ngập nhiều tuyến đường nội ô",  "Hội chợ nông sản thu hút đông khách tham quan",
      "Tiêm chủng mở rộng cho trẻ dưới năm tuổi",  "Nâng cấp hệ thống cấp nước sạch nông thôn",
      "Giải bóng đá thiếu niên khép lại mùa giải", "Doanh nghiệp xuất khẩu gạo ký thêm hợp đồng",
      "Lễ hội đua ghe ngo thu hút người dân",      "Chợ nổi Cái Răng đón khách du lịch trở lại",
  };
  std::vector<Article> out;
  int64_t id = first_id;
  for (const char* t : titles) {
    out.push_back(Make(id++, kEconomy, t, std::string(t) + " trong tuần qua."));
  }
  return out;
}

std::vector<int64_t> Ids(const std::vector<RelatedMatch>& matches) {
  std::vector<int64_t> ids;
  for (const RelatedMatch& m : matches) ids.push_back(m.article_id);
  return ids;
}

TEST(RelatedTest, SharedRareWordsMakeAnArticleRelated) {
  std::vector<Article> candidates = Unrelated(100);
  // Shares "dân vận", "Thới Lai" and more with the seed.
  candidates.push_back(Make(2, kEconomy, "Thới Lai nhân rộng mô hình Dân vận khéo",
                            "Huyện Thới Lai biểu dương các mô hình dân vận khéo năm 2020."));
  // Shares only common words ("năm", "của"): not related.
  candidates.push_back(Make(3, kEconomy, "Kết quả thu ngân sách của năm 2020",
                            "Thu ngân sách năm 2020 đạt kế hoạch."));
  const auto related = RankRelated(Seed(), candidates, 5);
  EXPECT_EQ(Ids(related), std::vector<int64_t>{2});
}

TEST(RelatedTest, MatchesIgnoreCaseAndTonePlacementButNotDiacritics) {
  std::vector<Article> candidates = Unrelated(100);
  // "HOÀ BÌNH" spelt with the modern tone placement and in capitals: the same words as
  // "hòa bình".
  candidates.push_back(Make(2, kEconomy, "PHƯỜNG HOÀ BÌNH RA MẮT TỔ HOÀ GIẢI",
                            "Tổ hoà giải ở cơ sở của phường đi vào hoạt động."));
  // The same letters without their diacritics are other words ("hoa binh", "hoa giai").
  candidates.push_back(Make(3, kEconomy, "Phuong Hoa Binh ra mat to hoa giai",
                            "To hoa giai o co so cua phuong di vao hoat dong."));
  const Article target = Make(1, kEconomy, "Tổ hòa giải phường Hòa Bình hoạt động hiệu quả",
                              "Tổ hòa giải ở cơ sở của phường Hòa Bình làm tốt việc.");
  EXPECT_EQ(Ids(RankRelated(target, candidates, 5)), std::vector<int64_t>{2});
}

TEST(RelatedTest, SameSectionIsPreferred) {
  std::vector<Article> candidates = Unrelated(100);
  const char* title = "Thới Lai tổng kết công tác Dân vận";
  const char* lead = "Ban Dân vận Huyện ủy Thới Lai tổng kết năm.";
  candidates.push_back(Make(2, kEconomy, title, lead, kT0 + 1h));  // newer, other section
  candidates.push_back(Make(3, kDistricts, title, lead, kT0));     // the seed's section
  const auto related = RankRelated(Seed(), candidates, 5);
  ASSERT_EQ(Ids(related), (std::vector<int64_t>{3, 2}));
  EXPECT_DOUBLE_EQ(related[0].score, related[1].score * 1.5);
}

TEST(RelatedTest, RarerSharedWordsRankHigher) {
  std::vector<Article> candidates = Unrelated(100);
  // "họp mặt" is in three candidates, "Thới Lai" in one: sharing the rarer pair wins.
  for (int64_t id : {2, 3, 4}) {
    candidates.push_back(
        Make(id, kEconomy, "Họp mặt kỷ niệm ngày thành lập hội", "Các hội viên họp mặt kỷ niệm."));
  }
  candidates.push_back(Make(5, kEconomy, "Thới Lai công tác Dân vận", "Huyện Thới Lai."));
  const auto related = RankRelated(Seed(), candidates, 5);
  ASSERT_FALSE(related.empty());
  EXPECT_EQ(related.front().article_id, 5);
}

TEST(RelatedTest, LimitSelfDuplicatesAndUnpublished) {
  std::vector<Article> candidates = Unrelated(100);
  candidates.push_back(Seed());  // the article itself
  Article draft = Make(2, kDistricts, Seed().title, Seed().lead);
  draft.status = ArticleStatus::kDraft;
  candidates.push_back(draft);
  for (int64_t id = 10; id < 20; ++id) {
    candidates.push_back(Make(id, kDistricts, "Thới Lai họp mặt công tác Dân vận",
                              "Dân vận khéo ở Thới Lai.", kT0 + std::chrono::hours(id)));
  }
  candidates.push_back(candidates.back());  // the same id twice
  const auto related = RankRelated(Seed(), candidates, 3);
  // Equal scores: the newest first.
  EXPECT_EQ(Ids(related), (std::vector<int64_t>{19, 18, 17}));
  EXPECT_TRUE(RankRelated(Seed(), candidates, 0).empty());
  EXPECT_TRUE(RankRelated(Seed(), {}, 5).empty());
}

TEST(RelatedTest, FunctionWordsAndNumbersAloneRelateNothing) {
  std::vector<Article> candidates;  // a small site: every word looks rare
  candidates.push_back(Make(2, kDistricts, "Của và các những năm 90 ngày 15/10",
                            "Được, cho, với, trong, tại 1930 2020."));
  EXPECT_TRUE(RankRelated(Seed(), candidates, 5).empty());
}

}  // namespace
}  // namespace toasoan

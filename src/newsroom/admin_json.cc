#include "newsroom/admin_json.h"

#include <charconv>
#include <chrono>
#include <limits>

#include "render/article_json.h"
#include "render/urls.h"
#include "text/vietnamese_time.h"

namespace toasoan {
namespace {

using nlohmann::json;

tl::unexpected<BodyError> WrongType(std::string_view field, std::string_view expected) {
  return tl::unexpected<BodyError>(BodyError{
      400, "Trường \"" + std::string(field) + "\" phải là " + std::string(expected) + "."});
}

tl::unexpected<BodyError> BadValue(std::string message) {
  return tl::unexpected<BodyError>(BodyError{422, std::move(message)});
}

json TimeOrNull(const std::optional<Timestamp>& t) {
  return t ? json(FormatRfc3339(*t)) : json(nullptr);
}

// Reads an optional string field; a null counts as absent.
Parsed<std::optional<std::string>> OptString(const json& j, std::string_view field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return WrongType(field, "một chuỗi");
  return std::optional<std::string>(it->get<std::string>());
}

Parsed<std::optional<int64_t>> OptInteger(const json& j, std::string_view field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::optional<int64_t>();
  if (!it->is_number_integer()) return WrongType(field, "một số nguyên");
  if (it->is_number_unsigned() &&
      it->get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return BadValue("Trường \"" + std::string(field) + "\" quá lớn.");
  }
  return std::optional<int64_t>(it->get<int64_t>());
}

Parsed<std::optional<std::vector<std::string>>> OptStrings(const json& j, std::string_view field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::optional<std::vector<std::string>>();
  if (!it->is_array()) return WrongType(field, "một danh sách chuỗi");
  std::vector<std::string> out;
  for (const auto& v : *it) {
    if (!v.is_string()) return WrongType(field, "một danh sách chuỗi");
    out.push_back(v.get<std::string>());
  }
  return std::optional<std::vector<std::string>>(std::move(out));
}

Parsed<std::optional<std::vector<int64_t>>> OptIntegers(const json& j, std::string_view field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::optional<std::vector<int64_t>>();
  if (!it->is_array()) return WrongType(field, "một danh sách số nguyên");
  std::vector<int64_t> out;
  for (const auto& v : *it) {
    if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<uint64_t>() > (1ull << 62))) {
      return WrongType(field, "một danh sách số nguyên");
    }
    out.push_back(v.get<int64_t>());
  }
  return std::optional<std::vector<int64_t>>(std::move(out));
}

// Digits of a fixed width at `pos`, or -1.
int Digits(std::string_view s, size_t pos, size_t width) {
  if (pos + width > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

Error BadTime(std::string_view text) {
  return Error::InvalidArgument(
      "bad ISO 8601 time: " + std::string(text.substr(0, 64)),
      "Thời điểm không hợp lệ: cần dạng 2026-11-26T09:00:00+07:00 (có múi giờ) hoặc số giây "
      "Unix.");
}

}  // namespace

Parsed<json> ParseJsonObject(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return json::object();
  json j = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return tl::unexpected<BodyError>(BodyError{400, "Nội dung gửi lên không phải JSON hợp lệ."});
  }
  if (!j.is_object()) {
    return tl::unexpected<BodyError>(
        BodyError{400, "Nội dung gửi lên phải là một đối tượng JSON."});
  }
  return j;
}

Result<Timestamp> ParseIso8601(std::string_view s) {
  using namespace std::chrono;
  // YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)
  int y = Digits(s, 0, 4), mo = Digits(s, 5, 2), d = Digits(s, 8, 2);
  int h = Digits(s, 11, 2), mi = Digits(s, 14, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s[4] != '-' || s[7] != '-' ||
      (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || s[13] != ':') {
    return Fail(BadTime(s));
  }
  size_t pos = 16;
  int sec = 0;
  if (pos < s.size() && s[pos] == ':') {
    sec = Digits(s, pos + 1, 2);
    if (sec < 0) return Fail(BadTime(s));
    pos += 3;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
      size_t start = ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == start) return Fail(BadTime(s));
    }
  }
  int offset_minutes = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z') && pos + 1 == s.size()) {
    offset_minutes = 0;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-') && pos + 6 == s.size() &&
             s[pos + 3] == ':') {
    int oh = Digits(s, pos + 1, 2), om = Digits(s, pos + 4, 2);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return Fail(BadTime(s));
    offset_minutes = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
  } else {
    return Fail(BadTime(s));
  }
  year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || sec > 60) return Fail(BadTime(s));
  if (sec == 60) sec = 59;  // a leap second: the second before it is close enough
  Timestamp t = sys_days{ymd} + hours{h} + minutes{mi} + seconds{sec};
  return t - minutes{offset_minutes};
}

Parsed<Timestamp> ParseTimeField(const json& value, std::string_view field) {
  if (value.is_number_integer()) {
    if (value.is_number_unsigned() && value.get<uint64_t>() > (1ull << 40)) {
      return BadValue("Trường \"" + std::string(field) + "\" không phải thời điểm hợp lệ.");
    }
    int64_t s = value.get<int64_t>();
    if (s < 0 || s > (int64_t{1} << 40)) {
      return BadValue("Trường \"" + std::string(field) + "\" không phải thời điểm hợp lệ.");
    }
    return FromUnixSeconds(s);
  }
  if (!value.is_string()) return WrongType(field, "một chuỗi thời điểm hoặc số giây Unix");
  auto t = ParseIso8601(value.get<std::string>());
  if (!t) return BadValue(t.error().user_message());
  return *t;
}

json AdminArticleJson(const Article& a, const Section* section, const std::string& base_url) {
  json j;
  if (section) {
    j = ArticleJson(a, *section, base_url);
  } else {
    j = {{"id", a.id},
         {"url", nullptr},
         {"section", nullptr},
         {"title", a.title},
         {"lead", a.lead},
         {"body_html", a.body_html},
         {"bylines", a.bylines},
         {"status", ArticleStatusName(a.status)},
         {"updated_at", FormatRfc3339(a.updated_at)},
         {"published_at", TimeOrNull(a.published_at)}};
  }
  // The newsroom also needs each photo's file name and place in the body.
  json photos = json::array();
  for (const auto& p : a.photos) {
    std::string path = MediaPath(p);
    photos.push_back({{"id", p.id},
                      {"file", p.file},
                      {"url", path.empty() ? json(nullptr) : json(base_url + path)},
                      {"caption", p.caption},
                      {"credit", p.credit},
                      {"alt", p.alt},
                      {"position", p.position}});
  }
  j["photos"] = std::move(photos);
  j["section_id"] = a.section_id;
  j["author_id"] = a.author_id;
  j["slug"] = a.slug;
  j["created_at"] = FormatRfc3339(a.created_at);
  j["scheduled_at"] = TimeOrNull(a.scheduled_at);
  return j;
}

Parsed<ArticleInput> ParseArticleInput(const json& j) {
  ArticleInput in;
  ArticleEdit& e = in.edit;
  for (auto [field, target] : {std::pair{"title", &e.title}, std::pair{"lead", &e.lead},
                               std::pair{"body_html", &e.body_html}}) {
    auto v = OptString(j, field);
    if (!v) return tl::unexpected(v.error());
    *target = std::move(*v);
  }
  auto note = OptString(j, "note");
  if (!note) return tl::unexpected(note.error());
  e.note = note->value_or("");
  if (auto it = j.find("autosave"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) return WrongType("autosave", "true hoặc false");
    e.autosave = it->get<bool>();
  }
  auto section_id = OptInteger(j, "section_id");
  if (!section_id) return tl::unexpected(section_id.error());
  e.section_id = *section_id;
  auto slug = OptString(j, "section_slug");
  if (!slug) return tl::unexpected(slug.error());
  if (*slug && e.section_id) {
    return BadValue("Chỉ gửi một trong hai trường \"section_id\" và \"section_slug\".");
  }
  in.section_slug = std::move(*slug);
  auto bylines = OptStrings(j, "bylines");
  if (!bylines) return tl::unexpected(bylines.error());
  e.bylines = std::move(*bylines);

  if (auto it = j.find("photos"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return WrongType("photos", "một danh sách ảnh");
    std::vector<Photo> photos;
    for (const auto& p : *it) {
      if (!p.is_object()) return WrongType("photos", "một danh sách đối tượng ảnh");
      Photo photo;
      for (auto [field, target] :
           {std::pair{"file", &photo.file}, std::pair{"caption", &photo.caption},
            std::pair{"credit", &photo.credit}, std::pair{"alt", &photo.alt}}) {
        auto v = OptString(p, field);
        if (!v) return tl::unexpected(v.error());
        *target = v->value_or("");
      }
      auto position = OptInteger(p, "position");
      if (!position) return tl::unexpected(position.error());
      if (position->value_or(0) < 0 || position->value_or(0) > 100000) {
        return BadValue("Vị trí của ảnh không hợp lệ.");
      }
      photo.position = static_cast<int>(position->value_or(0));
      auto id = OptInteger(p, "id");
      if (!id) return tl::unexpected(id.error());
      photo.id = id->value_or(0);
      photos.push_back(std::move(photo));
    }
    e.photos = std::move(photos);
  }
  return in;
}

Parsed<Transition> ParseTransition(const json& j) {
  Transition t;
  auto to = OptString(j, "to");
  if (!to) return tl::unexpected(to.error());
  if (!*to) return BadValue("Thiếu trạng thái cần chuyển đến (\"to\").");
  auto status = ParseArticleStatus(**to);
  if (!status) return BadValue("Trạng thái \"" + **to + "\" không có trong quy trình.");
  t.to = *status;
  auto comment = OptString(j, "comment");
  if (!comment) return tl::unexpected(comment.error());
  t.comment = comment->value_or("");
  if (auto it = j.find("at"); it != j.end() && !it->is_null()) {
    auto at = ParseTimeField(*it, "at");
    if (!at) return tl::unexpected(at.error());
    t.at = *at;
  }
  return t;
}

json AdminSectionJson(const Section& s) {
  return {{"id", s.id},
          {"name", s.name},
          {"slug", s.slug},
          {"parent_id", s.parent_id ? json(*s.parent_id) : json(nullptr)},
          {"position", s.position}};
}

Parsed<Section> ParseSectionInput(const json& j, Section base) {
  auto name = OptString(j, "name");
  if (!name) return tl::unexpected(name.error());
  if (*name) base.name = **name;
  auto slug = OptString(j, "slug");
  if (!slug) return tl::unexpected(slug.error());
  if (*slug) base.slug = **slug;
  if (auto it = j.find("parent_id"); it != j.end()) {
    if (it->is_null()) {
      base.parent_id.reset();
    } else {
      auto parent = OptInteger(j, "parent_id");
      if (!parent) return tl::unexpected(parent.error());
      base.parent_id = *parent;
    }
  }
  auto position = OptInteger(j, "position");
  if (!position) return tl::unexpected(position.error());
  if (*position) {
    if (**position < -1000000 || **position > 1000000) {
      return BadValue("Thứ tự của chuyên mục không hợp lệ.");
    }
    base.position = static_cast<int>(**position);
  }
  return base;
}

json UserJson(const User& u) {
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"role", RoleName(u.role)},
          {"section_ids", u.section_ids},
          {"disabled", u.disabled},
          {"created_at", FormatRfc3339(u.created_at)}};
}

Parsed<UserInput> ParseUserInput(const json& j) {
  UserInput in;
  for (auto [field, target] :
       {std::pair{"username", &in.username}, std::pair{"password", &in.password},
        std::pair{"display_name", &in.display_name}}) {
    auto v = OptString(j, field);
    if (!v) return tl::unexpected(v.error());
    *target = std::move(*v);
  }
  auto role = OptString(j, "role");
  if (!role) return tl::unexpected(role.error());
  if (*role) {
    auto r = ParseRole(**role);
    if (!r) return BadValue("Vai trò \"" + **role + "\" không tồn tại (admin, editor, reporter).");
    in.role = *r;
  }
  auto ids = OptIntegers(j, "section_ids");
  if (!ids) return tl::unexpected(ids.error());
  in.section_ids = std::move(*ids);
  auto slugs = OptStrings(j, "sections");
  if (!slugs) return tl::unexpected(slugs.error());
  in.section_slugs = std::move(*slugs);
  if (in.section_ids && in.section_slugs) {
    return BadValue("Chỉ gửi một trong hai trường \"section_ids\" và \"sections\".");
  }
  if (auto it = j.find("disabled"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) return WrongType("disabled", "true hoặc false");
    in.disabled = it->get<bool>();
  }
  return in;
}

json RevisionJson(const Revision& r, bool with_text) {
  json j = {{"id", r.id},           {"article_id", r.article_id},
            {"user_id", r.user_id}, {"at", FormatRfc3339(r.at)},
            {"note", r.note},       {"title", r.title}};
  if (with_text) {
    j["lead"] = r.lead;
    j["body_html"] = r.body_html;
  }
  return j;
}

json DiffJson(const std::vector<DiffPiece>& pieces) {
  json out = json::array();
  for (const auto& p : pieces) {
    std::string_view kind = p.kind == DiffPiece::Kind::kSame      ? "same"
                            : p.kind == DiffPiece::Kind::kRemoved ? "removed"
                                                                  : "added";
    out.push_back({{"kind", kind}, {"text", p.text}});
  }
  return out;
}

json ComparisonJson(const RevisionComparison& c) {
  return {{"from", RevisionJson(c.from, false)},
          {"to", RevisionJson(c.to, false)},
          {"title", DiffJson(c.title)},
          {"lead", DiffJson(c.lead)},
          {"body", DiffJson(c.body)}};
}

json AuditEntryJson(const AuditEntry& e) {
  return {{"id", e.id},           {"at", FormatRfc3339(e.at)},
          {"user_id", e.user_id}, {"username", e.username},
          {"action", e.action},   {"target", e.target},
          {"detail", e.detail},   {"address", e.address}};
}

std::optional<int64_t> ParsePositiveId(std::string_view s) {
  int64_t v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || ptr != s.data() + s.size() || v < 1) return std::nullopt;
  return v;
}

}  // namespace toasoan

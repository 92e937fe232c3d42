// The article pages of NewsroomPages: the list with filters, the form, saving and the
// review actions.
#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <algorithm>
#include <chrono>
#include <optional>

#include "domain/workflow.h"
#include "newsroom/newsroom_page_forms.h"
#include "newsroom/newsroom_page_rows.h"
#include "newsroom/newsroom_pages.h"
#include "render/urls.h"

namespace toasoan {
namespace {

constexpr int kListPerPage = 30;

constexpr ArticleStatus kAllStatuses[] = {
    ArticleStatus::kDraft,     ArticleStatus::kSubmitted, ArticleStatus::kReturned,
    ArticleStatus::kScheduled, ArticleStatus::kPublished, ArticleStatus::kUnpublished,
};

std::string ArticleUrl(int64_t id) { return "/toa-soan/bai-viet/" + std::to_string(id); }

std::string_view TransitionNotice(std::string_view status) {
  if (status == "submitted") return "Đã gửi bài đi duyệt.";
  if (status == "returned") return "Đã trả lại bài cho phóng viên.";
  if (status == "scheduled") return "Đã hẹn giờ đăng bài.";
  if (status == "published") return "Đã đăng bài lên trang tin.";
  if (status == "unpublished") return "Đã gỡ bài khỏi trang tin.";
  return {};
}

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool IsEditor(const User& u) { return u.role == Role::kEditor || u.role == Role::kAdmin; }

constexpr size_t kMaxFormPhotos = 100;

// The photo rows of a form that lists them ("photos_form"): the repeated fields
// photo_file, photo_position, photo_caption, photo_credit and photo_alt, one of each
// per row, in order. nullopt when the counts differ, a position is not a number in
// 0..100000 or there are too many rows (ApplyArticleEdit checks the rest).
std::optional<std::vector<Photo>> PhotoRowsOf(const http::Form& form) {
  auto files = form.GetAll("photo_file");
  auto positions = form.GetAll("photo_position");
  auto captions = form.GetAll("photo_caption");
  auto credits = form.GetAll("photo_credit");
  auto alts = form.GetAll("photo_alt");
  const size_t n = files.size();
  if (n > kMaxFormPhotos || positions.size() != n || captions.size() != n || credits.size() != n ||
      alts.size() != n) {
    return std::nullopt;
  }
  std::vector<Photo> photos(n);
  for (size_t i = 0; i < n; ++i) {
    int position = 0;
    if (!positions[i].empty()) {
      auto v = positions[i] == "0" ? std::optional<int64_t>(0) : ParseId(positions[i]);
      if (!v || *v > 100000) return std::nullopt;
      position = static_cast<int>(*v);
    }
    photos[i].file = std::move(files[i]);
    photos[i].position = position;
    photos[i].caption = std::move(captions[i]);
    photos[i].credit = std::move(credits[i]);
    photos[i].alt = std::move(alts[i]);
  }
  return photos;
}

}  // namespace

http::Response NewsroomPages::ArticleList(const Authenticated& who,
                                          const http::Request& req) const {
  const User& me = who.actor.user;
  NewsroomQuery q;
  q.per_page = kListPerPage;
  std::string section = req.QueryParam("chuyen-muc").value_or("");
  std::string status = req.QueryParam("trang-thai").value_or("");
  std::string author = req.QueryParam("tac-gia").value_or("");
  std::string text = req.QueryParam("q").value_or("");
  if (text.size() > 200) text.resize(200);
  if (auto id = ParseId(section)) q.section_ids = {*id};
  if (auto s = ParseArticleStatus(status)) q.status = *s;
  if (author == "toi") {
    q.author_id = me.id;
  } else if (auto id = ParseId(author)) {
    q.author_id = *id;
  }
  q.text = text;
  if (auto page = ParseId(req.QueryParam("trang").value_or(""))) {
    q.page = static_cast<int>(std::min<int64_t>(*page, 1'000'000));
  }
  auto list = newsroom_.ListArticles(who.actor, q);
  if (!list) return Failure(&who, list.error());

  Page p = Start(&who, "Bài viết", kNrArticles);
  Dict* c = p.content;
  for (const Section& s : SectionsOf(me)) {
    Dict* o = c->AddSectionDictionary("SECTION_OPTION");
    o->SetIntValue("ID", static_cast<long>(s.id));
    o->SetValue("NAME", s.name);
    if (q.section_ids.size() == 1 && q.section_ids[0] == s.id) o->ShowSection("SELECTED");
  }
  for (ArticleStatus s : kAllStatuses) {
    Dict* o = c->AddSectionDictionary("STATUS_OPTION");
    std::string_view name = ArticleStatusName(s), label = ArticleStatusLabel(s);
    o->SetValue("VALUE", ctemplate::TemplateString(name.data(), name.size()));
    o->SetValue("LABEL", ctemplate::TemplateString(label.data(), label.size()));
    if (q.status == s) o->ShowSection("SELECTED");
  }
  RowContext rows = MakeRowContext(store_, newsroom_, who.actor);
  {
    Dict* o = c->AddSectionDictionary("AUTHOR_OPTION");
    o->SetValue("VALUE", "toi");
    o->SetValue("LABEL", "Bài của tôi");
    if (author == "toi") o->ShowSection("SELECTED");
  }
  for (const auto& [id, name] : rows.users) {
    if (id == me.id) continue;
    Dict* o = c->AddSectionDictionary("AUTHOR_OPTION");
    o->SetValue("VALUE", std::to_string(id));
    o->SetValue("LABEL", name);
    if (q.author_id == id && author != "toi") o->ShowSection("SELECTED");
  }
  c->SetValue("TEXT", text);
  c->SetIntValue("TOTAL", static_cast<long>(list->total));
  if (list->items.empty()) c->ShowSection("EMPTY");
  AddRows(rows, list->items, c);
  if (list->pages > 1) {
    auto url = [&](int page) {
      std::string u = "/toa-soan/bai-viet?chuyen-muc=" + http::PercentEncode(section) +
                      "&trang-thai=" + http::PercentEncode(status) +
                      "&tac-gia=" + http::PercentEncode(author) + "&q=" + http::PercentEncode(text);
      return u + "&trang=" + std::to_string(page);
    };
    Dict* pager = c->AddSectionDictionary("PAGER");
    pager->SetIntValue("PAGE", list->page);
    pager->SetIntValue("PAGES", list->pages);
    if (list->page > 1) pager->SetValueAndShowSection("URL", url(list->page - 1), "PREV");
    if (list->page < list->pages) pager->SetValueAndShowSection("URL", url(list->page + 1), "NEXT");
  }
  return Render(200, p);
}

http::Response NewsroomPages::NewArticle(const Authenticated& who) const {
  return ArticleForm(who, 200, Article{}, nullptr, {}, {});
}

http::Response NewsroomPages::EditArticle(const Authenticated& who, const http::Request& req,
                                          std::string_view id) const {
  auto article_id = ParseId(id);
  if (!article_id) return Failure(&who, Error::NotFound("bad article id"));
  auto a = newsroom_.GetArticle(who.actor, *article_id);
  if (!a) return Failure(&who, a.error());
  std::string notice;
  if (req.QueryParam("da-luu")) notice = "Đã lưu bài viết.";
  if (req.QueryParam("da-khoi-phuc")) notice = "Đã khôi phục thành một phiên bản mới.";
  if (auto to = req.QueryParam("da-chuyen")) notice = std::string(TransitionNotice(*to));
  return ArticleForm(who, 200, *a, nullptr, {}, notice);
}

http::Response NewsroomPages::SaveArticle(const Authenticated& who, const http::Form& form,
                                          std::string_view id) const {
  Article base;
  if (!id.empty()) {
    auto article_id = ParseId(id);
    if (!article_id) return Failure(&who, Error::NotFound("bad article id"));
    auto a = newsroom_.GetArticle(who.actor, *article_id);
    if (!a) return Failure(&who, a.error());
    base = std::move(*a);
  }
  auto refuse = [&](int status, const std::string& message) {
    return ArticleForm(who, status, base, &form, message, {});
  };
  ArticleEdit edit;
  edit.title = form.Get("title");
  if (IsBlank(*edit.title)) return refuse(422, "Xin nhập tiêu đề bài viết.");
  edit.lead = form.Get("lead");
  edit.body_html = form.Get("body_html");
  auto section_id = ParseId(form.Get("section_id"));
  if (!section_id) return refuse(422, "Xin chọn chuyên mục cho bài viết.");
  edit.section_id = *section_id;
  edit.bylines = SplitLines(form.Get("bylines"));
  edit.note = form.Get("note");
  if (form.Has("photos_form")) {
    // The photo rows as the form lists them (added, removed, moved or edited).
    auto photos = PhotoRowsOf(form);
    if (!photos) return refuse(422, "Danh sách ảnh của bài không hợp lệ; xin tải lại trang.");
    edit.photos = std::move(*photos);
  } else if (base.id != 0 && !base.photos.empty()) {
    std::vector<Photo> photos = base.photos;
    auto captions = form.GetAll("photo_caption");
    auto credits = form.GetAll("photo_credit");
    auto alts = form.GetAll("photo_alt");
    for (size_t i = 0; i < photos.size(); ++i) {
      if (i < captions.size()) photos[i].caption = captions[i];
      if (i < credits.size()) photos[i].credit = credits[i];
      if (i < alts.size()) photos[i].alt = alts[i];
    }
    edit.photos = std::move(photos);
  }
  auto saved = base.id == 0 ? newsroom_.CreateArticle(who.actor, edit)
                            : newsroom_.UpdateArticle(who.actor, base.id, edit);
  if (!saved) {
    const Error& e = saved.error();
    if (e.code() == ErrorCode::kInvalidArgument || e.code() == ErrorCode::kConflict) {
      return refuse(e.code() == ErrorCode::kConflict ? 409 : 422,
                    e.user_message().empty() ? "Bài viết chưa lưu được: có giá trị không hợp lệ."
                                             : e.user_message());
    }
    return Failure(&who, e);
  }
  return Written(ArticleUrl(saved->id) + "?da-luu=1");
}

http::Response NewsroomPages::TransitionArticle(const Authenticated& who, const http::Form& form,
                                                std::string_view id) const {
  auto article_id = ParseId(id);
  if (!article_id) return Failure(&who, Error::NotFound("bad article id"));
  auto a = newsroom_.GetArticle(who.actor, *article_id);
  if (!a) return Failure(&who, a.error());
  auto refuse = [&](int status, const std::string& message) {
    return ArticleForm(who, status, *a, &form, message, {});
  };
  auto to = ParseArticleStatus(form.Get("to"));
  if (!to) return refuse(422, "Không rõ việc cần làm với bài viết.");
  Transition t;
  t.to = *to;
  t.comment = form.Get("comment");
  if (t.to == ArticleStatus::kScheduled) {
    auto at = ParseVietnamDateTimeLocal(form.Get("at"));
    if (!at) return refuse(422, at.error().user_message());
    t.at = *at;
  }
  if (t.to == ArticleStatus::kReturned && IsBlank(t.comment)) {
    return refuse(422, "Xin ghi ý kiến khi trả lại bài.");
  }
  auto moved = newsroom_.TransitionArticle(who.actor, a->id, t);
  if (!moved) {
    const Error& e = moved.error();
    if (e.code() == ErrorCode::kInvalidArgument || e.code() == ErrorCode::kConflict) {
      return refuse(
          e.code() == ErrorCode::kConflict ? 409 : 422,
          e.user_message().empty() ? "Không chuyển được trạng thái của bài." : e.user_message());
    }
    return Failure(&who, e);
  }
  return Written(ArticleUrl(a->id) + "?da-chuyen=" + std::string(ArticleStatusName(t.to)));
}

http::Response NewsroomPages::ArticleForm(const Authenticated& who, int status, const Article& a,
                                          const http::Form* typed, std::string_view error,
                                          std::string_view notice) const {
  const User& me = who.actor.user;
  const bool is_new = a.id == 0;
  Page p = Start(&who, is_new ? "Viết bài mới" : "Sửa bài", kNrArticleForm);
  if (!error.empty()) {
    p.root->SetValueAndShowSection("TEXT", ctemplate::TemplateString(error.data(), error.size()),
                                   "ERROR");
  }
  if (!notice.empty()) {
    p.root->SetValueAndShowSection("TEXT", ctemplate::TemplateString(notice.data(), notice.size()),
                                   "NOTICE");
  }
  Dict* c = p.content;
  c->SetValue("HEADING", is_new ? "Viết bài mới" : "Sửa bài");
  c->SetValue("ACTION", is_new ? std::string("/toa-soan/bai-viet/moi") : ArticleUrl(a.id));
  c->SetIntValue("ID", static_cast<long>(a.id));
  // The typed values when a form comes back; the stored ones otherwise.
  const bool use_typed = typed != nullptr && typed->Has("title");
  auto field = [&](const char* name, const std::string& stored) {
    return use_typed ? typed->Get(name) : stored;
  };
  c->SetValue("TITLE", field("title", a.title));
  c->SetValue("LEAD", field("lead", a.lead));
  c->SetValue("BYLINES", field("bylines", JoinLines(a.bylines)));
  c->SetValue("BODY", field("body_html", a.body_html));
  c->SetValue("NOTE", use_typed ? typed->Get("note") : std::string());
  std::string selected = field("section_id", std::to_string(a.section_id));
  std::vector<Section> sections = SectionsOf(me);
  for (const Section& s : sections) {
    Dict* o = c->AddSectionDictionary("SECTION_OPTION");
    o->SetIntValue("ID", static_cast<long>(s.id));
    o->SetValue("NAME", s.name);
    if (std::to_string(s.id) == selected) o->ShowSection("SELECTED");
  }
  {
    // The rows as typed when the form came back with its rows, the stored ones otherwise.
    std::vector<Photo> rows = a.photos;
    std::vector<std::string> captions, credits, alts;
    if (use_typed && typed->Has("photos_form")) {
      if (auto typed_rows = PhotoRowsOf(*typed)) rows = std::move(*typed_rows);
    } else if (use_typed) {
      captions = typed->GetAll("photo_caption");
      credits = typed->GetAll("photo_credit");
      alts = typed->GetAll("photo_alt");
    }
    Dict* photos = c->AddSectionDictionary("PHOTOS");
    if (rows.empty()) photos->ShowSection("NONE");
    for (size_t i = 0; i < rows.size(); ++i) {
      const Photo& ph = rows[i];
      Dict* d = photos->AddSectionDictionary("PHOTO");
      d->SetIntValue("N", static_cast<long>(i + 1));
      d->SetValue("FILE_NAME", ph.file);
      d->SetIntValue("POSITION", ph.position);
      if (ph.file.empty()) {
        d->ShowSection("NO_FILE");
      } else {
        d->SetValueAndShowSection("SRC", MediaPath(ph), "FILE");
      }
      d->SetValue("CAPTION", i < captions.size() ? captions[i] : ph.caption);
      d->SetValue("CREDIT", i < credits.size() ? credits[i] : ph.credit);
      d->SetValue("ALT", i < alts.size() ? alts[i] : ph.alt);
    }
  }
  if (is_new) return Render(status, p);

  Dict* state = c->AddSectionDictionary("STATE");
  std::string_view sname = ArticleStatusName(a.status), slabel = ArticleStatusLabel(a.status);
  state->SetValue("STATUS", ctemplate::TemplateString(sname.data(), sname.size()));
  state->SetValue("STATUS_LABEL", ctemplate::TemplateString(slabel.data(), slabel.size()));
  if (a.status == ArticleStatus::kScheduled && a.scheduled_at) {
    state->SetValueAndShowSection("AT", FormatVietnamDateTime(*a.scheduled_at), "SCHEDULED");
  }
  if (a.status == ArticleStatus::kPublished) {
    auto section = store_.SectionById(a.section_id);
    if (section) state->SetValueAndShowSection("URL", ArticlePath(*section, a), "PUBLIC_URL");
  }
  if (a.status == ArticleStatus::kReturned) {
    // The editor's comment is kept on the newest revision that carries a note.
    if (auto revisions = newsroom_.ListRevisions(who.actor, a.id)) {
      const Revision* newest = nullptr;
      for (const Revision& r : *revisions) {
        if (r.note.empty()) continue;
        if (newest == nullptr || r.at > newest->at || (r.at == newest->at && r.id > newest->id)) {
          newest = &r;
        }
      }
      if (newest != nullptr) c->SetValueAndShowSection("TEXT", newest->note, "RETURN_COMMENT");
    }
  }
  const bool editor = IsEditor(me) && me.InSection(a.section_id);
  const bool submit = IsWorkflowEdge(a.status, ArticleStatus::kSubmitted);
  const bool ret = editor && IsWorkflowEdge(a.status, ArticleStatus::kReturned);
  const bool schedule = editor && IsWorkflowEdge(a.status, ArticleStatus::kScheduled);
  const bool publish = editor && IsWorkflowEdge(a.status, ArticleStatus::kPublished);
  const bool unpublish = editor && IsWorkflowEdge(a.status, ArticleStatus::kUnpublished);
  if (submit || ret || schedule || publish || unpublish) {
    Dict* actions = c->AddSectionDictionary("ACTIONS");
    if (submit) actions->ShowSection("SUBMIT");
    if (ret) {
      actions->AddSectionDictionary("RETURN")->SetValue(
          "COMMENT", typed != nullptr ? typed->Get("comment") : std::string());
    }
    if (schedule) {
      std::string at = typed != nullptr ? typed->Get("at") : std::string();
      if (at.empty()) {
        at = FormatVietnamDateTimeLocal(
            std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now()) +
            std::chrono::hours(1));
      }
      actions->SetValueAndShowSection("AT", at, "SCHEDULE");
    }
    if (publish) actions->ShowSection("PUBLISH");
    if (unpublish) actions->ShowSection("UNPUBLISH");
  }
  return Render(status, p);
}

}  // namespace toasoan

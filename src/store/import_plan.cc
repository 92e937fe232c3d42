#include "store/import_plan.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace toasoan {
namespace {

// 64-bit FNV-1a, fed length-prefixed fields so that no two field lists hash alike by
// shifting bytes between fields.
class Fnv1a {
 public:
  void Add(std::string_view s) {
    AddNumber(static_cast<uint64_t>(s.size()));
    AddBytes(s);
  }
  void AddNumber(uint64_t n) {
    char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((n >> (8 * i)) & 0xff);
    AddBytes(std::string_view(bytes, 8));
  }
  std::string Hex() const {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash_));
    return out;
  }

 private:
  void AddBytes(std::string_view s) {
    for (unsigned char c : s) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ULL;
    }
  }
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

bool SameTimes(const Article& a, const Article& b) {
  return a.updated_at == b.updated_at && a.published_at == b.published_at;
}

}  // namespace

std::string ImportFingerprint(const Article& a) {
  Fnv1a h;
  h.AddNumber(static_cast<uint64_t>(a.section_id));
  h.Add(a.slug);
  h.Add(a.title);
  h.Add(a.lead);
  h.Add(a.body_html);
  h.AddNumber(a.bylines.size());
  for (const std::string& b : a.bylines) h.Add(b);
  std::vector<const Photo*> photos;
  for (const Photo& p : a.photos) photos.push_back(&p);
  // Stores may read photos back in another order among equals: sort them by content.
  std::sort(photos.begin(), photos.end(), [](const Photo* x, const Photo* y) {
    return std::tie(x->position, x->caption, x->credit, x->alt) <
           std::tie(y->position, y->caption, y->credit, y->alt);
  });
  h.AddNumber(photos.size());
  for (const Photo* p : photos) {
    h.AddNumber(static_cast<uint64_t>(static_cast<int64_t>(p->position)));
    h.Add(p->caption);
    h.Add(p->credit);
    h.Add(p->alt);
  }
  return h.Hex();
}

ImportPlan PlanImport(const Article& incoming, const std::optional<Article>& current,
                      const std::optional<std::string>& recorded, bool has_revisions, bool force) {
  ImportPlan plan;
  if (!current) {
    plan.action = ImportAction::kCreated;
    plan.next = incoming;
    plan.record = true;
    return plan;
  }
  Article next = incoming;
  next.id = current->id;
  next.created_at = current->created_at;
  next.author_id = current->author_id;
  next.status = current->status;  // an import never moves an article through the workflow
  next.scheduled_at = current->scheduled_at;
  if (current->status != ArticleStatus::kPublished) next.published_at = current->published_at;
  std::vector<bool> used(current->photos.size(), false);
  for (Photo& photo : next.photos) {
    photo.id = 0;
    for (std::size_t i = 0; i < current->photos.size(); ++i) {
      const Photo& stored = current->photos[i];
      if (!used[i] && stored.caption == photo.caption && stored.credit == photo.credit) {
        used[i] = true;
        photo.id = stored.id;
        photo.file = stored.file;
        break;
      }
    }
  }

  const std::string now_stored = ImportFingerprint(*current);
  const bool edited = recorded ? *recorded != now_stored : has_revisions;
  const std::string incoming_print = ImportFingerprint(next);
  if (incoming_print == now_stored && (edited || SameTimes(next, *current))) {
    plan.action = ImportAction::kUnchanged;
    plan.next = *current;
    plan.record = recorded != incoming_print;
    return plan;
  }
  if (edited && !force) {
    plan.action = ImportAction::kSkipped;
    plan.next = *current;
    return plan;
  }
  plan.action = edited ? ImportAction::kOverwritten : ImportAction::kUpdated;
  plan.next = std::move(next);
  plan.record = true;
  return plan;
}

}  // namespace toasoan

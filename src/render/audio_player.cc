#include "render/audio_player.h"

#include <cstring>  // before ctemplate: its str_ref.h uses strlen without including it

#include <ctemplate/template_dictionary.h>

#include <algorithm>

namespace toasoan {
namespace {

struct Parts {
  int64_t hours, minutes, seconds;
};

Parts Split(int64_t ms) {
  const int64_t total = std::max<int64_t>(1, (ms + 500) / 1000);
  return {total / 3600, total / 60 % 60, total % 60};
}

}  // namespace

std::string DurationWords(int64_t ms) {
  const Parts p = Split(ms);
  std::string out;
  auto add = [&out](int64_t n, const char* unit) {
    if (n == 0) return;
    if (!out.empty()) out += ' ';
    out += std::to_string(n) + " " + unit;
  };
  add(p.hours, "giờ");
  add(p.minutes, "phút");
  add(p.seconds, "giây");
  return out;
}

std::string DurationIso(int64_t ms) {
  const Parts p = Split(ms);
  std::string out = "PT";
  if (p.hours) out += std::to_string(p.hours) + "H";
  if (p.minutes) out += std::to_string(p.minutes) + "M";
  if (p.seconds) out += std::to_string(p.seconds) + "S";
  return out;
}

void FillAudioPlayer(ctemplate::TemplateDictionary* page, const ArticleAudio& audio) {
  ctemplate::TemplateDictionary* d = page->AddSectionDictionary("AUDIO");
  d->SetValue("URL", "/media/" + audio.file);
  d->SetValue("DURATION", DurationWords(audio.duration_ms));
  d->SetValue("DURATION_ISO", DurationIso(audio.duration_ms));
}

}  // namespace toasoan

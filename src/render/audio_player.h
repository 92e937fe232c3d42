#pragma once

#include <cstdint>
#include <string>

#include "domain/article_audio.h"

namespace ctemplate {
class TemplateDictionary;
}

namespace toasoan {

// Shows the AUDIO section of an article page (templates/site/article.tpl): the
// listen-to-article player with URL (the file under /media/), DURATION in words
// ("4 phút 12 giây") and DURATION_ISO (an HTML duration, "PT4M12S").
void FillAudioPlayer(ctemplate::TemplateDictionary* page, const ArticleAudio& audio);

// A duration as a reader reads it, rounded to the second: "45 giây", "4 phút",
// "4 phút 12 giây", "1 giờ 2 phút 3 giây"; at least "1 giây".
std::string DurationWords(int64_t ms);

// The same as an HTML/ISO 8601 duration: "PT45S", "PT4M12S", "PT1H2M3S".
std::string DurationIso(int64_t ms);

}  // namespace toasoan

#pragma once

#include <cstdint>
#include <string>

#include "base/clock.h"

namespace toasoan {

// The spoken version of a published article ("Nghe bài viết"): an MP3 file under the
// media folder, made from the article's speech text. The file name carries the hash of
// that text, so a changed article gets a new file and browsers never hold a stale copy.
struct ArticleAudio {
  int64_t article_id = 0;
  std::string speech_hash;  // 16 hex digits (SpeechHash) of the text spoken
  std::string file;         // path under the media folder: "audio/12-0123456789abcdef.mp3"
  int64_t duration_ms = 0;
  int64_t bytes = 0;  // size of the file
  Timestamp created_at{};
};

}  // namespace toasoan

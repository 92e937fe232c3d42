#pragma once

#include <string>

#include "base/result.h"
#include "speech/speech_synthesizer.h"

namespace toasoan {

struct Mp3Options {
  // Constant bit rate in kbit/s. CBR lets a browser compute the duration from the file
  // size before it has downloaded the file; 48 kbit/s is plenty for one synthetic voice.
  int kbps = 48;
};

// Encodes mono PCM as MP3 with libmp3lame (MPEG-2 Layer III at espeak-ng's 22 050 Hz),
// without ID3 tags: the bytes are frames only. Pure and thread-safe (one encoder per
// call). Fails with kInvalidArgument for empty PCM or a rate or bit rate LAME refuses,
// kInternal when LAME fails.
Result<std::string> EncodeMp3(const Pcm& pcm, const Mp3Options& options = {});

}  // namespace toasoan

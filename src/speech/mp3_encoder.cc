#include "speech/mp3_encoder.h"

#include <lame/lame.h>

#include <algorithm>
#include <memory>

namespace toasoan {
namespace {

struct LameCloser {
  void operator()(lame_global_flags* l) const { lame_close(l); }
};

// Samples handed to LAME per call; the output buffer size follows LAME's rule of thumb
// (1.25 × samples + 7200 bytes).
constexpr size_t kChunkSamples = 8192;
constexpr size_t kOutBytes = kChunkSamples * 5 / 4 + 7200;

}  // namespace

Result<std::string> EncodeMp3(const Pcm& pcm, const Mp3Options& options) {
  if (pcm.samples.empty() || pcm.sample_rate <= 0) {
    return Fail(Error::InvalidArgument("no audio to encode"));
  }
  std::unique_ptr<lame_global_flags, LameCloser> lame(lame_init());
  if (!lame) return Fail(Error::Internal("lame_init failed"));
  lame_set_num_channels(lame.get(), 1);
  lame_set_in_samplerate(lame.get(), pcm.sample_rate);
  lame_set_out_samplerate(lame.get(), pcm.sample_rate);
  lame_set_mode(lame.get(), MONO);
  lame_set_VBR(lame.get(), vbr_off);
  lame_set_brate(lame.get(), options.kbps);
  lame_set_quality(lame.get(), 5);  // LAME's balance of speed and quality
  lame_set_bWriteVbrTag(lame.get(), 0);
  lame_set_write_id3tag_automatic(lame.get(), 0);
  if (lame_init_params(lame.get()) < 0) {
    return Fail(Error::InvalidArgument("LAME refuses " + std::to_string(pcm.sample_rate) +
                                       " Hz at " + std::to_string(options.kbps) + " kbit/s"));
  }

  std::string mp3;
  // CBR: the size is known up to a frame.
  mp3.reserve(static_cast<size_t>(pcm.DurationMs()) * static_cast<size_t>(options.kbps) / 8 +
              kOutBytes);
  unsigned char out[kOutBytes];
  for (size_t at = 0; at < pcm.samples.size(); at += kChunkSamples) {
    const size_t n = std::min(kChunkSamples, pcm.samples.size() - at);
    // Mono: LAME reads only the left channel. Its API takes non-const pointers.
    auto* left = const_cast<short*>(reinterpret_cast<const short*>(pcm.samples.data() + at));
    const int written = lame_encode_buffer(lame.get(), left, nullptr, static_cast<int>(n), out,
                                           static_cast<int>(sizeof out));
    if (written < 0) {
      return Fail(Error::Internal("LAME failed to encode (error " + std::to_string(written) + ")"));
    }
    mp3.append(reinterpret_cast<const char*>(out), static_cast<size_t>(written));
  }
  const int flushed = lame_encode_flush(lame.get(), out, static_cast<int>(sizeof out));
  if (flushed < 0) {
    return Fail(Error::Internal("LAME failed to flush (error " + std::to_string(flushed) + ")"));
  }
  mp3.append(reinterpret_cast<const char*>(out), static_cast<size_t>(flushed));
  return mp3;
}

}  // namespace toasoan

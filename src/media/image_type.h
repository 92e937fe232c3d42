#pragma once

#include <string_view>

#include "base/result.h"

namespace toasoan {

// The photo formats the library accepts.
enum class ImageType { kJpeg, kPng, kWebp, kHeic };

// "jpeg", "png", "webp", "heic".
std::string_view ImageTypeName(ImageType type);

// Decides the type of an upload from its first bytes (magic numbers), never from its
// name or declared content type. Accepts JPEG (FF D8 FF), PNG (its 8-byte signature),
// WebP (RIFF....WEBP) and HEIC (an ISO-BMFF `ftyp` box naming an HEVC brand: heic, heix,
// hevc, hevx, heim, heis). Refuses with kInvalidArgument and a Vietnamese user message
// naming what it is: empty, HTML, SVG (it can carry scripts), GIF, AVIF, or anything
// else. Pure and thread-safe; whether HEIC can actually be decoded is the caller's
// business (see PhotoDecoderSupportsHeic).
Result<ImageType> DetectImageType(std::string_view bytes);

}  // namespace toasoan

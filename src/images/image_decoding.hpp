#pragma once

#include "images/decoded_image.hpp"

#include <optional>
#include <string>
#include <variant>

namespace stadtsatz::images {

// Why a file could not be decoded, in words an editor understands (German), e.g.
// "PNG mit Zeilensprung (interlaced) wird nicht unterstützt" or "keine PNG- oder JPEG-Datei".
struct DecodingError {
    std::string message;
};

// Decodes a PNG (1–16 bit grey, grey+alpha, RGB, RGBA, palette with or without tRNS,
// interlaced or not) or a JPEG (grey, RGB/YCbCr, CMYK/YCCK including Adobe-inverted CMYK).
// Anything else is a DecodingError naming what is unsupported.
std::variant<DecodedImage, DecodingError> decode_image(const std::string& file);

} // namespace stadtsatz::images

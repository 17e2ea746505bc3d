#pragma once

#include "images/decoded_image.hpp"

#include <optional>
#include <string>
#include <variant>

namespace stadtsatz::images {

// Why a file could not be decoded, in words an editor understands (German), e.g.
// "Bilddatei ist beschädigt (PNG: Datei endet vorzeitig)" or "keine PNG- oder JPEG-Datei".
struct DecodingError {
    std::string message;
};

// Decodes a PNG (1–16 bit grey, grey+alpha, RGB, RGBA, palette with or without tRNS,
// interlaced or not) or a JPEG (grey, RGB/YCbCr, CMYK/YCCK including Adobe-inverted CMYK;
// baseline, progressive or arithmetic-coded). Anything else is a DecodingError naming what is
// unsupported or damaged: other formats, 12-bit or lossless JPEG, truncated or corrupt data,
// more than 30000 pixels a side or 100 megapixels, a header claiming more pixels than the
// data can hold. Memory and time stay linear in the file's size; never throws for bad input.
std::variant<DecodedImage, DecodingError> decode_image(const std::string& file);

} // namespace stadtsatz::images

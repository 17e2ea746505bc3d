#pragma once

#include "images/image_decoding.hpp"

#include <cstdint>
#include <variant>
#include <vector>

namespace stadtsatz::images {

// Decodes the bytes of a PNG file with libpng (see decode_image); `file` only names the result.
std::variant<DecodedImage, DecodingError> decode_png(const std::string& file,
                                                     const std::vector<std::uint8_t>& bytes);

} // namespace stadtsatz::images

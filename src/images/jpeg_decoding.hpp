#pragma once

#include "images/image_decoding.hpp"

#include <cstdint>
#include <variant>
#include <vector>

namespace stadtsatz::images {

// Decodes the bytes of a JPEG file with libjpeg (see decode_image); `file` only names the
// result. The bytes move into DecodedImage::encoded when the PDF may embed them as they are.
std::variant<DecodedImage, DecodingError> decode_jpeg(const std::string& file,
                                                      std::vector<std::uint8_t> bytes);

} // namespace stadtsatz::images

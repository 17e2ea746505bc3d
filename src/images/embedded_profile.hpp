#pragma once

#include "images/decoded_image.hpp"

#include <cstdint>
#include <vector>

namespace stadtsatz::images {

// Whether `profile` looks like an ICC profile ('acsp' signature, the size its header gives)
// for pixels of `colour` (data colour space 'GRAY', 'RGB ' or 'CMYK'). A profile that does not
// fit the pixels would mislead every conversion, so the decoders drop it.
bool profile_fits(const std::vector<std::uint8_t>& profile, ColourModel colour);

} // namespace stadtsatz::images

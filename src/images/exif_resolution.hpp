#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace stadtsatz::images {

// Horizontal and vertical resolution of a picture.
struct PixelsPerInch {
    double x = 0;
    double y = 0;
};

// XResolution, YResolution and ResolutionUnit (inch or centimetre) from the first IFD of an
// Exif block (the payload of a JPEG APP1 marker starting "Exif\0\0"); nullopt when the block
// is not Exif, lacks them or is damaged. Every offset is checked against `size`.
std::optional<PixelsPerInch> exif_resolution(const std::uint8_t* data, std::size_t size);

} // namespace stadtsatz::images

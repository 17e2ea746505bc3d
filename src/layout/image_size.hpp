#pragma once

#include <optional>
#include <string>

namespace stadtsatz::layout {

// Pixel size and type of a raster image, read from its header.
struct ImageSize {
    int width = 0;
    int height = 0;
    bool png = true; // false: JPEG
};

// Reads the size from a PNG (IHDR) or JPEG (SOF marker) header; nullopt when the file is
// unreadable or neither format.
std::optional<ImageSize> read_image_size(const std::string& file);

} // namespace stadtsatz::layout

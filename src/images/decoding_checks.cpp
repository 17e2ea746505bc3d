#include "images/decoding_checks.hpp"

namespace stadtsatz::images {

std::optional<DecodingError> size_error(const std::string& format, std::uint64_t width,
                                        std::uint64_t height) {
    if (width == 0 || height == 0) {
        return damaged(format, "Breite oder Höhe ist 0");
    }
    if (width > maximum_side || height > maximum_side || width * height > maximum_pixels) {
        return DecodingError{
            "Bild ist zu groß: " + std::to_string(width) + " × " + std::to_string(height) +
            " Pixel (höchstens " + std::to_string(maximum_side) + " Pixel je Seite und " +
            std::to_string(maximum_pixels / 1'000'000) + " Megapixel); bitte verkleinern"};
    }
    return std::nullopt;
}

DecodingError damaged(const std::string& format, const std::string& detail) {
    return DecodingError{"Bilddatei ist beschädigt (" + format + ": " + detail + ")"};
}

} // namespace stadtsatz::images

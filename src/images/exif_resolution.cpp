#include "images/exif_resolution.hpp"

#include <cstring>

namespace stadtsatz::images {
namespace {

// Reads the integers of a TIFF structure in its byte order, refusing to read past its end.
class TiffReader {
public:
    TiffReader(const std::uint8_t* data, std::size_t size, bool big_endian)
        : data_(data), size_(size), big_endian_(big_endian) {}

    std::optional<std::uint32_t> read(std::size_t offset, int bytes) const {
        if (offset > size_ || size_ - offset < std::size_t(bytes)) {
            return std::nullopt;
        }
        std::uint32_t value = 0;
        for (int index = 0; index < bytes; ++index) {
            const std::uint32_t byte = data_[offset + (big_endian_ ? index : bytes - 1 - index)];
            value = (value << 8) | byte;
        }
        return value;
    }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    bool big_endian_;
};

constexpr std::uint16_t tag_x_resolution = 0x011A;
constexpr std::uint16_t tag_y_resolution = 0x011B;
constexpr std::uint16_t tag_resolution_unit = 0x0128;
constexpr std::uint16_t type_short = 3;
constexpr std::uint16_t type_rational = 5;

} // namespace

std::optional<PixelsPerInch> exif_resolution(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t exif_header = 6; // "Exif\0\0"
    if (size < exif_header + 8 || std::memcmp(data, "Exif\0\0", exif_header) != 0) {
        return std::nullopt;
    }
    const std::uint8_t* tiff = data + exif_header;
    const std::size_t tiff_size = size - exif_header;
    bool big_endian = false;
    if (std::memcmp(tiff, "MM\0*", 4) == 0) {
        big_endian = true;
    } else if (std::memcmp(tiff, "II*\0", 4) != 0) {
        return std::nullopt;
    }
    const TiffReader reader(tiff, tiff_size, big_endian);
    const auto directory = reader.read(4, 4);
    const auto entries = directory ? reader.read(*directory, 2) : std::nullopt;
    if (!entries) {
        return std::nullopt;
    }
    double x = 0;
    double y = 0;
    double unit_in_inches = 1; // ResolutionUnit 2 (inch) is the default
    for (std::uint32_t entry = 0; entry < *entries; ++entry) {
        const std::size_t at = std::size_t(*directory) + 2 + 12 * std::size_t(entry);
        const auto tag = reader.read(at, 2);
        const auto type = reader.read(at + 2, 2);
        if (!tag || !type) {
            return std::nullopt;
        }
        if ((*tag == tag_x_resolution || *tag == tag_y_resolution) && *type == type_rational) {
            const auto offset = reader.read(at + 8, 4);
            const auto numerator = offset ? reader.read(*offset, 4) : std::nullopt;
            const auto denominator = offset ? reader.read(*offset + 4, 4) : std::nullopt;
            if (numerator && denominator && *denominator != 0) {
                (*tag == tag_x_resolution ? x : y) = double(*numerator) / *denominator;
            }
        } else if (*tag == tag_resolution_unit && *type == type_short) {
            const auto unit = reader.read(at + 8, 2);
            if (unit && *unit == 3) {
                unit_in_inches = 2.54; // pixels per centimetre
            } else if (!unit || *unit != 2) {
                return std::nullopt; // no absolute unit
            }
        }
    }
    if (x <= 0 || y <= 0) {
        return std::nullopt;
    }
    return PixelsPerInch{x * unit_in_inches, y * unit_in_inches};
}

} // namespace stadtsatz::images

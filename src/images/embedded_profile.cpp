#include "images/embedded_profile.hpp"

#include <cstring>

namespace stadtsatz::images {

bool profile_fits(const std::vector<std::uint8_t>& profile, ColourModel colour) {
    constexpr std::size_t header_size = 128;
    if (profile.size() < header_size || std::memcmp(&profile[36], "acsp", 4) != 0) {
        return false;
    }
    const std::size_t declared = (std::size_t(profile[0]) << 24) | (std::size_t(profile[1]) << 16) |
                                 (std::size_t(profile[2]) << 8) | std::size_t(profile[3]);
    if (declared > profile.size() || declared < header_size) {
        return false;
    }
    const char* expected = colour == ColourModel::Grey  ? "GRAY"
                           : colour == ColourModel::Rgb ? "RGB "
                                                        : "CMYK";
    return std::memcmp(&profile[16], expected, 4) == 0;
}

} // namespace stadtsatz::images

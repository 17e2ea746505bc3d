#include "read/icc_profile_header.hpp"

#include <array>
#include <cstdint>
#include <fstream>

namespace stadtsatz::read {
namespace {

std::uint32_t big_endian_32(const unsigned char* bytes) {
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

// A four-letter signature as written, without trailing spaces ("RGB ", "mntr").
std::string signature(const unsigned char* bytes) {
    std::string text;
    for (int index = 0; index < 4; ++index) {
        const unsigned char character = bytes[index];
        text += character >= 0x20 && character < 0x7F ? char(character) : '?';
    }
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    return text;
}

} // namespace

std::optional<std::string> output_profile_problem(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::array<unsigned char, 128> header{};
    if (!stream.read(reinterpret_cast<char*>(header.data()), header.size())) {
        return stream.is_open() ? "ist keine ICC-Profildatei (kürzer als ein ICC-Kopf)"
                                : "kann nicht gelesen werden";
    }
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (signature(&header[36]) != "acsp" || error || big_endian_32(header.data()) > size) {
        return "ist keine ICC-Profildatei";
    }
    if (signature(&header[16]) != "CMYK") {
        return "ist kein CMYK-Profil (Farbraum „" + signature(&header[16]) + "“)";
    }
    if (signature(&header[12]) != "prtr") {
        return "ist kein Ausgabeprofil (Geräteklasse „" + signature(&header[12]) +
               "“, erwartet „prtr“)";
    }
    return std::nullopt;
}

} // namespace stadtsatz::read

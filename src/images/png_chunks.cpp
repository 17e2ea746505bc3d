#include "images/png_chunks.hpp"

#include <algorithm>
#include <array>
#include <zlib.h>

namespace stadtsatz::images {
namespace {

constexpr std::array<std::uint8_t, 8> png_signature = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

std::uint32_t big_endian_32(const std::uint8_t* bytes) {
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

} // namespace

std::variant<PngChunks, std::string> scan_png_chunks(const std::vector<std::uint8_t>& file) {
    if (file.size() < png_signature.size() ||
        !std::equal(png_signature.begin(), png_signature.end(), file.begin())) {
        return std::string("PNG-Signatur fehlt");
    }
    PngChunks chunks;
    std::size_t offset = png_signature.size();
    bool first = true;
    bool image_data_ended = false; // a chunk followed the IDAT chunks
    while (true) {
        if (file.size() - offset < 12) {
            return std::string("Datei endet vorzeitig");
        }
        const std::uint32_t length = big_endian_32(&file[offset]);
        const std::string type(reinterpret_cast<const char*>(&file[offset + 4]), 4);
        if (length > 0x7FFFFFFFu || file.size() - offset - 12 < length) {
            return std::string("Datei endet vorzeitig");
        }
        const std::uint8_t* data = &file[offset + 8];
        const std::uint32_t stored_crc = big_endian_32(data + length);
        const uLong crc = crc32(crc32(0, nullptr, 0), &file[offset + 4], length + 4);
        if (crc != stored_crc) {
            return "Prüfsumme des Abschnitts " + type + " stimmt nicht";
        }
        if (first && (type != "IHDR" || length != 13)) {
            return std::string("IHDR fehlt am Anfang");
        }
        if (type == "IHDR" && first) {
            chunks.header.width = big_endian_32(data);
            chunks.header.height = big_endian_32(data + 4);
            chunks.header.bit_depth = data[8];
            chunks.header.colour_type = data[9];
            chunks.header.interlaced = data[12] != 0;
        } else if (type == "IDAT") {
            if (image_data_ended) {
                return std::string("IDAT-Abschnitte sind nicht zusammenhängend");
            }
            chunks.image_data.insert(chunks.image_data.end(), data, data + length);
        } else if (type == "IEND") {
            break;
        } else {
            image_data_ended = !chunks.image_data.empty();
            chunks.has_transparency = chunks.has_transparency || type == "tRNS";
        }
        first = false;
        offset += 12 + std::size_t(length);
    }
    if (chunks.image_data.empty()) {
        return std::string("keine Bilddaten (IDAT)");
    }
    return chunks;
}

} // namespace stadtsatz::images

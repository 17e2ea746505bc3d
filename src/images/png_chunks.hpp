#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace stadtsatz::images {

// The fields of a PNG's IHDR chunk, as written in the file.
struct PngHeader {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int bit_depth = 8;
    int colour_type = 0; // 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
    bool interlaced = false;
};

// What walking a PNG's chunks found, before libpng decodes the pixels.
struct PngChunks {
    PngHeader header;
    std::vector<std::uint8_t> image_data; // the data of all IDAT chunks: one zlib stream
    bool has_transparency = false;        // a tRNS chunk
};

// Walks the chunks of a PNG file: the signature, IHDR first, every chunk inside the file and
// with a correct CRC, consecutive IDAT chunks, up to IEND. The error is the German detail for
// "Bilddatei ist beschädigt (PNG: …)".
std::variant<PngChunks, std::string> scan_png_chunks(const std::vector<std::uint8_t>& file);

} // namespace stadtsatz::images

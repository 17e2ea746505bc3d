#pragma once

#include "images/image_decoding.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace stadtsatz::images {

// Bounds that keep a damaged or hostile file from costing unbounded memory or time, checked
// before anything of that size is allocated. A full A3 page at 300 dpi is 17 megapixels; at
// 100 megapixels one 16-bit RGBA picture still needs about 1.5 GiB while it is prepared, which
// keeps a build below 2 GiB.
inline constexpr std::uint64_t maximum_side = 30000;           // pixels per side
inline constexpr std::uint64_t maximum_pixels = 100'000'000;   // 100 megapixels
inline constexpr std::uint64_t maximum_file_bytes = 256 << 20; // 256 MiB, read whole
// Deflate never expands data more than 1032 times (a 258-byte match in two bits), so a PNG
// whose rows need more bytes than that from its IDAT data lies about its size.
inline constexpr std::uint64_t deflate_maximum_ratio = 1032;
// A Huffman-coded JPEG spends at least one bit on every 8×8 block, one byte per 512 pixels;
// four times that leaves room for arithmetic coding of flat areas.
inline constexpr std::uint64_t jpeg_maximum_pixels_per_byte = 2048;

// "Bild ist zu groß: …" when width or height exceeds maximum_side or their product
// maximum_pixels, "beschädigt" for a side of 0 pixels; nullopt for a size that may be decoded.
std::optional<DecodingError> size_error(const std::string& format, std::uint64_t width,
                                        std::uint64_t height);

// "Bilddatei ist beschädigt (PNG: Datei endet vorzeitig)" for format "PNG".
DecodingError damaged(const std::string& format, const std::string& detail);

} // namespace stadtsatz::images

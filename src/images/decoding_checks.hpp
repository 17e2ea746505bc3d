#pragma once

#include "images/image_decoding.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace stadtsatz::images {

// Bounds that keep a damaged or hostile file from costing unbounded memory or time.
inline constexpr std::uint64_t maximum_side = 30000;           // pixels per side
inline constexpr std::uint64_t maximum_pixels = 200'000'000;   // 200 megapixels
inline constexpr std::uint64_t maximum_file_bytes = 512 << 20; // 512 MiB
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

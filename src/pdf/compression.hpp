#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace stadtsatz::pdf {

// How hard zlib works on the streams Stadtsatz compresses itself. Level 6 (zlib's default,
// what libharu uses) makes files only a few per cent smaller than this, at twice the time.
inline constexpr int stream_compression_level = 3;

// `data` compressed as a zlib stream (FlateDecode).
std::vector<std::uint8_t> deflate(std::string_view data, int level = stream_compression_level);

} // namespace stadtsatz::pdf

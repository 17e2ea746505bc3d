#include "pdf/compression.hpp"

#include <zlib.h>

namespace stadtsatz::pdf {

std::vector<std::uint8_t> deflate(std::string_view data, int level) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    std::vector<std::uint8_t> result(size);
    if (compress2(result.data(), &size, reinterpret_cast<const Bytef*>(data.data()),
                  static_cast<uLong>(data.size()), level) != Z_OK) {
        return {};
    }
    result.resize(size);
    return result;
}

} // namespace stadtsatz::pdf

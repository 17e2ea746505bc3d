#include "layout/image_size.hpp"

#include <array>
#include <fstream>
#include <vector>

namespace stadtsatz::layout {
namespace {

int big_endian(const unsigned char* bytes, int count) {
    int value = 0;
    for (int index = 0; index < count; ++index) {
        value = (value << 8) | bytes[index];
    }
    return value;
}

std::optional<ImageSize> jpeg_size(std::ifstream& input) {
    input.seekg(2);
    std::array<unsigned char, 9> segment{};
    while (input) {
        int marker = input.get();
        while (marker == 0xFF) {
            marker = input.get();
        }
        if (!input || marker == 0xD9 || marker == 0xDA) {
            return std::nullopt; // end of image or start of scan before any frame header
        }
        std::array<unsigned char, 2> length_bytes{};
        input.read(reinterpret_cast<char*>(length_bytes.data()), 2);
        const int length = big_endian(length_bytes.data(), 2);
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            input.read(reinterpret_cast<char*>(segment.data()), 5);
            if (!input) {
                return std::nullopt;
            }
            ImageSize size;
            size.height = big_endian(segment.data() + 1, 2);
            size.width = big_endian(segment.data() + 3, 2);
            size.png = false;
            return size;
        }
        if (length < 2) {
            return std::nullopt;
        }
        input.seekg(length - 2, std::ios::cur);
    }
    return std::nullopt;
}

} // namespace

std::optional<ImageSize> read_image_size(const std::string& file) {
    std::ifstream input(file, std::ios::binary);
    if (!input) {
        return std::nullopt;
    }
    std::array<unsigned char, 24> header{};
    input.read(reinterpret_cast<char*>(header.data()), header.size());
    if (input.gcount() < 4) {
        return std::nullopt;
    }
    static const std::array<unsigned char, 8> png_signature = {0x89, 'P',  'N',  'G',
                                                               '\r', '\n', 0x1A, '\n'};
    if (input.gcount() == 24 &&
        std::equal(png_signature.begin(), png_signature.end(), header.begin())) {
        ImageSize size;
        size.width = big_endian(header.data() + 16, 4);
        size.height = big_endian(header.data() + 20, 4);
        size.png = true;
        if (size.width <= 0 || size.height <= 0) {
            return std::nullopt;
        }
        return size;
    }
    if (header[0] == 0xFF && header[1] == 0xD8) {
        input.clear();
        auto size = jpeg_size(input);
        if (size && size->width > 0 && size->height > 0) {
            return size;
        }
    }
    return std::nullopt;
}

} // namespace stadtsatz::layout

#include "pdf/colour.hpp"

#include <array>
#include <cstring>
#include <new>
#include <zlib.h>

namespace stadtsatz::pdf {
namespace {

// zlib's level for the rows Stadtsatz compresses itself (see RowCompressor and
// tests/bench/image_benchmark.cpp for the measurements behind it).
constexpr int compression_level = 1;

// The zlib stream (RFC 1950) of image rows, each with a PNG predictor byte in front (PDF
// /Predictor 15). A row equal to the one above is written as the PNG "Up" row it then is
// (filter byte 2 and zeros) straight into a fixed-Huffman deflate block, as literal 2, 0 and
// runs of 258: about 40 bytes a row and no zlib work at all. Every other row goes through
// zlib with filter byte 0 ("None", which compressed the sample's diagrams best); zlib starts
// afresh after each run of repeated rows, since those bytes are not in its window. Diagrams
// repeat many rows (the sample's: 41 % and 56 %); zlib needs about 3 ns a byte even for zeros.
class RowCompressor {
public:
    explicit RowCompressor(std::size_t row_bytes) : row_bytes_(row_bytes) {
        if (deflateInit2(&stream_, compression_level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !=
            Z_OK) {
            throw std::bad_alloc(); // zlib fails only for want of memory here
        }
        output_ = {0x78, 0x01}; // zlib header: deflate, 32 KiB window, "fastest" level
        const std::uint8_t up = 2;
        zero_row_checksum_ = adler32(1, &up, 1);
        const std::vector<std::uint8_t> zeros(row_bytes_, 0);
        zero_row_checksum_ = adler32(zero_row_checksum_, zeros.data(), uInt(zeros.size()));
    }
    ~RowCompressor() { deflateEnd(&stream_); }
    RowCompressor(const RowCompressor&) = delete;
    RowCompressor& operator=(const RowCompressor&) = delete;

    void add_row(const std::uint8_t* row, bool same_as_above) {
        if (same_as_above) {
            ++repeated_rows_;
            checksum_ = adler32_combine(checksum_, zero_row_checksum_, z_off_t(row_bytes_ + 1));
            return;
        }
        write_repeated_rows();
        const std::uint8_t none = 0;
        compress(&none, 1, Z_NO_FLUSH);
        compress(row, row_bytes_, Z_NO_FLUSH);
        checksum_ = adler32(adler32(checksum_, &none, 1), row, uInt(row_bytes_));
        zlib_has_input_ = true;
    }

    std::vector<std::uint8_t> finish() {
        write_repeated_rows();
        compress(nullptr, 0, Z_FINISH);
        for (int shift = 24; shift >= 0; shift -= 8) {
            output_.push_back(std::uint8_t(checksum_ >> shift));
        }
        return std::move(output_);
    }

private:
    void compress(const std::uint8_t* data, std::size_t size, int flush) {
        stream_.next_in = const_cast<Bytef*>(data);
        stream_.avail_in = uInt(size);
        std::array<std::uint8_t, 1 << 16> chunk;
        do {
            stream_.next_out = chunk.data();
            stream_.avail_out = uInt(chunk.size());
            deflate(&stream_, flush);
            output_.insert(output_.end(), chunk.data(), stream_.next_out);
        } while (stream_.avail_out == 0);
    }

    // The rows counted since the last other row, as one fixed-Huffman block. zlib's part
    // before it ends byte-aligned (Z_SYNC_FLUSH), and the block is followed by an empty
    // stored block, so zlib continues byte-aligned too.
    void write_repeated_rows() {
        if (repeated_rows_ == 0) {
            return;
        }
        if (zlib_has_input_) {
            compress(nullptr, 0, Z_SYNC_FLUSH);
            deflateReset(&stream_);
            zlib_has_input_ = false;
        }
        put_bits(0b010, 3); // not final, fixed Huffman codes
        for (std::size_t row = 0; row < repeated_rows_; ++row) {
            put_literal(2);
            put_literal(0);
            std::size_t zeros = row_bytes_ - 1; // copies of the 0 before: distance 1
            for (; zeros >= 258; zeros -= 258) {
                put_match(258);
            }
            if (zeros >= 3) {
                put_match(zeros);
            } else {
                for (; zeros > 0; --zeros) {
                    put_literal(0);
                }
            }
        }
        put_huffman(0, 7);  // end of block (256)
        put_bits(0b000, 3); // an empty stored block: not final
        if (bit_count_ > 0) {
            put_bits(0, 8 - bit_count_);
        }
        output_.insert(output_.end(), {0x00, 0x00, 0xFF, 0xFF});
        repeated_rows_ = 0;
    }

    void put_bits(std::uint32_t value, int count) {
        bits_ |= std::uint64_t(value) << bit_count_;
        bit_count_ += count;
        while (bit_count_ >= 8) {
            output_.push_back(std::uint8_t(bits_ & 0xFF));
            bits_ >>= 8;
            bit_count_ -= 8;
        }
    }

    // Huffman codes are stored from their most significant bit on.
    void put_huffman(std::uint32_t code, int length) {
        std::uint32_t reversed = 0;
        for (int bit = 0; bit < length; ++bit) {
            reversed |= ((code >> bit) & 1) << (length - 1 - bit);
        }
        put_bits(reversed, length);
    }

    // Fixed codes (RFC 1951, 3.2.6) for the literals 0 to 143, all this block needs.
    void put_literal(std::uint32_t value) { put_huffman(0x30 + value, 8); }

    // A match of `length` (3 to 258) at distance 1.
    void put_match(std::size_t length) {
        static constexpr std::array<std::uint16_t, 29> base = {
            3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
            31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr std::array<std::uint8_t, 29> extra = {
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        std::size_t code = base.size() - 1;
        while (base[code] > length) {
            --code;
        }
        const std::uint32_t symbol = 257 + std::uint32_t(code);
        if (symbol < 280) {
            put_huffman(symbol - 256, 7);
        } else {
            put_huffman(0xC0 + (symbol - 280), 8);
        }
        put_bits(std::uint32_t(length - base[code]), extra[code]);
        put_huffman(0, 5); // distance code 0: distance 1
    }

    z_stream stream_{};
    std::size_t row_bytes_;
    std::vector<std::uint8_t> output_;
    uLong checksum_ = 1;          // Adler-32 of everything so far
    uLong zero_row_checksum_ = 1; // Adler-32 of one repeated row as written: 2 and zeros
    std::size_t repeated_rows_ = 0;
    bool zlib_has_input_ = false;
    std::uint64_t bits_ = 0; // bits not yet written, least significant first
    int bit_count_ = 0;
};

// `rows` rows of `row_bytes` as a zlib stream with PNG predictors (see RowCompressor).
std::vector<std::uint8_t> compressed_rows(const std::uint8_t* samples, std::size_t row_bytes,
                                          std::size_t rows) {
    RowCompressor compressor(row_bytes);
    for (std::size_t row = 0; row < rows; ++row) {
        const std::uint8_t* current = samples + row * row_bytes;
        const bool same_as_above =
            row > 0 && std::memcmp(current, current - row_bytes, row_bytes) == 0;
        compressor.add_row(current, same_as_above);
    }
    return compressor.finish();
}

// 8-bit samples of a grey or RGB image (16-bit samples rounded to 8 bits).
std::vector<std::uint8_t> eight_bit_samples(const images::DecodedImage& image) {
    if (image.bits_per_component != 16) {
        return image.pixels;
    }
    std::vector<std::uint8_t> result(image.pixels.size() / 2);
    for (std::size_t index = 0; index < result.size(); ++index) {
        const unsigned value = unsigned(image.pixels[2 * index]) << 8 | image.pixels[2 * index + 1];
        result[index] = std::uint8_t((value + 128) / 257);
    }
    return result;
}

// An 8-bit image of `components` samples per pixel, Flate-compressed with PNG predictors.
PreparedImage flate_image(const images::DecodedImage& image, ImageColourSpace colour_space,
                          int components, const std::vector<std::uint8_t>& samples) {
    PreparedImage prepared;
    prepared.width = image.width;
    prepared.height = image.height;
    prepared.colour_space = colour_space;
    prepared.bits_per_component = 8;
    prepared.filter = ImageFilter::Flate;
    prepared.predictor_colours = components;
    prepared.data = compressed_rows(samples.data(), std::size_t(image.width) * components,
                                    std::size_t(image.height));
    return prepared;
}

} // namespace

PreparedImage prepare_screen_image(const images::DecodedImage& image,
                                   const PrintColour* print_colour) {
    const bool grey = image.colour == images::ColourModel::Grey;
    PreparedImage prepared;
    if (image.passthrough == images::Passthrough::Jpeg &&
        image.colour != images::ColourModel::Cmyk) {
        prepared.width = image.width;
        prepared.height = image.height;
        prepared.colour_space = grey ? ImageColourSpace::DeviceGray : ImageColourSpace::DeviceRgb;
        prepared.bits_per_component = 8;
        prepared.filter = ImageFilter::Dct;
        prepared.data = image.encoded;
        prepared.icc_profile = image.icc_profile;
        return prepared;
    }
    if (image.passthrough == images::Passthrough::PngFlate && image.alpha.empty()) {
        prepared.width = image.width;
        prepared.height = image.height;
        prepared.colour_space = !image.palette.empty() ? ImageColourSpace::IndexedRgb
                                : grey                 ? ImageColourSpace::DeviceGray
                                                       : ImageColourSpace::DeviceRgb;
        prepared.bits_per_component = image.encoded_bits_per_component;
        prepared.palette = image.palette;
        prepared.filter = ImageFilter::Flate;
        prepared.predictor_colours = image.encoded_components;
        prepared.data = image.encoded;
        prepared.icc_profile = image.icc_profile;
        return prepared;
    }
    if (image.colour == images::ColourModel::Cmyk) {
        prepared = flate_image(image, ImageColourSpace::DeviceRgb, 3,
                               cmyk_to_screen_rgb(image, print_colour));
    } else {
        prepared =
            flate_image(image, grey ? ImageColourSpace::DeviceGray : ImageColourSpace::DeviceRgb,
                        grey ? 1 : 3, eight_bit_samples(image));
        prepared.icc_profile = image.icc_profile;
    }
    if (!image.alpha.empty()) {
        auto mask = std::make_shared<PreparedImage>(
            flate_image(image, ImageColourSpace::DeviceGray, 1, image.alpha));
        prepared.soft_mask = std::move(mask);
    }
    return prepared;
}

PreparedImage prepare_print_image(const images::DecodedImage& image, const PrintColour& colour) {
    if (image.passthrough == images::Passthrough::Jpeg &&
        image.colour == images::ColourModel::Cmyk && image.alpha.empty() &&
        !colour.converts_cmyk(image)) {
        PreparedImage prepared;
        prepared.width = image.width;
        prepared.height = image.height;
        prepared.colour_space = ImageColourSpace::DeviceCmyk;
        prepared.bits_per_component = 8;
        prepared.filter = ImageFilter::Dct;
        prepared.data = image.encoded;
        prepared.inverted_decode = image.adobe_inverted;
        return prepared;
    }
    return flate_image(image, ImageColourSpace::DeviceCmyk, 4, colour.to_cmyk(image));
}

} // namespace stadtsatz::pdf

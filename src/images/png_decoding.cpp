#include "images/png_decoding.hpp"

#include "images/decoding_checks.hpp"
#include "images/embedded_profile.hpp"
#include "images/png_chunks.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <png.h>

namespace stadtsatz::images {
namespace {

// What libpng works on. It lives in decode_png's frame, above the functions that call
// setjmp: a longjmp out of libpng then passes only C frames and functions that own no object
// with a destructor, which is what C++ allows ([csetjmp.syn]).
struct PngSession {
    png_structp png = nullptr;
    png_infop info = nullptr;
    const std::uint8_t* data = nullptr; // the whole file, which libpng reads through read_bytes
    std::size_t size = 0;
    std::size_t offset = 0;      // the next byte libpng reads
    char error[200] = {};        // libpng's message when it gave up
    std::vector<png_bytep> rows; // row pointers into the pixel buffer, for png_read_image

    PngSession() = default;
    PngSession(const PngSession&) = delete;
    PngSession& operator=(const PngSession&) = delete;
    ~PngSession() {
        if (png != nullptr) {
            png_destroy_read_struct(&png, info != nullptr ? &info : nullptr, nullptr);
        }
    }
};

// libpng's error handler: keeps the message and jumps back to the step that called setjmp.
void on_error(png_structp png, png_const_charp message) {
    auto* session = static_cast<PngSession*>(png_get_error_ptr(png));
    std::snprintf(session->error, sizeof session->error, "%s", message);
    png_longjmp(png, 1);
}

// Warnings (an iCCP libpng rejects, a bad ancillary CRC) do not stop decoding; nothing is
// printed, since no stage below the command line writes to the terminal.
void on_warning(png_structp, png_const_charp) {}

void read_bytes(png_structp png, png_bytep target, png_size_t length) {
    auto* session = static_cast<PngSession*>(png_get_io_ptr(png));
    if (length > session->size - session->offset) {
        png_error(png, "Datei endet vorzeitig");
    }
    std::memcpy(target, session->data + session->offset, length);
    session->offset += length;
}

// The three libpng steps. Each calls setjmp and returns false when libpng reported an error.

bool read_info(PngSession& session) {
    if (setjmp(png_jmpbuf(session.png))) {
        return false;
    }
    png_read_info(session.png, session.info);
    return true;
}

// Asks libpng for 8- or 16-bit grey, grey + alpha, RGB or RGBA samples: palettes and bit
// depths below 8 expanded, tRNS turned into an alpha channel, interlaced passes combined.
bool request_samples(PngSession& session) {
    if (setjmp(png_jmpbuf(session.png))) {
        return false;
    }
    const int colour_type = png_get_color_type(session.png, session.info);
    if (colour_type == PNG_COLOR_TYPE_PALETTE) {
        png_set_palette_to_rgb(session.png);
    }
    if (colour_type == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(session.png, session.info) < 8) {
        png_set_expand_gray_1_2_4_to_8(session.png);
    }
    if (png_get_valid(session.png, session.info, PNG_INFO_tRNS) != 0) {
        png_set_tRNS_to_alpha(session.png);
    }
    png_set_interlace_handling(session.png);
    png_read_update_info(session.png, session.info);
    return true;
}

bool read_rows(PngSession& session) {
    if (setjmp(png_jmpbuf(session.png))) {
        return false;
    }
    png_read_image(session.png, session.rows.data());
    png_read_end(session.png, nullptr);
    return true;
}

DecodingError libpng_error(const PngSession& session) {
    return damaged("PNG", session.error[0] != '\0' ? session.error : "unbekannter Fehler");
}

// The samples per pixel a PNG colour type stores.
int channels_of(int colour_type) {
    switch (colour_type) {
    case PNG_COLOR_TYPE_RGB:
        return 3;
    case PNG_COLOR_TYPE_GRAY_ALPHA:
        return 2;
    case PNG_COLOR_TYPE_RGB_ALPHA:
        return 4;
    default:
        return 1; // grey, palette
    }
}

// Splits interleaved samples with an alpha channel into colour samples and 8-bit alpha; the
// alpha is dropped again when every pixel is opaque.
void split_alpha(const std::vector<std::uint8_t>& samples, int colour_channels,
                 int bytes_per_sample, DecodedImage& image) {
    const std::size_t count = std::size_t(image.width) * std::size_t(image.height);
    const std::size_t colour_bytes = std::size_t(colour_channels) * bytes_per_sample;
    const std::size_t pixel_bytes = colour_bytes + bytes_per_sample;
    image.pixels.resize(count * colour_bytes);
    image.alpha.resize(count);
    bool opaque = true;
    for (std::size_t index = 0; index < count; ++index) {
        const std::uint8_t* pixel = &samples[index * pixel_bytes];
        std::memcpy(&image.pixels[index * colour_bytes], pixel, colour_bytes);
        const std::uint8_t* alpha = pixel + colour_bytes;
        const std::uint8_t coverage =
            bytes_per_sample == 1
                ? alpha[0]
                : std::uint8_t(((unsigned(alpha[0]) << 8 | alpha[1]) + 128) / 257);
        image.alpha[index] = coverage;
        opaque = opaque && coverage == 255;
    }
    if (opaque) {
        image.alpha.clear();
    }
}

} // namespace

std::variant<DecodedImage, DecodingError> decode_png(const std::string& file,
                                                     const std::vector<std::uint8_t>& bytes) {
    auto scanned = scan_png_chunks(bytes);
    if (const auto* detail = std::get_if<std::string>(&scanned)) {
        return damaged("PNG", *detail);
    }
    PngChunks& chunks = std::get<PngChunks>(scanned);
    if (auto error = size_error("PNG", chunks.header.width, chunks.header.height)) {
        return *error;
    }

    PngSession session;
    session.data = bytes.data();
    session.size = bytes.size();
    session.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &session, on_error, on_warning);
    if (session.png != nullptr) {
        session.info = png_create_info_struct(session.png);
    }
    if (session.png == nullptr || session.info == nullptr) {
        return DecodingError{"PNG-Bibliothek konnte nicht starten (zu wenig Speicher)"};
    }
    png_set_read_fn(session.png, &session, read_bytes);
    png_set_user_limits(session.png, maximum_side, maximum_side);
    if (!read_info(session)) {
        return libpng_error(session);
    }

    const png_uint_32 width = png_get_image_width(session.png, session.info);
    const png_uint_32 height = png_get_image_height(session.png, session.info);
    const int bit_depth = png_get_bit_depth(session.png, session.info);
    const int colour_type = png_get_color_type(session.png, session.info);
    // The filtered rows the IDAT stream must inflate to; more than deflate can pack into the
    // stream means a damaged or hostile header, caught before any large allocation.
    const std::uint64_t row_bytes_in_file =
        (std::uint64_t(width) * channels_of(colour_type) * bit_depth + 7) / 8;
    const std::uint64_t raw_bytes = std::uint64_t(height) * (1 + row_bytes_in_file);
    if (raw_bytes > deflate_maximum_ratio * chunks.image_data.size() + 1024) {
        return damaged("PNG", "die Bilddaten sind zu kurz für " + std::to_string(width) + " × " +
                                  std::to_string(height) + " Pixel");
    }
    if (!request_samples(session)) {
        return libpng_error(session);
    }
    const int channels = png_get_channels(session.png, session.info);
    const int bytes_per_sample = png_get_bit_depth(session.png, session.info) == 16 ? 2 : 1;
    const std::size_t row_bytes = png_get_rowbytes(session.png, session.info);
    std::vector<std::uint8_t> samples(row_bytes * height);
    session.rows.resize(height);
    for (png_uint_32 row = 0; row < height; ++row) {
        session.rows[row] = samples.data() + std::size_t(row) * row_bytes;
    }
    if (!read_rows(session)) {
        return libpng_error(session);
    }

    DecodedImage image;
    image.file = file;
    image.width = int(width);
    image.height = int(height);
    image.bits_per_component = 8 * bytes_per_sample;
    const bool has_alpha = channels == 2 || channels == 4;
    const int colour_channels = has_alpha ? channels - 1 : channels;
    image.colour = colour_channels == 1 ? ColourModel::Grey : ColourModel::Rgb;
    if (has_alpha) {
        split_alpha(samples, colour_channels, bytes_per_sample, image);
    } else {
        image.pixels = std::move(samples);
    }

    png_bytep profile = nullptr;
    png_uint_32 profile_length = 0;
    png_charp profile_name = nullptr;
    int compression = 0;
    if (png_get_iCCP(session.png, session.info, &profile_name, &compression, &profile,
                     &profile_length) != 0 &&
        profile != nullptr) {
        image.icc_profile.assign(profile, profile + profile_length);
        if (!profile_fits(image.icc_profile, image.colour)) {
            image.icc_profile.clear();
        }
    }
    png_uint_32 x_resolution = 0;
    png_uint_32 y_resolution = 0;
    int unit = PNG_RESOLUTION_UNKNOWN;
    if (png_get_pHYs(session.png, session.info, &x_resolution, &y_resolution, &unit) != 0 &&
        unit == PNG_RESOLUTION_METER) {
        image.pixels_per_inch_x = x_resolution * 0.0254;
        image.pixels_per_inch_y = y_resolution * 0.0254;
    }

    // The IDAT stream goes into a PDF unchanged (FlateDecode with PNG predictors) when the
    // PDF can read its samples as they are: no interlacing, no transparency, grey, RGB or
    // palette. 16-bit samples would be legal from PDF 1.5 on, but the screen PDF wants 8 bits
    // (half the download, no visible loss) and print converts anyway, so they are decoded.
    const bool plain_colour_type = colour_type == PNG_COLOR_TYPE_GRAY ||
                                   colour_type == PNG_COLOR_TYPE_RGB ||
                                   colour_type == PNG_COLOR_TYPE_PALETTE;
    if (!chunks.header.interlaced && !chunks.has_transparency && plain_colour_type &&
        bit_depth <= 8) {
        image.passthrough = Passthrough::PngFlate;
        image.encoded = std::move(chunks.image_data);
        image.encoded_bits_per_component = bit_depth;
        image.encoded_components = colour_type == PNG_COLOR_TYPE_RGB ? 3 : 1;
        if (colour_type == PNG_COLOR_TYPE_PALETTE) {
            png_colorp palette = nullptr;
            int entries = 0;
            if (png_get_PLTE(session.png, session.info, &palette, &entries) != 0) {
                for (int entry = 0; entry < entries; ++entry) {
                    image.palette.push_back(palette[entry].red);
                    image.palette.push_back(palette[entry].green);
                    image.palette.push_back(palette[entry].blue);
                }
            }
        }
    }
    return image;
}

} // namespace stadtsatz::images

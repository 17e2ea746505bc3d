#include "images/jpeg_decoding.hpp"

#include "images/decoding_checks.hpp"
#include "images/embedded_profile.hpp"
#include "images/exif_resolution.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
// jpeglib.h needs size_t and FILE declared before it.
#include <jerror.h>
#include <jpeglib.h>

namespace stadtsatz::images {
namespace {

// libjpeg's error manager with the place to jump back to. `manager` comes first, so the
// pointer libjpeg holds (cinfo->err) is also a pointer to the whole struct.
struct ErrorManager {
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    int code; // libjpeg's message code (J_MESSAGE_CODE) of the error
};

// What libjpeg works on. It lives in decode_jpeg's frame, above the functions that call
// setjmp: a longjmp out of libjpeg then passes only C frames and functions that own no object
// with a destructor, which is what C++ allows ([csetjmp.syn]).
struct JpegSession {
    jpeg_decompress_struct decompress{};
    ErrorManager error{};

    JpegSession() = default;
    JpegSession(const JpegSession&) = delete;
    JpegSession& operator=(const JpegSession&) = delete;
    ~JpegSession() { jpeg_destroy_decompress(&decompress); } // safe also when never created
};

// libjpeg's fatal error handler: keeps the message and jumps back to the step that called
// setjmp (libjpeg's documented way to recover; the session is destroyed afterwards).
void on_error(j_common_ptr common) {
    auto* error = reinterpret_cast<ErrorManager*>(common->err);
    error->code = common->err->msg_code;
    (*common->err->format_message)(common, error->message);
    std::longjmp(error->jump, 1);
}

// libjpeg's warnings and traces. Some warnings mean parts of the picture are missing or
// garbage, which libjpeg would fill with grey: the file ends early, the entropy-coded data
// ends before its segment is complete or holds a bad Huffman code, a restart marker is out
// of place. Those are errors; other warnings (stray bytes before a marker, which some cameras
// write into complete pictures) are harmless. Nothing is printed.
void on_message(j_common_ptr common, int level) {
    const int code = common->err->msg_code;
    if (level < 0 && (code == JWRN_JPEG_EOF || code == JWRN_HUFF_BAD_CODE ||
                      code == JWRN_HIT_MARKER || code == JWRN_MUST_RESYNC)) {
        on_error(common);
    }
}

void print_nothing(j_common_ptr) {}

// The libjpeg steps. Each calls setjmp and returns false when libjpeg reported an error.

bool read_header(JpegSession& session, const std::uint8_t* data, std::size_t size) {
    if (setjmp(session.error.jump)) {
        return false;
    }
    jpeg_create_decompress(&session.decompress);
    jpeg_mem_src(&session.decompress, data, static_cast<unsigned long>(size));
    jpeg_save_markers(&session.decompress, JPEG_APP0 + 1, 0xFFFF); // Exif
    jpeg_save_markers(&session.decompress, JPEG_APP0 + 2, 0xFFFF); // ICC_PROFILE chunks
    jpeg_read_header(&session.decompress, TRUE);
    return true;
}

// The ICC profile assembled from its APP2 chunks (libjpeg-turbo's jpeg_read_icc_profile);
// `profile` is malloc'ed by libjpeg and null when there is none.
bool read_icc_profile(JpegSession& session, JOCTET** profile, unsigned int* length) {
    if (setjmp(session.error.jump)) {
        return false;
    }
    if (!jpeg_read_icc_profile(&session.decompress, profile, length)) {
        *profile = nullptr;
    }
    return true;
}

bool read_rows(JpegSession& session, std::uint8_t* pixels, std::size_t row_bytes) {
    if (setjmp(session.error.jump)) {
        return false;
    }
    jpeg_start_decompress(&session.decompress);
    while (session.decompress.output_scanline < session.decompress.output_height) {
        JSAMPROW row = pixels + std::size_t(session.decompress.output_scanline) * row_bytes;
        jpeg_read_scanlines(&session.decompress, &row, 1);
    }
    // No jpeg_finish_decompress: every row is read, and a file that lacks only its final
    // EOI marker is still a whole picture.
    return true;
}

DecodingError libjpeg_error(const JpegSession& session) {
    switch (session.error.code) {
    case JERR_BAD_PRECISION:
        return DecodingError{"JPEG mit " + std::to_string(session.decompress.data_precision) +
                             " Bit je Kanal wird nicht unterstützt; bitte mit 8 Bit speichern"};
    case JERR_SOF_UNSUPPORTED:
        return DecodingError{"JPEG-Verfahren nicht unterstützt (verlustfrei oder hierarchisch "
                             "kodiert); bitte als gewöhnliches JPEG speichern"};
    case JERR_ARITH_NOTIMPL:
        return DecodingError{"JPEG mit arithmetischer Kodierung wird nicht unterstützt; bitte "
                             "als gewöhnliches JPEG speichern"};
    case JERR_NO_SOI:
        return DecodingError{"keine PNG- oder JPEG-Datei"};
    case JWRN_JPEG_EOF:
    case JERR_INPUT_EOF:
        return damaged("JPEG", "Datei endet vorzeitig");
    case JWRN_HIT_MARKER:
        return damaged("JPEG", "die Bilddaten brechen mitten im Bild ab");
    case JWRN_HUFF_BAD_CODE:
    case JWRN_MUST_RESYNC:
        return damaged("JPEG", "ungültige Bilddaten");
    default:
        return damaged("JPEG", session.error.message);
    }
}

} // namespace

std::variant<DecodedImage, DecodingError> decode_jpeg(const std::string& file,
                                                      std::vector<std::uint8_t> bytes) {
    DecodedImage image;
    image.file = file;
    {
        JpegSession session;
        session.decompress.err = jpeg_std_error(&session.error.manager);
        session.error.manager.error_exit = on_error;
        session.error.manager.emit_message = on_message;
        session.error.manager.output_message = print_nothing;
        if (!read_header(session, bytes.data(), bytes.size())) {
            return libjpeg_error(session);
        }
        jpeg_decompress_struct& decompress = session.decompress;
        if (auto error = size_error("JPEG", decompress.image_width, decompress.image_height)) {
            return *error;
        }
        const std::uint64_t pixel_count =
            std::uint64_t(decompress.image_width) * decompress.image_height;
        if (pixel_count > jpeg_maximum_pixels_per_byte * bytes.size()) {
            return damaged("JPEG", "die Bilddaten sind zu kurz für " +
                                       std::to_string(decompress.image_width) + " × " +
                                       std::to_string(decompress.image_height) + " Pixel");
        }
        switch (decompress.jpeg_color_space) {
        case JCS_GRAYSCALE:
            image.colour = ColourModel::Grey;
            decompress.out_color_space = JCS_GRAYSCALE;
            break;
        case JCS_YCbCr:
        case JCS_RGB:
            image.colour = ColourModel::Rgb;
            decompress.out_color_space = JCS_RGB;
            break;
        case JCS_CMYK:
        case JCS_YCCK:
            image.colour = ColourModel::Cmyk;
            decompress.out_color_space = JCS_CMYK;
            break;
        default:
            return DecodingError{"JPEG mit " + std::to_string(decompress.num_components) +
                                 " Farbkanälen wird nicht unterstützt (erwartet: Graustufen, "
                                 "RGB oder CMYK)"};
        }
        // Photoshop writes CMYK (and YCCK) JPEGs with an Adobe marker and stores 255 − ink; PDF
        // readers, poppler and pdf.js take every four-channel JPEG with that marker as inverted.
        image.adobe_inverted = image.colour == ColourModel::Cmyk && decompress.saw_Adobe_marker;

        JOCTET* profile = nullptr;
        unsigned int profile_length = 0;
        if (!read_icc_profile(session, &profile, &profile_length)) {
            return libjpeg_error(session);
        }
        if (profile != nullptr) {
            image.icc_profile.assign(profile, profile + profile_length);
            std::free(profile);
            if (!profile_fits(image.icc_profile, image.colour)) {
                image.icc_profile.clear();
            }
        }
        if (decompress.saw_JFIF_marker && decompress.density_unit != 0 &&
            decompress.X_density > 0 && decompress.Y_density > 0) {
            const double per_inch = decompress.density_unit == 2 ? 2.54 : 1.0;
            image.pixels_per_inch_x = decompress.X_density * per_inch;
            image.pixels_per_inch_y = decompress.Y_density * per_inch;
        } else {
            for (jpeg_saved_marker_ptr marker = decompress.marker_list; marker != nullptr;
                 marker = marker->next) {
                if (marker->marker != JPEG_APP0 + 1) {
                    continue;
                }
                if (auto resolution = exif_resolution(marker->data, marker->data_length)) {
                    image.pixels_per_inch_x = resolution->x;
                    image.pixels_per_inch_y = resolution->y;
                    break;
                }
            }
        }

        image.width = int(decompress.image_width);
        image.height = int(decompress.image_height);
        image.bits_per_component = 8;
        const std::size_t components = image.colour == ColourModel::Grey  ? 1
                                       : image.colour == ColourModel::Rgb ? 3
                                                                          : 4;
        const std::size_t row_bytes = std::size_t(image.width) * components;
        image.pixels.resize(row_bytes * std::size_t(image.height));
        if (!read_rows(session, image.pixels.data(), row_bytes)) {
            return libjpeg_error(session);
        }
        if (image.adobe_inverted) {
            for (std::uint8_t& sample : image.pixels) {
                sample = std::uint8_t(255 - sample);
            }
        }
        // PDF's DCTDecode reads baseline and progressive Huffman JPEGs; arithmetic coding is
        // not required of PDF readers, so such files are only embedded decoded.
        if (decompress.arith_code) {
            return image;
        }
    }
    image.passthrough = Passthrough::Jpeg;
    image.encoded = std::move(bytes);
    return image;
}

} // namespace stadtsatz::images

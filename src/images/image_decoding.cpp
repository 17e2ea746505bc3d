#include "images/image_decoding.hpp"

#include "images/decoding_checks.hpp"
#include "images/jpeg_decoding.hpp"
#include "images/png_decoding.hpp"

#include <cstring>
#include <filesystem>
#include <fstream>

namespace stadtsatz::images {
namespace {

bool starts_with(const std::vector<std::uint8_t>& bytes, const char* prefix, std::size_t length,
                 std::size_t at = 0) {
    return bytes.size() >= at + length && std::memcmp(bytes.data() + at, prefix, length) == 0;
}

// The name of a format that is not PNG or JPEG, recognised by its first bytes; empty when
// unknown.
std::string other_format(const std::vector<std::uint8_t>& bytes) {
    if (starts_with(bytes, "GIF8", 4)) {
        return "GIF";
    }
    if (starts_with(bytes, "RIFF", 4) && starts_with(bytes, "WEBP", 4, 8)) {
        return "WebP";
    }
    if (starts_with(bytes, "II*\0", 4) || starts_with(bytes, "MM\0*", 4)) {
        return "TIFF";
    }
    if (starts_with(bytes, "BM", 2)) {
        return "BMP";
    }
    if (starts_with(bytes, "%PDF", 4)) {
        return "PDF";
    }
    if (starts_with(bytes, "ftypavif", 8, 4) || starts_with(bytes, "ftypheic", 8, 4) ||
        starts_with(bytes, "ftypmif1", 8, 4)) {
        return "AVIF/HEIC";
    }
    // SVG is text: look for the element near the start, after an XML declaration or comment.
    const std::size_t head = std::min<std::size_t>(bytes.size(), 1024);
    const std::string text(bytes.begin(), bytes.begin() + std::ptrdiff_t(head));
    if (text.find("<svg") != std::string::npos) {
        return "SVG";
    }
    return {};
}

} // namespace

std::variant<DecodedImage, DecodingError> decode_image(const std::string& file) {
    std::error_code error;
    const std::string absolute = std::filesystem::absolute(file, error).lexically_normal().string();
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error) {
        return DecodingError{"Bilddatei kann nicht gelesen werden"};
    }
    if (size == 0) {
        return DecodingError{"Bilddatei ist leer"};
    }
    if (size > maximum_file_bytes) {
        const std::uintmax_t mebibytes = (size + (1 << 20) - 1) >> 20; // rounded up
        return DecodingError{"Bilddatei ist zu groß (" + std::to_string(mebibytes) +
                             " MiB, höchstens " + std::to_string(maximum_file_bytes >> 20) +
                             " MiB)"};
    }
    std::vector<std::uint8_t> bytes(size);
    std::ifstream stream(file, std::ios::binary);
    if (!stream.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size))) {
        return DecodingError{"Bilddatei kann nicht gelesen werden"};
    }
    if (starts_with(bytes, "\x89PNG", 4)) {
        return decode_png(absolute, bytes);
    }
    if (starts_with(bytes, "\xFF\xD8\xFF", 3)) {
        return decode_jpeg(absolute, std::move(bytes));
    }
    const std::string format = other_format(bytes);
    if (!format.empty()) {
        return DecodingError{"keine PNG- oder JPEG-Datei, sondern " + format +
                             "; bitte als PNG (Grafiken) oder JPEG (Fotos) speichern"};
    }
    return DecodingError{"keine PNG- oder JPEG-Datei; bitte als PNG (Grafiken) oder JPEG "
                         "(Fotos) speichern"};
}

} // namespace stadtsatz::images

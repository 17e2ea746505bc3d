// Decoding PNG and JPEG (src/images/): the fixtures' known quadrants, alpha, inversion,
// embedded profiles, resolution, the passthrough decisions, and every error an editor sees.

#include "images/decoding_checks.hpp"
#include "images/image_decoding.hpp"
#include "images_test_files.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <zlib.h>

using namespace stadtsatz;
namespace fixture = stadtsatz::fixture_images;

namespace {

// The centre of each quadrant and pixels next to every quadrant border: a decoder that
// shifts, flips or mixes rows fails on them.
std::vector<std::pair<int, int>> probe_points() {
    std::vector<std::pair<int, int>> points;
    for (int x : {0, 16, 31, 32, 48, fixture::width - 1}) {
        for (int y : {0, 12, 23, 24, 36, fixture::height - 1}) {
            points.emplace_back(x, y);
        }
    }
    return points;
}

// Every pixel of an 8-bit colour fixture holds its quadrant's colour (JPEG: within `tolerance`).
void check_rgb_quadrants(const images::DecodedImage& image, int tolerance = 0) {
    REQUIRE(image.width == fixture::width);
    REQUIRE(image.height == fixture::height);
    REQUIRE(image.colour == images::ColourModel::Rgb);
    REQUIRE(image.bits_per_component == 8);
    REQUIRE(image.pixels.size() == std::size_t(fixture::width) * fixture::height * 3);
    for (auto [x, y] : probe_points()) {
        const auto& expected = fixture::rgb[fixture::quadrant_of(x, y)];
        for (int channel = 0; channel < 3; ++channel) {
            INFO("pixel " << x << "," << y << " channel " << channel);
            CHECK(std::abs(int(test::sample(image, x, y, channel)) - int(expected[channel])) <=
                  tolerance);
        }
    }
}

std::uint32_t crc_of(const std::string& type_and_data) {
    return std::uint32_t(
        crc32(0, reinterpret_cast<const Bytef*>(type_and_data.data()), uInt(type_and_data.size())));
}

std::string big_endian(std::uint32_t value) {
    return {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
}

std::string chunk(const std::string& type, const std::string& data) {
    return big_endian(std::uint32_t(data.size())) + type + data + big_endian(crc_of(type + data));
}

// A PNG with the given header and `image_data` as its only IDAT, every CRC correct.
std::string png_file(std::uint32_t width, std::uint32_t height, int bit_depth, int colour_type,
                     const std::string& image_data) {
    const std::string header = big_endian(width) + big_endian(height) + char(bit_depth) +
                               char(colour_type) + std::string(3, '\0');
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", image_data) +
           chunk("IEND", "");
}

// The zlib stream of `raw` (filtered PNG rows).
std::string zlib_stream(const std::string& raw) {
    uLongf size = compressBound(uLong(raw.size()));
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size,
              reinterpret_cast<const Bytef*>(raw.data()), uLong(raw.size()), 9);
    out.resize(size);
    return out;
}

// The offset of a JPEG's SOF0 marker (FF C0).
std::size_t frame_header(const std::string& jpeg) {
    const std::size_t at = jpeg.find("\xFF\xC0");
    REQUIRE(at != std::string::npos);
    return at;
}

std::string decode_text(const std::string& name, const std::string& bytes) {
    test::TemporaryFolder folder;
    return test::decoding_error(folder.write(name, bytes).string());
}

} // namespace

TEST_CASE("8-bit RGB PNG: quadrants, resolution, IDAT passed through", "[images]") {
    const auto image = test::decoded_fixture("rgb8.png");
    check_rgb_quadrants(image);
    CHECK(image.alpha.empty());
    CHECK(image.icc_profile.empty());
    CHECK(image.pixels_per_inch_x == Approx(fixture::pixels_per_inch).epsilon(0.001));
    CHECK(image.pixels_per_inch_y == Approx(fixture::pixels_per_inch).epsilon(0.001));
    CHECK(image.file == std::filesystem::path(test::image_fixture("rgb8.png")).lexically_normal());

    REQUIRE(image.passthrough == images::Passthrough::PngFlate);
    CHECK(image.encoded_bits_per_component == 8);
    CHECK(image.encoded_components == 3);
    CHECK(image.palette.empty());
    // The IDAT data is one zlib stream of filtered rows: a filter byte and 64 × 3 samples each.
    std::vector<std::uint8_t> rows(fixture::height * (1 + fixture::width * 3));
    uLongf size = uLongf(rows.size());
    REQUIRE(uncompress(rows.data(), &size, image.encoded.data(), uLong(image.encoded.size())) ==
            Z_OK);
    CHECK(size == rows.size());
}

TEST_CASE("16-bit RGB and grey PNGs keep 16 bits, big-endian, and are not passed through",
          "[images]") {
    const auto rgb = test::decoded_fixture("rgb16.png");
    REQUIRE(rgb.colour == images::ColourModel::Rgb);
    REQUIRE(rgb.bits_per_component == 16);
    REQUIRE(rgb.pixels.size() == std::size_t(fixture::width) * fixture::height * 6);
    for (auto [x, y] : probe_points()) {
        for (int channel = 0; channel < 3; ++channel) {
            CHECK(test::sample(rgb, x, y, channel) ==
                  fixture::rgb16[fixture::quadrant_of(x, y)][channel]);
        }
    }
    CHECK(test::sample(rgb, 50, 40, 0) == 0x1234); // the low byte survived
    CHECK(rgb.passthrough == images::Passthrough::None);

    const auto grey = test::decoded_fixture("grey16.png");
    REQUIRE(grey.colour == images::ColourModel::Grey);
    REQUIRE(grey.bits_per_component == 16);
    for (auto [x, y] : probe_points()) {
        CHECK(test::sample(grey, x, y, 0) == fixture::grey16[fixture::quadrant_of(x, y)]);
    }
    CHECK(grey.alpha.empty());
    CHECK(grey.passthrough == images::Passthrough::None);
}

TEST_CASE("grey PNGs of 1 and 8 bits: expanded to 8 bits, passed through as they are", "[images]") {
    const auto grey = test::decoded_fixture("grey8.png");
    REQUIRE(grey.colour == images::ColourModel::Grey);
    REQUIRE(grey.bits_per_component == 8);
    for (auto [x, y] : probe_points()) {
        CHECK(test::sample(grey, x, y, 0) == fixture::grey[fixture::quadrant_of(x, y)]);
    }
    CHECK(grey.passthrough == images::Passthrough::PngFlate);
    CHECK(grey.encoded_components == 1);

    const auto bits = test::decoded_fixture("grey1.png");
    REQUIRE(bits.bits_per_component == 8);
    for (auto [x, y] : probe_points()) {
        CHECK(test::sample(bits, x, y, 0) == 255u * fixture::grey1[fixture::quadrant_of(x, y)]);
    }
    CHECK(bits.passthrough == images::Passthrough::PngFlate);
    CHECK(bits.encoded_bits_per_component == 1);
}

TEST_CASE("RGBA and grey + alpha PNGs: colour and 8-bit alpha apart, no passthrough", "[images]") {
    const auto rgba = test::decoded_fixture("rgba8.png");
    check_rgb_quadrants(rgba);
    REQUIRE(rgba.alpha.size() == std::size_t(fixture::width) * fixture::height);
    for (auto [x, y] : probe_points()) {
        CHECK(rgba.alpha[y * fixture::width + x] == fixture::alpha[fixture::quadrant_of(x, y)]);
    }
    CHECK(rgba.passthrough == images::Passthrough::None);
    CHECK(rgba.encoded.empty());

    const auto grey_alpha = test::decoded_fixture("grey-alpha.png");
    REQUIRE(grey_alpha.colour == images::ColourModel::Grey);
    REQUIRE(grey_alpha.pixels.size() == std::size_t(fixture::width) * fixture::height);
    for (auto [x, y] : probe_points()) {
        const int quadrant = fixture::quadrant_of(x, y);
        CHECK(test::sample(grey_alpha, x, y, 0) == fixture::grey[quadrant]);
        CHECK(grey_alpha.alpha[y * fixture::width + x] == fixture::alpha[quadrant]);
    }
    CHECK(grey_alpha.passthrough == images::Passthrough::None);
}

TEST_CASE("palette PNGs: expanded to RGB; tRNS becomes alpha; without it IDAT passes through",
          "[images]") {
    const auto transparent = test::decoded_fixture("palette-trns.png");
    check_rgb_quadrants(transparent);
    REQUIRE(transparent.alpha.size() == std::size_t(fixture::width) * fixture::height);
    for (auto [x, y] : probe_points()) {
        const int quadrant = fixture::quadrant_of(x, y);
        const std::uint8_t expected = quadrant < 3 ? fixture::palette_alpha[quadrant] : 255;
        CHECK(transparent.alpha[y * fixture::width + x] == expected);
    }
    CHECK(transparent.passthrough == images::Passthrough::None);

    const auto opaque = test::decoded_fixture("palette.png");
    check_rgb_quadrants(opaque);
    CHECK(opaque.alpha.empty());
    REQUIRE(opaque.passthrough == images::Passthrough::PngFlate);
    CHECK(opaque.encoded_components == 1);
    CHECK(opaque.encoded_bits_per_component == 8);
    REQUIRE(opaque.palette.size() == 12);
    for (int entry = 0; entry < 4; ++entry) {
        for (int channel = 0; channel < 3; ++channel) {
            CHECK(opaque.palette[3 * entry + channel] == fixture::rgb[entry][channel]);
        }
    }
}

TEST_CASE("tRNS on grey and RGB PNGs makes the keyed colour transparent", "[images]") {
    const auto grey = test::decoded_fixture("grey-trns.png");
    REQUIRE(grey.alpha.size() == std::size_t(fixture::width) * fixture::height);
    const auto rgb = test::decoded_fixture("rgb-trns.png");
    check_rgb_quadrants(rgb);
    REQUIRE(rgb.alpha.size() == std::size_t(fixture::width) * fixture::height);
    for (auto [x, y] : probe_points()) {
        const std::uint8_t expected = fixture::quadrant_of(x, y) == 1 ? 0 : 255;
        CHECK(grey.alpha[y * fixture::width + x] == expected);
        CHECK(rgb.alpha[y * fixture::width + x] == expected);
    }
    CHECK(grey.passthrough == images::Passthrough::None);
    CHECK(rgb.passthrough == images::Passthrough::None);
}

TEST_CASE("interlaced PNG: the seven passes put together, no passthrough", "[images]") {
    const auto image = test::decoded_fixture("interlaced.png");
    check_rgb_quadrants(image);
    for (int y = 0; y < fixture::height; ++y) { // every pixel: passes are easily misplaced
        for (int x = 0; x < fixture::width; ++x) {
            const auto& expected = fixture::rgb[fixture::quadrant_of(x, y)];
            if (test::sample(image, x, y, 0) != expected[0] ||
                test::sample(image, x, y, 2) != expected[2]) {
                FAIL("pixel " << x << "," << y << " is wrong");
            }
        }
    }
    CHECK(image.passthrough == images::Passthrough::None);
}

TEST_CASE("an embedded ICC profile (PNG iCCP, JPEG APP2) is read", "[images]") {
    const auto png = test::decoded_fixture("rgb8-icc.png");
    const auto jpeg = test::decoded_fixture("rgb-icc.jpg");
    REQUIRE(png.icc_profile.size() > 128);
    CHECK(png.icc_profile == jpeg.icc_profile);
    CHECK(test::as_text(png.icc_profile).substr(36, 4) == "acsp");
    CHECK(test::as_text(png.icc_profile).substr(16, 4) == "RGB ");
    check_rgb_quadrants(png);
}

TEST_CASE("grey and RGB JPEGs: decoded, resolution, and the file passed through", "[images]") {
    const auto rgb = test::decoded_fixture("rgb.jpg");
    check_rgb_quadrants(rgb, 3);
    CHECK(rgb.pixels_per_inch_x == Approx(fixture::pixels_per_inch));
    CHECK(rgb.pixels_per_inch_y == Approx(fixture::pixels_per_inch));
    REQUIRE(rgb.passthrough == images::Passthrough::Jpeg);
    CHECK(test::difference(rgb.encoded, test::file_bytes(test::image_fixture("rgb.jpg"))) == "");
    CHECK_FALSE(rgb.adobe_inverted);

    const auto grey = test::decoded_fixture("grey.jpg");
    REQUIRE(grey.colour == images::ColourModel::Grey);
    for (auto [x, y] : probe_points()) {
        CHECK(std::abs(int(test::sample(grey, x, y, 0)) -
                       int(fixture::grey[fixture::quadrant_of(x, y)])) <= 3);
    }
    CHECK(grey.passthrough == images::Passthrough::Jpeg);

    const auto progressive = test::decoded_fixture("rgb-progressive.jpg");
    check_rgb_quadrants(progressive, 3);
    CHECK(progressive.passthrough == images::Passthrough::Jpeg);

    // PDF readers need not decode arithmetic coding: decoded, but not passed through.
    const auto arithmetic = test::decoded_fixture("rgb-arithmetic.jpg");
    check_rgb_quadrants(arithmetic, 3);
    CHECK(arithmetic.passthrough == images::Passthrough::None);
}

TEST_CASE("CMYK JPEGs hold ordinary ink values, Adobe-inverted ones too", "[images]") {
    for (const char* name : {"cmyk.jpg", "cmyk-adobe.jpg", "ycck-adobe.jpg"}) {
        INFO(name);
        const auto image = test::decoded_fixture(name);
        REQUIRE(image.colour == images::ColourModel::Cmyk);
        REQUIRE(image.pixels.size() == std::size_t(fixture::width) * fixture::height * 4);
        for (auto [x, y] : probe_points()) {
            for (int channel = 0; channel < 4; ++channel) {
                INFO("pixel " << x << "," << y << " channel " << channel);
                CHECK(std::abs(int(test::sample(image, x, y, channel)) -
                               int(fixture::cmyk[fixture::quadrant_of(x, y)][channel])) <= 3);
            }
        }
        CHECK(image.adobe_inverted == (std::string(name) != "cmyk.jpg"));
        CHECK(image.passthrough == images::Passthrough::Jpeg);
        CHECK(test::difference(image.encoded, test::file_bytes(test::image_fixture(name))) == "");
    }
}

TEST_CASE("files that are not PNG or JPEG are named", "[images]") {
    CHECK(test::decoding_error(test::image_fixture("gif-renamed.png")) ==
          "keine PNG- oder JPEG-Datei, sondern GIF; bitte als PNG (Grafiken) oder JPEG (Fotos) "
          "speichern");
    CHECK(decode_text("bild.png", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)).find("sondern WebP") !=
          std::string::npos);
    CHECK(decode_text("bild.png", std::string("II*\0\x08\0\0\0", 8)).find("sondern TIFF") !=
          std::string::npos);
    CHECK(decode_text("bild.png",
                      "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
              .find("sondern SVG") != std::string::npos);
    CHECK(decode_text("bild.png", "Hallo") ==
          "keine PNG- oder JPEG-Datei; bitte als PNG (Grafiken) oder JPEG (Fotos) speichern");
    CHECK(decode_text("bild.png", "") == "Bilddatei ist leer");
    CHECK(test::decoding_error(test::image_fixture("fehlt.png")) ==
          "Bilddatei kann nicht gelesen werden");
}

TEST_CASE("damaged PNGs are errors with what is wrong", "[images]") {
    CHECK(test::decoding_error(test::image_fixture("truncated.png")) ==
          "Bilddatei ist beschädigt (PNG: Datei endet vorzeitig)");

    std::string flipped = test::as_text(test::file_bytes(test::image_fixture("rgb8.png")));
    const std::size_t image_data = flipped.find("IDAT");
    REQUIRE(image_data != std::string::npos);
    flipped[image_data + 10] ^= 0x20;
    CHECK(decode_text("bild.png", flipped) ==
          "Bilddatei ist beschädigt (PNG: Prüfsumme des Abschnitts IDAT stimmt nicht)");

    const std::string row(1 + 4 * 3, '\0');
    CHECK(decode_text("bild.png", png_file(4, 1, 3, 2, zlib_stream(row)))
              .rfind("Bilddatei ist beschädigt (PNG: ", 0) == 0); // bit depth 3: libpng's words
    CHECK(decode_text("bild.png", png_file(4, 2, 8, 2, zlib_stream(row))) ==
          "Bilddatei ist beschädigt (PNG: Not enough image data)");
    CHECK(decode_text("bild.png", std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IEND", "")) ==
          "Bilddatei ist beschädigt (PNG: IHDR fehlt am Anfang)");
}

TEST_CASE("absurd sizes are refused before anything large is allocated", "[images]") {
    const std::string row(1 + 3, '\0');
    CHECK(decode_text("bild.png", png_file(40000, 1, 8, 0, zlib_stream(row))) ==
          "Bild ist zu groß: 40000 × 1 Pixel (höchstens 30000 Pixel je Seite und 100 "
          "Megapixel); bitte verkleinern");
    CHECK(decode_text("bild.png", png_file(20000, 20000, 8, 0, zlib_stream(row)))
              .rfind("Bild ist zu groß: 20000 × 20000 Pixel", 0) == 0);
    CHECK(decode_text("bild.png", png_file(10001, 10000, 8, 0, zlib_stream(row)))
              .rfind("Bild ist zu groß: 10001 × 10000 Pixel", 0) == 0); // one row past 100 MP
    // 100 megapixels need at least 97 KB of deflate data; 20 bytes claim them.
    CHECK(decode_text("bild.png", png_file(10000, 10000, 8, 0, zlib_stream(row))) ==
          "Bilddatei ist beschädigt (PNG: die Bilddaten sind zu kurz für 10000 × 10000 Pixel)");

    std::string jpeg = test::as_text(test::file_bytes(test::image_fixture("rgb.jpg")));
    const std::size_t frame = frame_header(jpeg);
    std::string huge = jpeg;
    huge.replace(frame + 5, 4, std::string("\x27\x10\x9C\x40", 4)); // 10000 high, 40000 wide
    CHECK(decode_text("bild.jpg", huge).rfind("Bild ist zu groß: 40000 × 10000 Pixel", 0) == 0);
    std::string claimed = jpeg;
    claimed.replace(frame + 5, 4, std::string("\x13\x88\x13\x88", 4)); // 5000 × 5000
    CHECK(decode_text("bild.jpg", claimed) ==
          "Bilddatei ist beschädigt (JPEG: die Bilddaten sind zu kurz für 5000 × 5000 Pixel)");
}

TEST_CASE("a file larger than the limit is refused before it is read", "[images]") {
    test::TemporaryFolder folder;
    const auto file = folder.write("riesig.jpg", "\xFF\xD8\xFF");
    std::filesystem::resize_file(file, images::maximum_file_bytes + 1); // sparse: nothing written
    CHECK(test::decoding_error(file.string()) ==
          "Bilddatei ist zu groß (257 MiB, höchstens 256 MiB)");
}

TEST_CASE("damaged and unsupported JPEGs are errors an editor can act on", "[images]") {
    const std::string jpeg = test::as_text(test::file_bytes(test::image_fixture("rgb.jpg")));
    CHECK(decode_text("bild.jpg", jpeg.substr(0, jpeg.size() * 2 / 3)) ==
          "Bilddatei ist beschädigt (JPEG: Datei endet vorzeitig)");
    CHECK(decode_text("bild.jpg", jpeg.substr(0, frame_header(jpeg) + 4)) ==
          "Bilddatei ist beschädigt (JPEG: Datei endet vorzeitig)");

    std::string twelve_bits = jpeg;
    twelve_bits[frame_header(jpeg) + 4] = 12; // the frame header's sample precision
    CHECK(decode_text("bild.jpg", twelve_bits) ==
          "JPEG mit 12 Bit je Kanal wird nicht unterstützt; bitte mit 8 Bit speichern");

    std::string lossless = jpeg;
    lossless[frame_header(jpeg) + 1] = char(0xC3); // SOF3: lossless
    CHECK(decode_text("bild.jpg", lossless) ==
          "JPEG-Verfahren nicht unterstützt (verlustfrei oder hierarchisch kodiert); bitte als "
          "gewöhnliches JPEG speichern");

    std::string garbage = jpeg;
    const std::size_t scan = jpeg.find("\xFF\xDA");
    REQUIRE(scan != std::string::npos);
    for (std::size_t at = scan + 20; at < scan + 60; ++at) {
        garbage[at] = char(0xFF); // invalid entropy-coded data
    }
    CHECK(decode_text("bild.jpg", garbage) ==
          "Bilddatei ist beschädigt (JPEG: die Bilddaten brechen mitten im Bild ab)");
}

TEST_CASE("randomly damaged fixtures never crash the decoders", "[images]") {
    // Deterministic damage: bytes overwritten, cut off, or duplicated, as failed uploads and
    // careless edits do. Each result must be a picture or an error, never a crash or a hang.
    std::uint32_t state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int errors = 0;
    int pictures = 0;
    test::TemporaryFolder folder;
    for (const char* name : {"rgb8.png", "palette-trns.png", "interlaced.png", "rgb16.png",
                             "rgb.jpg", "rgb-progressive.jpg", "ycck-adobe.jpg", "rgb-icc.jpg"}) {
        const std::string original = test::as_text(test::file_bytes(test::image_fixture(name)));
        for (int round = 0; round < 60; ++round) {
            std::string damaged = original;
            switch (round % 3) {
            case 0:
                for (int change = 0; change < 1 + int(next() % 4); ++change) {
                    damaged[next() % damaged.size()] = char(next());
                }
                break;
            case 1:
                damaged.resize(next() % damaged.size());
                break;
            default: {
                const std::size_t at = next() % damaged.size();
                damaged.insert(at, damaged.substr(at, next() % 64));
            }
            }
            auto result = images::decode_image(
                folder.write(std::string("damaged-") + name, damaged).string());
            if (std::holds_alternative<images::DecodingError>(result)) {
                ++errors;
            } else {
                const auto& image = std::get<images::DecodedImage>(result);
                CHECK(image.pixels.size() == std::size_t(image.width) * image.height *
                                                 test::components_of(image.colour) *
                                                 image.bits_per_component / 8);
                ++pictures;
            }
        }
    }
    CHECK(errors > 0);
    CHECK(errors + pictures == 8 * 60);
}

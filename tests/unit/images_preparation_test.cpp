// Image preparation for the two PDFs (src/pdf/image_preparation.cpp): what is passed through,
// what is decoded and compressed, soft masks, and streams that decode (zlib, then the PNG
// predictors PDF's /Predictor 15 names) to exactly the pixels meant.

#include "images_test_files.hpp"
#include "pdf/colour.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <zlib.h>

using namespace stadtsatz;
namespace fixture = stadtsatz::fixture_images;

namespace {

const pdf::PrintColour& print_colour() {
    static const pdf::PrintColour colour = [] {
        std::string error;
        auto loaded =
            pdf::PrintColour::load(test::source_dir() + "/styles/icc/FOGRA39L_coated.icc", error);
        if (!loaded) {
            throw std::runtime_error(error);
        }
        return *loaded;
    }();
    return colour;
}

std::vector<std::uint8_t> inflated(const std::vector<std::uint8_t>& data) {
    z_stream stream{};
    REQUIRE(inflateInit(&stream) == Z_OK);
    stream.next_in = const_cast<Bytef*>(data.data());
    stream.avail_in = uInt(data.size());
    std::vector<std::uint8_t> result;
    std::array<std::uint8_t, 1 << 15> chunk;
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = chunk.data();
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        result.insert(result.end(), chunk.data(), stream.next_out);
    }
    inflateEnd(&stream);
    INFO("zlib: " << (stream.msg != nullptr ? stream.msg : ""));
    REQUIRE(status == Z_STREAM_END); // a complete stream with a correct Adler-32
    CHECK(stream.avail_in == 0);     // and nothing after it
    return result;
}

// The samples of an 8-bit Flate image with PNG predictors, as a PDF reader gets them.
std::vector<std::uint8_t> decoded_samples(const pdf::PreparedImage& image, int components) {
    REQUIRE(image.filter == pdf::ImageFilter::Flate);
    REQUIRE(image.bits_per_component == 8);
    REQUIRE(image.predictor_colours == components);
    const std::vector<std::uint8_t> rows = inflated(image.data);
    const std::size_t row_bytes = std::size_t(image.width) * components;
    REQUIRE(rows.size() == (row_bytes + 1) * image.height);
    std::vector<std::uint8_t> samples(row_bytes * image.height);
    for (int row = 0; row < image.height; ++row) {
        const std::uint8_t filter = rows[row * (row_bytes + 1)];
        const std::uint8_t* in = &rows[row * (row_bytes + 1) + 1];
        std::uint8_t* out = &samples[row * row_bytes];
        const std::uint8_t* above = row > 0 ? out - row_bytes : nullptr;
        for (std::size_t at = 0; at < row_bytes; ++at) {
            const int left = at >= std::size_t(components) ? out[at - components] : 0;
            const int up = above != nullptr ? above[at] : 0;
            const int up_left =
                above != nullptr && at >= std::size_t(components) ? above[at - components] : 0;
            int predicted = 0;
            switch (filter) {
            case 0:
                break;
            case 1:
                predicted = left;
                break;
            case 2:
                predicted = up;
                break;
            case 3:
                predicted = (left + up) / 2;
                break;
            case 4: {
                const int estimate = left + up - up_left;
                const int to_left = std::abs(estimate - left);
                const int to_up = std::abs(estimate - up);
                const int to_up_left = std::abs(estimate - up_left);
                predicted = to_left <= to_up && to_left <= to_up_left ? left
                            : to_up <= to_up_left                     ? up
                                                                      : up_left;
                break;
            }
            default:
                FAIL("unknown PNG filter " << int(filter) << " in row " << row);
            }
            out[at] = std::uint8_t(in[at] + predicted);
        }
    }
    return samples;
}

// A grey picture of `width` × `height` whose rows repeat as `pattern` says (the row index a
// row copies), for the compressor's runs of repeated rows.
images::DecodedImage grey_rows(int width, const std::vector<int>& pattern) {
    images::DecodedImage image;
    image.width = width;
    image.height = int(pattern.size());
    image.colour = images::ColourModel::Grey;
    for (int source : pattern) {
        for (int x = 0; x < width; ++x) {
            image.pixels.push_back(
                std::uint8_t((source * 37 + x * (source % 3 == 0 ? 0 : 11)) & 0xFF));
        }
    }
    return image;
}

} // namespace

TEST_CASE("screen: grey and RGB JPEGs pass through as DCT, with their profile", "[images]") {
    const auto rgb = test::decoded_fixture("rgb.jpg");
    const auto prepared = pdf::prepare_screen_image(rgb);
    CHECK(prepared.filter == pdf::ImageFilter::Dct);
    CHECK(prepared.colour_space == pdf::ImageColourSpace::DeviceRgb);
    CHECK(test::difference(prepared.data, test::file_bytes(test::image_fixture("rgb.jpg"))) == "");
    CHECK(prepared.width == fixture::width);
    CHECK(prepared.height == fixture::height);
    CHECK(prepared.soft_mask == nullptr);
    CHECK(prepared.icc_profile.empty());
    CHECK_FALSE(prepared.inverted_decode);

    const auto grey = pdf::prepare_screen_image(test::decoded_fixture("grey.jpg"));
    CHECK(grey.filter == pdf::ImageFilter::Dct);
    CHECK(grey.colour_space == pdf::ImageColourSpace::DeviceGray);

    const auto tagged = test::decoded_fixture("rgb-icc.jpg");
    const auto with_profile = pdf::prepare_screen_image(tagged);
    CHECK(with_profile.filter == pdf::ImageFilter::Dct);
    CHECK(with_profile.icc_profile == tagged.icc_profile);
}

TEST_CASE("screen: plain PNGs pass through as their IDAT with predictors", "[images]") {
    const auto rgb = test::decoded_fixture("rgb8.png");
    const auto prepared = pdf::prepare_screen_image(rgb);
    CHECK(prepared.colour_space == pdf::ImageColourSpace::DeviceRgb);
    CHECK(test::difference(prepared.data, rgb.encoded) == "");
    CHECK(test::difference(decoded_samples(prepared, 3), rgb.pixels) ==
          ""); // libpng's filters, read back

    const auto palette = test::decoded_fixture("palette.png");
    const auto indexed = pdf::prepare_screen_image(palette);
    CHECK(indexed.colour_space == pdf::ImageColourSpace::IndexedRgb);
    CHECK(indexed.palette == palette.palette);
    CHECK(indexed.predictor_colours == 1);
    CHECK(test::difference(indexed.data, palette.encoded) == "");

    const auto bits = pdf::prepare_screen_image(test::decoded_fixture("grey1.png"));
    CHECK(bits.colour_space == pdf::ImageColourSpace::DeviceGray);
    CHECK(bits.bits_per_component == 1);
    CHECK(bits.predictor_colours == 1);

    const auto tagged = test::decoded_fixture("rgb8-icc.png");
    CHECK(pdf::prepare_screen_image(tagged).icc_profile == tagged.icc_profile);
}

TEST_CASE("screen: transparency becomes a soft mask, 16 bits become 8", "[images]") {
    const auto rgba = test::decoded_fixture("rgba8.png");
    const auto prepared = pdf::prepare_screen_image(rgba);
    CHECK(prepared.colour_space == pdf::ImageColourSpace::DeviceRgb);
    CHECK(test::difference(decoded_samples(prepared, 3), rgba.pixels) == "");
    REQUIRE(prepared.soft_mask != nullptr);
    CHECK(prepared.soft_mask->colour_space == pdf::ImageColourSpace::DeviceGray);
    CHECK(prepared.soft_mask->width == fixture::width);
    CHECK(test::difference(decoded_samples(*prepared.soft_mask, 1), rgba.alpha) == "");

    // A palette with transparency: RGB and a mask, not /Indexed.
    const auto palette = test::decoded_fixture("palette-trns.png");
    const auto indexed = pdf::prepare_screen_image(palette);
    CHECK(indexed.colour_space == pdf::ImageColourSpace::DeviceRgb);
    CHECK(indexed.palette.empty());
    CHECK(test::difference(decoded_samples(indexed, 3), palette.pixels) == "");
    REQUIRE(indexed.soft_mask != nullptr);
    CHECK(test::difference(decoded_samples(*indexed.soft_mask, 1), palette.alpha) == "");

    const auto wide = test::decoded_fixture("rgb16.png");
    const auto eight = decoded_samples(pdf::prepare_screen_image(wide), 3);
    REQUIRE(eight.size() == wide.pixels.size() / 2);
    for (std::size_t index = 0; index < eight.size(); ++index) {
        const unsigned value = unsigned(wide.pixels[2 * index]) << 8 | wide.pixels[2 * index + 1];
        if (eight[index] != (value + 128) / 257) {
            FAIL("sample " << index);
        }
    }
    CHECK(eight[3 * (40 * fixture::width + 50)] == 0x12); // 0x1234 rounds to 0x12
}

TEST_CASE("screen: CMYK JPEGs are converted to RGB", "[images]") {
    const auto cmyk = test::decoded_fixture("cmyk-adobe.jpg");
    const auto prepared = pdf::prepare_screen_image(cmyk, &print_colour());
    CHECK(prepared.filter == pdf::ImageFilter::Flate);
    CHECK(prepared.colour_space == pdf::ImageColourSpace::DeviceRgb);
    CHECK(test::difference(decoded_samples(prepared, 3),
                           pdf::cmyk_to_screen_rgb(cmyk, &print_colour())) == "");
    const auto device = pdf::prepare_screen_image(cmyk);
    CHECK(test::difference(decoded_samples(device, 3), pdf::cmyk_to_screen_rgb(cmyk, nullptr)) ==
          "");
}

TEST_CASE("print: every picture as 8-bit DeviceCMYK through the profile", "[images]") {
    for (const char* name : {"rgb8.png", "rgba8.png", "grey16.png", "palette-trns.png",
                             "interlaced.png", "rgb.jpg", "grey.jpg", "rgb-icc.jpg"}) {
        INFO(name);
        const auto image = test::decoded_fixture(name);
        const auto prepared = pdf::prepare_print_image(image, print_colour());
        CHECK(prepared.colour_space == pdf::ImageColourSpace::DeviceCmyk);
        CHECK(prepared.soft_mask == nullptr); // flattened on white instead
        CHECK(prepared.icc_profile.empty());
        CHECK(test::difference(decoded_samples(prepared, 4), print_colour().to_cmyk(image)) == "");
    }
}

TEST_CASE("print: CMYK JPEGs go in as their own DCT data, Adobe-inverted ones with /Decode",
          "[images]") {
    const auto adobe = test::decoded_fixture("cmyk-adobe.jpg");
    const auto inverted = pdf::prepare_print_image(adobe, print_colour());
    CHECK(inverted.filter == pdf::ImageFilter::Dct);
    CHECK(inverted.colour_space == pdf::ImageColourSpace::DeviceCmyk);
    CHECK(inverted.inverted_decode);
    CHECK(test::difference(inverted.data,
                           test::file_bytes(test::image_fixture("cmyk-adobe.jpg"))) == "");

    const auto plain = pdf::prepare_print_image(test::decoded_fixture("cmyk.jpg"), print_colour());
    CHECK(plain.filter == pdf::ImageFilter::Dct);
    CHECK_FALSE(plain.inverted_decode);

    // Tagged with another CMYK profile: converted, so decoded and compressed without loss.
    images::DecodedImage other = adobe;
    other.icc_profile = print_colour().profile_bytes();
    std::fill(other.icc_profile.begin() + 48, other.icc_profile.begin() + 56, 'x');
    std::fill(other.icc_profile.begin() + 84, other.icc_profile.begin() + 100, 0);
    const auto converted = pdf::prepare_print_image(other, print_colour());
    CHECK(converted.filter == pdf::ImageFilter::Flate);
    CHECK_FALSE(converted.inverted_decode);
    CHECK(test::difference(decoded_samples(converted, 4), print_colour().to_cmyk(other)) == "");
}

TEST_CASE("print: the sample's diagrams compress without loss", "[images]") {
    for (const char* name : {"prozess.png", "stadtteile.png"}) {
        INFO(name);
        auto decoded = images::decode_image(test::source_dir() + "/content/bilder/" + name);
        REQUIRE(std::holds_alternative<images::DecodedImage>(decoded));
        const auto& image = std::get<images::DecodedImage>(decoded);
        const auto prepared = pdf::prepare_print_image(image, print_colour());
        const auto cmyk = print_colour().to_cmyk(image);
        CHECK(test::difference(decoded_samples(prepared, 4), cmyk) == "");
        CHECK(prepared.data.size() < cmyk.size() / 20); // diagrams compress well
    }
}

TEST_CASE("repeated rows are coded directly at every length, the rest through zlib", "[images]") {
    // Row lengths around multiples of deflate's longest match (258), runs of repeated rows at
    // the start, in the middle and at the end, a single row, a single column.
    const std::vector<std::vector<int>> patterns = {
        {0}, {0, 0}, {0, 0, 0, 0, 0}, {0, 1, 1, 1, 2, 3, 3}, {0, 1, 2, 2}, {0, 0, 1, 2, 3}};
    for (int width : {1, 2, 3, 4, 5, 258, 259, 260, 261, 262, 517, 1000}) {
        for (const auto& pattern : patterns) {
            INFO("width " << width << ", " << pattern.size() << " rows");
            const auto image = grey_rows(width, pattern);
            CHECK(test::difference(decoded_samples(pdf::prepare_screen_image(image), 1),
                                   image.pixels) == "");
        }
    }
    const auto uniform = grey_rows(1000, std::vector<int>(200, 0));
    CHECK(pdf::prepare_screen_image(uniform).data.size() < 200 * 50);
}

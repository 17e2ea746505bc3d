// Print colour (src/pdf/colour.cpp): the FOGRA39 profile loaded and checked, known sRGB
// colours through it, grey as black ink along the profile's K curve, alpha flattened on
// white, embedded profiles as the source, CMYK kept, and the same results from two threads.

#include "images_test_files.hpp"
#include "pdf/colour.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <lcms2.h>
#include <thread>

using namespace stadtsatz;
namespace fixture = stadtsatz::fixture_images;

namespace {

const std::string fogra39 = test::source_dir() + "/styles/icc/FOGRA39L_coated.icc";

const pdf::PrintColour& print_colour() {
    static const pdf::PrintColour colour = [] {
        std::string error;
        auto loaded = pdf::PrintColour::load(fogra39, error);
        if (!loaded) {
            throw std::runtime_error(error);
        }
        return *loaded;
    }();
    return colour;
}

std::string load_error(const std::string& file) {
    std::string error;
    auto loaded = pdf::PrintColour::load(file, error);
    return loaded ? std::string() : error;
}

// The CMYK (0..255) of pixel (x, y) of a to_cmyk result.
std::array<int, 4> cmyk_at(const std::vector<std::uint8_t>& cmyk, int width, int x, int y) {
    const std::size_t at = 4 * (std::size_t(y) * width + x);
    return {cmyk[at], cmyk[at + 1], cmyk[at + 2], cmyk[at + 3]};
}

// An independent reference: LittleCMS's floating-point pipeline from `source` (sRGB when
// empty) into FOGRA39, relative colorimetric with black point compensation, in 0..255.
std::array<int, 4> reference_cmyk(std::array<std::uint8_t, 3> rgb,
                                  const std::vector<std::uint8_t>& source = {}) {
    cmsHPROFILE from = source.empty()
                           ? cmsCreate_sRGBProfile()
                           : cmsOpenProfileFromMem(source.data(), cmsUInt32Number(source.size()));
    cmsHPROFILE to = cmsOpenProfileFromFile(fogra39.c_str(), "r");
    cmsHTRANSFORM transform =
        cmsCreateTransform(from, TYPE_RGB_DBL, to, TYPE_CMYK_DBL, INTENT_RELATIVE_COLORIMETRIC,
                           cmsFLAGS_BLACKPOINTCOMPENSATION | cmsFLAGS_NOOPTIMIZE);
    const double input[3] = {rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0};
    double output[4] = {};
    cmsDoTransform(transform, input, output, 1);
    cmsDeleteTransform(transform);
    cmsCloseProfile(from);
    cmsCloseProfile(to);
    std::array<int, 4> result{};
    for (int channel = 0; channel < 4; ++channel) {
        result[channel] = int(std::lround(output[channel] * 255.0 / 100.0)); // percent → 0..255
    }
    return result;
}

// L*a*b* of a CMYK colour (0..255 ink) as FOGRA39 prints it.
cmsCIELab printed_colour(std::array<int, 4> ink) {
    cmsHPROFILE from = cmsOpenProfileFromFile(fogra39.c_str(), "r");
    cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
    cmsHTRANSFORM transform =
        cmsCreateTransform(from, TYPE_CMYK_DBL, lab, TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, 0);
    const double input[4] = {ink[0] * 100 / 255.0, ink[1] * 100 / 255.0, ink[2] * 100 / 255.0,
                             ink[3] * 100 / 255.0};
    cmsCIELab output{};
    cmsDoTransform(transform, input, &output, 1);
    cmsDeleteTransform(transform);
    cmsCloseProfile(from);
    cmsCloseProfile(lab);
    return output;
}

double printed_lightness(std::array<int, 4> ink) {
    return printed_colour(ink).L;
}

// L* of an sRGB grey.
double srgb_lightness(double grey) {
    const double linear = grey <= 0.04045 ? grey / 12.92 : std::pow((grey + 0.055) / 1.055, 2.4);
    return linear > 216.0 / 24389 ? 116 * std::cbrt(linear) - 16 : linear * 24389.0 / 27;
}

images::DecodedImage one_pixel(images::ColourModel colour, std::vector<std::uint8_t> samples) {
    images::DecodedImage image;
    image.width = 1;
    image.height = 1;
    image.colour = colour;
    image.pixels = std::move(samples);
    return image;
}

void check_close(std::array<int, 4> actual, std::array<int, 4> expected, int tolerance) {
    for (int channel = 0; channel < 4; ++channel) {
        INFO("channel " << channel << ": " << actual[channel] << " vs " << expected[channel]);
        CHECK(std::abs(actual[channel] - expected[channel]) <= tolerance);
    }
}

} // namespace

TEST_CASE("the FOGRA39 profile loads, with its description and bytes", "[images]") {
    const pdf::PrintColour& colour = print_colour();
    CHECK(colour.description() == "FOGRA39L Coated");
    CHECK(colour.profile_bytes() == test::file_bytes(fogra39));
    CHECK(colour.profile_bytes().size() == 121368);
}

TEST_CASE("an unusable print profile is an error naming the file and the reason", "[images]") {
    CHECK(load_error(test::source_dir() + "/styles/icc/fehlt.icc") ==
          "Druckprofil „fehlt.icc“ kann nicht gelesen werden");
    CHECK(load_error(test::image_fixture("rgb8.png"))
              .rfind("Druckprofil „rgb8.png“ ist keine gültige ICC-Profildatei", 0) == 0);

    test::TemporaryFolder folder;
    const auto rgb_profile = test::decoded_fixture("rgb8-icc.png").icc_profile;
    CHECK(load_error(folder.write("weit.icc", test::as_text(rgb_profile)).string()) ==
          "Druckprofil „weit.icc“ ist kein CMYK-Profil (Farbraum „RGB“)");
    std::string input_profile = test::as_text(test::file_bytes(fogra39));
    input_profile.replace(12, 4, "scnr"); // device class: input (scanner)
    CHECK(load_error(folder.write("scanner.icc", input_profile).string()) ==
          "Druckprofil „scanner.icc“ ist kein Ausgabeprofil (Geräteklasse „scnr“, erwartet "
          "„prtr“)");
}

TEST_CASE("sRGB colours through FOGRA39: white is no ink, black is the profile's rich black",
          "[images]") {
    const auto image = test::decoded_fixture("rgb8.png");
    const auto cmyk = print_colour().to_cmyk(image);
    REQUIRE(cmyk.size() == std::size_t(fixture::width) * fixture::height * 4);
    const auto blue = cmyk_at(cmyk, fixture::width, 10, 10);
    const auto red = cmyk_at(cmyk, fixture::width, 50, 10);
    const auto white = cmyk_at(cmyk, fixture::width, 10, 40);
    const auto black = cmyk_at(cmyk, fixture::width, 50, 40);

    CHECK(white == std::array<int, 4>{0, 0, 0, 0});
    check_close(blue, reference_cmyk(fixture::rgb[0]), 2);
    check_close(red, reference_cmyk(fixture::rgb[1]), 2);
    check_close(black, reference_cmyk(fixture::rgb[3]), 2);
    // What a print shop expects of #00508c in FOGRA39: mostly cyan, half magenta, no yellow.
    CHECK(blue[0] > 0.85 * 255);
    CHECK((blue[1] > 0.45 * 255 && blue[1] < 0.65 * 255));
    CHECK(blue[2] < 0.03 * 255);
    CHECK((blue[3] > 0.15 * 255 && blue[3] < 0.4 * 255));
    CHECK((red[1] > 0.85 * 255 && red[2] > 0.8 * 255 && red[0] < 0.2 * 255));
    // Black: all four inks, as the profile's separation makes it, within its ink limit.
    CHECK(black[3] > 0.9 * 255);
    CHECK(std::min({black[0], black[1], black[2]}) > 0.4 * 255);
    CHECK(black[0] + black[1] + black[2] + black[3] <= 3.3 * 255);
    // Every pixel of a quadrant the same.
    for (int y = 0; y < fixture::height; ++y) {
        for (int x = 0; x < fixture::width; ++x) {
            const int quadrant = fixture::quadrant_of(x, y);
            const auto expected =
                cmyk_at(cmyk, fixture::width, quadrant % 2 ? 50 : 10, quadrant < 2 ? 10 : 40);
            if (cmyk_at(cmyk, fixture::width, x, y) != expected) {
                FAIL("pixel " << x << "," << y);
            }
        }
    }
}

TEST_CASE("grey becomes black ink only, as light in print as on screen", "[images]") {
    const auto image = test::decoded_fixture("grey8.png");
    const auto cmyk = print_colour().to_cmyk(image);
    CHECK(cmyk_at(cmyk, fixture::width, 10, 10) == std::array<int, 4>{0, 0, 0, 255});
    CHECK(cmyk_at(cmyk, fixture::width, 50, 40) == std::array<int, 4>{0, 0, 0, 0});

    // Every grey level: no colour ink, less black for lighter greys, and the printed L*
    // where the screen's L* falls between paper and full black.
    std::vector<std::uint8_t> ramp(256);
    for (int level = 0; level < 256; ++level) {
        ramp[level] = std::uint8_t(level);
    }
    images::DecodedImage levels = one_pixel(images::ColourModel::Grey, ramp);
    levels.width = 256;
    const auto ink = print_colour().to_cmyk(levels);
    const double paper = printed_lightness({0, 0, 0, 0});
    const double full_black = printed_lightness({0, 0, 0, 255});
    for (int level = 0; level < 256; ++level) {
        INFO("grey " << level);
        const auto value = cmyk_at(ink, 256, level, 0);
        CHECK((value[0] == 0 && value[1] == 0 && value[2] == 0));
        if (level > 0) {
            CHECK(value[3] <= cmyk_at(ink, 256, level - 1, 0)[3]);
        }
        const double expected =
            full_black + (paper - full_black) * srgb_lightness(level / 255.0) / 100.0;
        CHECK(printed_lightness(value) == Approx(expected).margin(1.0));
    }

    const auto wide = print_colour().to_cmyk(test::decoded_fixture("grey16.png"));
    CHECK(cmyk_at(wide, fixture::width, 10, 10)[3] == 255);
    CHECK(cmyk_at(wide, fixture::width, 50, 40)[3] == 0);
    const int between = cmyk_at(wide, fixture::width, 50, 10)[3]; // 0x1234, between 0x12 and 0x13
    CHECK(between <= cmyk_at(ink, 256, 0x12, 0)[3]);
    CHECK(between >= cmyk_at(ink, 256, 0x13, 0)[3]);
}

TEST_CASE("alpha is flattened on white before the conversion", "[images]") {
    const auto rgba = print_colour().to_cmyk(test::decoded_fixture("rgba8.png"));
    const auto mixed = [](std::uint8_t value, unsigned alpha) {
        return std::uint8_t((value * alpha + 255 * (255 - alpha) + 127) / 255);
    };
    const auto& red = fixture::rgb[1];
    const auto half_red = print_colour().to_cmyk(one_pixel(
        images::ColourModel::Rgb, {mixed(red[0], 128), mixed(red[1], 128), mixed(red[2], 128)}));
    CHECK(cmyk_at(rgba, fixture::width, 50, 10) == cmyk_at(half_red, 1, 0, 0));
    CHECK(cmyk_at(rgba, fixture::width, 50, 10) != cmyk_at(rgba, fixture::width, 10, 10));
    const auto quarter_black = print_colour().to_cmyk(
        one_pixel(images::ColourModel::Rgb, {mixed(0, 64), mixed(0, 64), mixed(0, 64)}));
    CHECK(cmyk_at(rgba, fixture::width, 50, 40) == cmyk_at(quarter_black, 1, 0, 0));
    CHECK(cmyk_at(rgba, fixture::width, 10, 40) == std::array<int, 4>{0, 0, 0, 0});

    const auto grey_alpha = print_colour().to_cmyk(test::decoded_fixture("grey-alpha.png"));
    const auto grey = print_colour().to_cmyk(test::decoded_fixture("grey8.png"));
    CHECK(cmyk_at(grey_alpha, fixture::width, 10, 10) == cmyk_at(grey, fixture::width, 10, 10));
    CHECK(cmyk_at(grey_alpha, fixture::width, 10, 40) == std::array<int, 4>{0, 0, 0, 0});
    const auto half_grey = print_colour().to_cmyk(
        one_pixel(images::ColourModel::Grey, {mixed(fixture::grey[1], 128)}));
    CHECK(cmyk_at(grey_alpha, fixture::width, 50, 10) == cmyk_at(half_grey, 1, 0, 0));
}

TEST_CASE("an embedded RGB profile is the source of the conversion", "[images]") {
    const auto tagged = test::decoded_fixture("rgb8-icc.png");
    const auto plain = test::decoded_fixture("rgb8.png");
    REQUIRE(test::difference(tagged.pixels, plain.pixels) == "");
    const auto from_profile = print_colour().to_cmyk(tagged);
    const auto from_srgb = print_colour().to_cmyk(plain);
    const auto blue = cmyk_at(from_profile, fixture::width, 10, 10);
    check_close(blue, reference_cmyk(fixture::rgb[0], tagged.icc_profile), 2);
    const auto srgb_blue = cmyk_at(from_srgb, fixture::width, 10, 10);
    CHECK(std::abs(blue[0] - srgb_blue[0]) + std::abs(blue[1] - srgb_blue[1]) +
              std::abs(blue[2] - srgb_blue[2]) + std::abs(blue[3] - srgb_blue[3]) >
          10);
    CHECK(cmyk_at(from_profile, fixture::width, 10, 40) == std::array<int, 4>{0, 0, 0, 0});
}

TEST_CASE("CMYK pictures keep their numbers unless tagged with another CMYK profile", "[images]") {
    const auto untagged = test::decoded_fixture("cmyk-adobe.jpg");
    CHECK_FALSE(print_colour().converts_cmyk(untagged));
    CHECK(test::difference(print_colour().to_cmyk(untagged), untagged.pixels) == "");

    images::DecodedImage same = untagged;
    same.icc_profile = print_colour().profile_bytes();
    CHECK_FALSE(print_colour().converts_cmyk(same));
    CHECK(test::difference(print_colour().to_cmyk(same), untagged.pixels) == "");

    // The same profile ID (the MD5 in the header) is the same profile, whatever the bytes.
    images::DecodedImage same_id = same;
    same_id.icc_profile[56] = 1; // device attributes, which the ID leaves out
    CHECK_FALSE(print_colour().converts_cmyk(same_id));

    // Another CMYK profile (FOGRA39 under another device name, without ID): converted, and
    // since it describes the same press, the printed colours stay (the separation may change:
    // the profile makes its own black); black-only stays black-only, paper stays paper.
    images::DecodedImage other = untagged;
    other.icc_profile = print_colour().profile_bytes();
    const char renamed[] = "Stadtsatz test";
    std::copy(renamed, renamed + 8, other.icc_profile.begin() + 48); // manufacturer, model
    std::fill(other.icc_profile.begin() + 84, other.icc_profile.begin() + 100, 0);
    CHECK(print_colour().converts_cmyk(other));
    const auto converted = print_colour().to_cmyk(other);
    for (auto [x, y] : std::vector<std::pair<int, int>>{{10, 10}, {50, 10}, {10, 40}, {50, 40}}) {
        const cmsCIELab before = printed_colour(cmyk_at(untagged.pixels, fixture::width, x, y));
        const cmsCIELab after = printed_colour(cmyk_at(converted, fixture::width, x, y));
        INFO("pixel " << x << "," << y);
        CHECK(cmsDeltaE(&before, &after) < 3);
    }
    CHECK(cmyk_at(converted, fixture::width, 10, 40) == std::array<int, 4>{0, 0, 0, 0});
    const auto black_only = cmyk_at(converted, fixture::width, 50, 40);
    CHECK((black_only[0] == 0 && black_only[1] == 0 && black_only[2] == 0));
    CHECK(black_only[3] > 250);
}

TEST_CASE("CMYK for screens: from the print profile, or PDF's formula without one", "[images]") {
    const auto image = test::decoded_fixture("cmyk.jpg");
    const auto managed = pdf::cmyk_to_screen_rgb(image, &print_colour());
    REQUIRE(managed.size() == std::size_t(fixture::width) * fixture::height * 3);
    const auto at = [](const std::vector<std::uint8_t>& rgb, int x, int y) {
        const std::size_t index = 3 * (std::size_t(y) * fixture::width + x);
        return std::array<int, 3>{rgb[index], rgb[index + 1], rgb[index + 2]};
    };
    CHECK(at(managed, 10, 40) == std::array<int, 3>{255, 255, 255}); // paper
    const auto black = at(managed, 50, 40);
    CHECK(std::max({black[0], black[1], black[2]}) < 80); // black ink alone is not quite black
    const auto orange = at(managed, 50, 10);
    CHECK((orange[0] > 200 && orange[2] < 60));

    const auto device = pdf::cmyk_to_screen_rgb(image, nullptr);
    const auto& blue = fixture::cmyk[0]; // 230 100 0 40, ± 3 from JPEG
    const auto device_blue = at(device, 10, 10);
    CHECK(device_blue[0] <= 3);
    CHECK(std::abs(device_blue[1] - (255 - blue[1] - blue[3])) <= 6);
    CHECK(std::abs(device_blue[2] - (255 - blue[2] - blue[3])) <= 6);
}

TEST_CASE("two threads convert with one PrintColour and get the same results", "[images]") {
    const auto diagram = test::decoded_fixture("rgb8.png");
    const auto wide = test::decoded_fixture("rgb16.png");
    const auto expected_diagram = print_colour().to_cmyk(diagram);
    const auto expected_wide = print_colour().to_cmyk(wide);
    bool same_diagram = true;
    bool same_wide = true;
    std::thread first([&] {
        for (int run = 0; run < 50; ++run) {
            same_diagram = same_diagram && print_colour().to_cmyk(diagram) == expected_diagram;
        }
    });
    std::thread second([&] {
        for (int run = 0; run < 50; ++run) {
            same_wide = same_wide && print_colour().to_cmyk(wide) == expected_wide;
        }
    });
    first.join();
    second.join();
    CHECK(same_diagram);
    CHECK(same_wide);
}

TEST_CASE("every pixel of the sample's diagrams gets the CMYK of its own colour", "[images]") {
    // Diagrams go colour by colour through a cache that also skips repeated rows; any pixel,
    // converted alone, must come out the same.
    for (const char* name : {"prozess.png", "stadtteile.png"}) {
        INFO(name);
        auto decoded = images::decode_image(test::source_dir() + "/content/bilder/" + name);
        REQUIRE(std::holds_alternative<images::DecodedImage>(decoded));
        const auto& image = std::get<images::DecodedImage>(decoded);
        const auto cmyk = print_colour().to_cmyk(image);
        std::uint32_t state = 99;
        for (int probe = 0; probe < 3000; ++probe) {
            state = state * 1664525u + 1013904223u;
            const int x = int((state >> 8) % unsigned(image.width));
            const int y = probe % image.height; // every row
            const std::size_t at = 3 * (std::size_t(y) * image.width + x);
            const auto alone = print_colour().to_cmyk(
                one_pixel(images::ColourModel::Rgb,
                          {image.pixels[at], image.pixels[at + 1], image.pixels[at + 2]}));
            if (cmyk_at(cmyk, image.width, x, y) != cmyk_at(alone, 1, 0, 0)) {
                FAIL("pixel " << x << "," << y);
            }
        }
    }
}

#pragma once

// Helpers for the image tests: the fixtures of tests/unit/fixtures/images/ (known quadrants,
// see fixture_colours.hpp), their bytes, and pixel access.

#include "fixtures/images/fixture_colours.hpp"
#include "images/decoded_image.hpp"
#include "images/image_decoding.hpp"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace stadtsatz::test {

inline std::string image_fixture(const std::string& name) {
    return std::string(STADTSATZ_TEST_DATA) + "/unit/fixtures/images/" + name;
}

inline std::vector<std::uint8_t> file_bytes(const std::string& path) {
    std::ifstream stream(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

inline std::string as_text(const std::vector<std::uint8_t>& bytes) {
    return std::string(bytes.begin(), bytes.end());
}

// The samples per pixel of a colour model.
inline int components_of(images::ColourModel colour) {
    return colour == images::ColourModel::Grey ? 1 : colour == images::ColourModel::Rgb ? 3 : 4;
}

// Sample `channel` of pixel (x, y) of 8-bit or 16-bit samples (16-bit: big-endian).
inline unsigned sample(const images::DecodedImage& image, int x, int y, int channel) {
    const std::size_t components = components_of(image.colour);
    const std::size_t index = (std::size_t(y) * image.width + x) * components + channel;
    if (image.bits_per_component == 16) {
        return unsigned(image.pixels[2 * index]) << 8 | image.pixels[2 * index + 1];
    }
    return image.pixels[index];
}

// The image a fixture decodes to; fails the test when it does not decode.
inline images::DecodedImage decoded_fixture(const std::string& name) {
    auto result = images::decode_image(image_fixture(name));
    if (auto* error = std::get_if<images::DecodingError>(&result)) {
        throw std::runtime_error(name + ": " + error->message);
    }
    return std::get<images::DecodedImage>(std::move(result));
}

// Where two byte sequences first differ ("" when equal), so that a failing check on
// megabytes of pixels prints one line.
inline std::string difference(const std::vector<std::uint8_t>& actual,
                              const std::vector<std::uint8_t>& expected) {
    if (actual.size() != expected.size()) {
        return std::to_string(actual.size()) + " bytes instead of " +
               std::to_string(expected.size());
    }
    for (std::size_t index = 0; index < actual.size(); ++index) {
        if (actual[index] != expected[index]) {
            return "byte " + std::to_string(index) + ": " + std::to_string(actual[index]) +
                   " instead of " + std::to_string(expected[index]);
        }
    }
    return {};
}

// The message decode_image gives for `path`; empty when the file decodes.
inline std::string decoding_error(const std::string& path) {
    auto result = images::decode_image(path);
    auto* error = std::get_if<images::DecodingError>(&result);
    return error != nullptr ? error->message : std::string();
}

} // namespace stadtsatz::test

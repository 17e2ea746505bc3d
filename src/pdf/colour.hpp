#pragma once

#include "images/decoded_image.hpp"
#include "pdf/prepared_image.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stadtsatz::pdf {

// The print shop's CMYK output condition (an ICC profile named in the style) and the
// LittleCMS transforms into it. Loaded once per build; safe to use from several threads.
class PrintColour {
public:
    // Reads and checks the profile (an output profile with N = 4); nullopt and `error`
    // (German, for the editor) when the file is unreadable or not a CMYK output profile.
    static std::optional<PrintColour> load(const std::string& icc_file, std::string& error);

    const std::vector<std::uint8_t>& profile_bytes() const; // for /DestOutputProfile
    std::string description() const;                        // the profile's 'desc' text

    // Converts 8- or 16-bit grey/RGB pixels (sRGB unless `source_profile` is given) to
    // 8-bit CMYK; grey becomes black ink only.
    std::vector<std::uint8_t> to_cmyk(const images::DecodedImage& image) const;

private:
    struct State;
    std::shared_ptr<const State> state_;
};

// The screen PDF's form of an image: passed through where the PDF allows (JPEG as DCT, PNG
// IDAT with predictors), otherwise 8-bit grey or RGB Flate; alpha as a soft mask; CMYK
// converted to RGB.
PreparedImage prepare_screen_image(const images::DecodedImage& image);

// The print PDF's form: every image CMYK through the output profile, alpha flattened on
// white, lossless (Flate).
PreparedImage prepare_print_image(const images::DecodedImage& image, const PrintColour& colour);

} // namespace stadtsatz::pdf

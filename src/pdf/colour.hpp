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
// LittleCMS conversions into it. Loaded once per build; copies share one state; safe to use
// from several threads (conversions are made once, under a lock, and LittleCMS transforms
// may run concurrently).
//
// How colours are converted:
// - RGB: from sRGB, or from the image's own ICC profile, relative colorimetric with black
//   point compensation. Images with few distinct colours (diagrams) go colour by colour
//   through an exact transform; photographs through LittleCMS's precalculated one.
// - Grey: black ink only, along the profile's own K curve, so a grey prints as light as it
//   looks on screen (sRGB grey, or the image's grey profile): white 0, black 100 % K.
// - CMYK: the numbers are kept (an untagged CMYK picture is taken to be made for the press);
//   only a picture tagged with another CMYK profile is converted, keeping black-only pixels
//   black-only.
// - Alpha is flattened on white (paper) before converting.
class PrintColour {
public:
    // Reads and checks the profile (an output profile 'prtr' with data colour space CMYK);
    // nullopt and `error` (German, for the editor) when the file is unreadable or not one.
    static std::optional<PrintColour> load(const std::string& icc_file, std::string& error);

    const std::vector<std::uint8_t>& profile_bytes() const; // for /DestOutputProfile
    std::string description() const;                        // the profile's 'desc' text

    // The image's pixels as 8-bit CMYK in the output condition, rows top to bottom.
    std::vector<std::uint8_t> to_cmyk(const images::DecodedImage& image) const;

    // Whether to_cmyk changes the numbers of a CMYK image (it carries another CMYK profile);
    // otherwise its file can go into the print PDF as it is.
    bool converts_cmyk(const images::DecodedImage& image) const;

private:
    struct State;
    friend std::vector<std::uint8_t> cmyk_to_screen_rgb(const images::DecodedImage& image,
                                                        const PrintColour* print_colour);
    std::shared_ptr<const State> state_;
};

// 8-bit sRGB of a CMYK image, for screens: from the image's own profile, else from the print
// profile (untagged CMYK is taken to be in the print condition), else, without either, with
// PDF's device formula (red = 1 − min(1, cyan + black), ...).
std::vector<std::uint8_t> cmyk_to_screen_rgb(const images::DecodedImage& image,
                                             const PrintColour* print_colour);

// The screen PDF's form of an image: passed through where the PDF allows (JPEG as DCT, PNG
// IDAT with predictors), otherwise 8-bit grey or RGB Flate; alpha as a soft mask; an
// embedded ICC profile kept (PreparedImage::icc_profile); CMYK converted to RGB
// (cmyk_to_screen_rgb, with `print_colour` if given).
PreparedImage prepare_screen_image(const images::DecodedImage& image,
                                   const PrintColour* print_colour = nullptr);

// The print PDF's form: every image 8-bit DeviceCMYK through the output profile (to_cmyk),
// alpha flattened on white, lossless Flate. A CMYK JPEG whose numbers stay as they are goes
// in as its own DCT data (with /Decode inverted when Adobe-inverted), never re-encoded.
PreparedImage prepare_print_image(const images::DecodedImage& image, const PrintColour& colour);

} // namespace stadtsatz::pdf

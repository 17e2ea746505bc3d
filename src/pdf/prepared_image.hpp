#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace stadtsatz::pdf {

// The colour space an image XObject names.
enum class ImageColourSpace { DeviceGray, DeviceRgb, DeviceCmyk, IndexedRgb };

// The filter of an image XObject's stream.
enum class ImageFilter { Flate, Dct };

// An image XObject's dictionary values and stream bytes, prepared once per build and written
// into every PDF that shows the image (no libharu objects here, so both PDFs can share it).
struct PreparedImage {
    int width = 0;
    int height = 0;
    ImageColourSpace colour_space = ImageColourSpace::DeviceRgb;
    int bits_per_component = 8;
    std::vector<std::uint8_t> palette; // IndexedRgb: the lookup table, RGB triples
    ImageFilter filter = ImageFilter::Flate;
    // > 0: the Flate data carries PNG row predictors: /DecodeParms << /Predictor 15
    // /Colors predictor_colours /BitsPerComponent bits_per_component /Columns width >>.
    int predictor_colours = 0;
    std::vector<std::uint8_t> data; // the compressed stream, exactly as it goes into the PDF
    bool inverted_decode = false;   // /Decode [1 0 1 0 1 0 1 0]: Adobe-inverted CMYK JPEG
    // Screen only: the image's embedded ICC profile. When set, the colour space is
    // [/ICCBased << /N 1 or 3 /Alternate /DeviceGray or /DeviceRGB >>] instead of the device
    // space (for IndexedRgb: the base of /Indexed), so tagged pictures show their own colours.
    std::vector<std::uint8_t> icc_profile;
    std::shared_ptr<const PreparedImage> soft_mask; // DeviceGray alpha (/SMask), screen only
};

} // namespace stadtsatz::pdf

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stadtsatz::images {

// The colour model of decoded pixels.
enum class ColourModel { Grey, Rgb, Cmyk };

// Compressed data a PDF can embed as it is, without decoding and re-encoding it.
enum class Passthrough {
    None,    // only the decoded pixels are usable
    Jpeg,    // `encoded` is the whole JPEG file (DCTDecode): any Huffman-coded JPEG, CMYK too
    PngFlate // `encoded` is the concatenated IDAT zlib stream (FlateDecode with PNG predictors):
             // a non-interlaced grey, RGB or palette PNG of 1 to 8 bits without tRNS
};

// A raster image decoded once per build (libpng, libjpeg) and shared by every writer.
struct DecodedImage {
    std::string file; // absolute path of the source file
    int width = 0;    // in pixels
    int height = 0;
    ColourModel colour = ColourModel::Rgb; // of `pixels`
    int bits_per_component = 8;            // of `pixels`: 8 or 16 (16: big-endian samples)
    // Interleaved samples, rows from top to bottom without padding. CMYK is stored the
    // ordinary way (0 = no ink) even when the JPEG file kept it Adobe-inverted.
    std::vector<std::uint8_t> pixels;
    std::vector<std::uint8_t> alpha; // 8-bit coverage per pixel; empty when opaque
    // The embedded profile (PNG iCCP, JPEG APP2), kept only when its header names the colour
    // model of `pixels`; may be empty.
    std::vector<std::uint8_t> icc_profile;
    double pixels_per_inch_x = 0; // from pHYs / JFIF / Exif when present, else 0
    double pixels_per_inch_y = 0;

    Passthrough passthrough = Passthrough::None;
    std::vector<std::uint8_t> encoded;  // see Passthrough
    int encoded_bits_per_component = 8; // PngFlate: bit depth of the PNG samples (1, 2, 4, 8)
    int encoded_components = 3;         // PngFlate: samples per pixel (1 grey, 3 RGB, 1 palette)
    std::vector<std::uint8_t> palette;  // PngFlate of a palette PNG: RGB triples
    bool adobe_inverted = false;        // Jpeg: CMYK samples in the file are inverted (Photoshop)
};

} // namespace stadtsatz::images

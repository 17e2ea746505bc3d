#include "pdf/image_embedding.hpp"

#include "pdf/compression.hpp"

namespace stadtsatz::pdf {
namespace {

const char* colour_space_name(ImageColourSpace colour_space) {
    switch (colour_space) {
    case ImageColourSpace::DeviceGray:
        return "DeviceGray";
    case ImageColourSpace::DeviceCmyk:
        return "DeviceCMYK";
    case ImageColourSpace::DeviceRgb:
    case ImageColourSpace::IndexedRgb:
        return "DeviceRGB";
    }
    return "DeviceRGB";
}

// The image's colour space: the device space, or [/ICCBased stream] with the image's own
// profile (its device space as /Alternate).
void add_colour_space(PdfObjects& objects, HPDF_Dict stream, const PreparedImage& image) {
    void* base = nullptr;
    if (!image.icc_profile.empty()) {
        HPDF_Dict profile = objects.compressed_stream(deflate(std::string_view(
            reinterpret_cast<const char*>(image.icc_profile.data()), image.icc_profile.size())));
        const bool grey = image.colour_space == ImageColourSpace::DeviceGray;
        objects.add_integer(profile, "N", grey ? 1 : 3);
        objects.add_name(profile, "Alternate", grey ? "DeviceGray" : "DeviceRGB");
        HPDF_Array based = objects.array();
        HPDF_Array_AddName(based, "ICCBased");
        HPDF_Array_Add(based, profile);
        base = based;
    }
    if (image.colour_space == ImageColourSpace::IndexedRgb) {
        // [/Indexed base highest-index <lookup>]
        HPDF_Array indexed = objects.array();
        HPDF_Array_AddName(indexed, "Indexed");
        if (base != nullptr) {
            HPDF_Array_Add(indexed, base);
        } else {
            HPDF_Array_AddName(indexed, "DeviceRGB");
        }
        HPDF_Array_AddNumber(indexed, static_cast<HPDF_INT32>(image.palette.size() / 3) - 1);
        HPDF_Array_Add(indexed, objects.byte_string(std::string_view(
                                    reinterpret_cast<const char*>(image.palette.data()),
                                    image.palette.size())));
        objects.add(stream, "ColorSpace", indexed);
    } else if (base != nullptr) {
        objects.add(stream, "ColorSpace", base);
    } else {
        objects.add_name(stream, "ColorSpace", colour_space_name(image.colour_space));
    }
}

} // namespace

HPDF_Dict embed_image(PdfObjects& objects, const PreparedImage& image) {
    HPDF_Dict stream = image.filter == ImageFilter::Dct ? objects.jpeg_stream(image.data)
                                                        : objects.compressed_stream(image.data);
    if (stream == nullptr) {
        return nullptr;
    }
    objects.add_name(stream, "Type", "XObject");
    objects.add_name(stream, "Subtype", "Image");
    objects.add_integer(stream, "Width", image.width);
    objects.add_integer(stream, "Height", image.height);
    objects.add_integer(stream, "BitsPerComponent", image.bits_per_component);
    add_colour_space(objects, stream, image);
    if (image.inverted_decode) {
        objects.add(stream, "Decode", objects.numbers({1, 0, 1, 0, 1, 0, 1, 0}));
    }
    if (image.predictor_colours > 0) {
        HPDF_Dict parameters = objects.direct_dictionary();
        objects.add_integer(parameters, "Predictor", 15);
        objects.add_integer(parameters, "Colors", image.predictor_colours);
        objects.add_integer(parameters, "BitsPerComponent", image.bits_per_component);
        objects.add_integer(parameters, "Columns", image.width);
        objects.add(stream, "DecodeParms", parameters);
    }
    if (image.soft_mask) {
        objects.add(stream, "SMask", embed_image(objects, *image.soft_mask));
    }
    return stream;
}

} // namespace stadtsatz::pdf

#include "pdf/colour.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <lcms2.h>
#include <map>
#include <mutex>
#include <type_traits>

namespace stadtsatz::pdf {
namespace {

// LittleCMS's last error message on this thread, for the German message around it.
thread_local std::string lcms_message;

void keep_lcms_message(cmsContext, cmsUInt32Number, const char* text) {
    lcms_message = text != nullptr ? text : "";
}

struct ContextDeleter {
    void operator()(cmsContext context) const { cmsDeleteContext(context); }
};
struct ProfileDeleter {
    void operator()(void* profile) const { cmsCloseProfile(profile); }
};
struct TransformDeleter {
    void operator()(void* transform) const { cmsDeleteTransform(transform); }
};
using Context = std::unique_ptr<std::remove_pointer_t<cmsContext>, ContextDeleter>;
using Profile = std::unique_ptr<void, ProfileDeleter>;
using Transform = std::unique_ptr<void, TransformDeleter>;

// DecodedImage keeps 16-bit samples big-endian, as PNG stores them.
constexpr cmsUInt32Number big_endian_16 =
    std::endian::native == std::endian::little ? ENDIAN16_SH(1) : 0;

constexpr cmsUInt32Number intent = INTENT_RELATIVE_COLORIMETRIC;
constexpr cmsUInt32Number flags = cmsFLAGS_BLACKPOINTCOMPENSATION;

// L* (0 black … 100 white) of each of 256 levels of one channel.
using Lightness = std::array<double, 256>;
// Black ink (0..255) for each of 256 grey levels.
using BlackCurve = std::array<std::uint8_t, 256>;

// What a Conversion turns into what; together with a source profile it names one.
enum class ConversionKind {
    RgbToPrint,   // 8-bit RGB → CMYK of the print profile
    Rgb16ToPrint, // 16-bit big-endian RGB → CMYK
    CmykToPrint,  // 8-bit CMYK of another profile → CMYK of the print profile
    CmykToScreen, // 8-bit CMYK → sRGB
};

// One colour conversion between two profiles, with two LittleCMS transforms: an exact one
// (no precalculation: made in under a millisecond, every colour evaluated through both
// profiles) for pictures with few distinct colours, and a precalculated one (a device-link
// table, about 25 ms to build, then fast; up to 8 units off the exact values) for
// photographs, built when first needed.
class Conversion {
public:
    Conversion(cmsContext context, Profile source, Profile target, cmsUInt32Number input_format,
               cmsUInt32Number output_format, cmsUInt32Number conversion_intent)
        : source_(std::move(source)), target_(std::move(target)), input_format_(input_format),
          output_format_(output_format), intent_(conversion_intent),
          input_bytes_(T_CHANNELS(input_format) * T_BYTES(input_format)),
          output_bytes_(T_CHANNELS(output_format) * T_BYTES(output_format)) {
        if (source_ != nullptr && target_ != nullptr) {
            exact_.reset(cmsCreateTransformTHR(context, source_.get(), input_format_, target_.get(),
                                               output_format_, intent_,
                                               flags | cmsFLAGS_NOOPTIMIZE | cmsFLAGS_NOCACHE));
        }
    }

    bool usable() const { return exact_ != nullptr; }

    // Converts `rows` rows of `width` pixels: each distinct colour once through the exact
    // transform while there are few, else the whole picture through the precalculated
    // transform (so one picture never mixes both). 16-bit input always takes the latter.
    void convert(const std::uint8_t* input, std::size_t width, std::size_t rows,
                 std::uint8_t* output) const {
        bool done = false;
        if (input_bytes_ == 3 && output_bytes_ == 4) {
            done = convert_few_colours<3, 4>(input, width, rows, output);
        } else if (input_bytes_ == 4 && output_bytes_ == 4) {
            done = convert_few_colours<4, 4>(input, width, rows, output);
        } else if (input_bytes_ == 4 && output_bytes_ == 3) {
            done = convert_few_colours<4, 3>(input, width, rows, output);
        }
        if (!done) {
            cmsDoTransform(precalculated(), input, output, cmsUInt32Number(width * rows));
        }
    }

private:
    // Looks each pixel up in a small hash table of the colours met so far; a run of one
    // colour, or a row equal to the one above (diagrams have many), skips even that. False,
    // with `output` partly written, once the picture has more colours than the table takes.
    template <std::size_t input_bytes, std::size_t output_bytes>
    bool convert_few_colours(const std::uint8_t* input, std::size_t width, std::size_t rows,
                             std::uint8_t* output) const {
        constexpr int slot_bits = 14;
        constexpr std::size_t slot_count = std::size_t(1) << slot_bits;
        constexpr std::size_t maximum_colours = slot_count / 2; // open addressing stays fast
        constexpr std::uint64_t used = std::uint64_t(1) << 32;  // marks a filled slot
        std::vector<std::uint64_t> keys(slot_count, 0);
        std::vector<std::uint32_t> values(slot_count);
        std::size_t colours = 0;
        const std::size_t input_row = width * input_bytes;
        const std::size_t output_row = width * output_bytes;
        for (std::size_t row = 0; row < rows; ++row) {
            const std::uint8_t* source = input + row * input_row;
            std::uint8_t* target = output + row * output_row;
            if (row > 0 && std::memcmp(source, source - input_row, input_row) == 0) {
                std::memcpy(target, target - output_row, output_row);
                continue;
            }
            std::uint64_t previous_key = 0;
            std::uint32_t previous_value = 0;
            for (std::size_t column = 0; column < width; ++column) {
                const std::uint8_t* pixel = source + column * input_bytes;
                // Shifts, not memcpy into a zeroed word: a 3-byte store read back as 4 bytes
                // stalls store forwarding and made this loop four times slower.
                std::uint32_t packed = std::uint32_t(pixel[0]) | std::uint32_t(pixel[1]) << 8 |
                                       std::uint32_t(pixel[2]) << 16;
                if constexpr (input_bytes == 4) {
                    packed |= std::uint32_t(pixel[3]) << 24;
                }
                const std::uint64_t key = packed | used;
                if (key != previous_key) {
                    std::size_t slot = (packed * 0x9E3779B1u) >> (32 - slot_bits);
                    while (keys[slot] != 0 && keys[slot] != key) {
                        slot = (slot + 1) & (slot_count - 1);
                    }
                    if (keys[slot] != key) {
                        if (++colours > maximum_colours) {
                            return false;
                        }
                        std::array<std::uint8_t, 4> converted{};
                        cmsDoTransform(exact_.get(), pixel, converted.data(), 1);
                        std::memcpy(&values[slot], converted.data(), output_bytes);
                        keys[slot] = key;
                    }
                    previous_key = key;
                    previous_value = values[slot];
                }
                std::memcpy(target + column * output_bytes, &previous_value, output_bytes);
            }
        }
        return true;
    }

    cmsHTRANSFORM precalculated() const {
        std::call_once(precalculated_made_, [this] {
            precalculated_.reset(cmsCreateTransformTHR(cmsGetTransformContextID(exact_.get()),
                                                       source_.get(), input_format_, target_.get(),
                                                       output_format_, intent_, flags));
            // Without it, the exact transform does the work: slower, never wrong.
            precalculated_failed_ = precalculated_ == nullptr;
        });
        return precalculated_failed_ ? exact_.get() : precalculated_.get();
    }

    Profile source_;
    Profile target_;
    cmsUInt32Number input_format_;
    cmsUInt32Number output_format_;
    cmsUInt32Number intent_;
    std::size_t input_bytes_;  // bytes per input pixel
    std::size_t output_bytes_; // bytes per output pixel
    Transform exact_;
    mutable std::once_flag precalculated_made_;
    mutable Transform precalculated_;
    mutable bool precalculated_failed_ = false;
};

// Whether two ICC profiles are the same: the same bytes, or the same non-zero profile ID
// (the MD5 in bytes 84..99 of the header).
bool same_profile(const std::vector<std::uint8_t>& first, const std::vector<std::uint8_t>& second) {
    if (first == second) {
        return true;
    }
    constexpr std::size_t id_offset = 84;
    constexpr std::size_t id_length = 16;
    if (first.size() < id_offset + id_length || second.size() < id_offset + id_length) {
        return false;
    }
    const auto id = first.begin() + id_offset;
    const bool zero = std::all_of(id, id + id_length, [](std::uint8_t byte) { return byte == 0; });
    return !zero && std::equal(id, id + id_length, second.begin() + id_offset);
}

// The 256 grey levels of a one-channel source as L*, through LittleCMS.
bool source_lightness(cmsContext context, cmsHPROFILE source, bool rgb, Lightness& lightness) {
    Profile lab(cmsCreateLab4ProfileTHR(context, nullptr));
    Transform transform(cmsCreateTransformTHR(context, source, rgb ? TYPE_RGB_DBL : TYPE_GRAY_DBL,
                                              lab.get(), TYPE_Lab_DBL, intent,
                                              cmsFLAGS_NOOPTIMIZE | cmsFLAGS_NOCACHE));
    if (transform == nullptr) {
        return false;
    }
    for (int level = 0; level < 256; ++level) {
        const double value = level / 255.0;
        const double input[3] = {value, value, value};
        cmsCIELab output{};
        cmsDoTransform(transform.get(), input, &output, 1);
        lightness[level] = output.L;
    }
    return true;
}

// L* of black ink alone, 0..255, as the print profile prints it.
bool ink_lightness(cmsContext context, cmsHPROFILE output, Lightness& lightness) {
    Profile lab(cmsCreateLab4ProfileTHR(context, nullptr));
    Transform transform(cmsCreateTransformTHR(context, output, TYPE_CMYK_DBL, lab.get(),
                                              TYPE_Lab_DBL, intent,
                                              cmsFLAGS_NOOPTIMIZE | cmsFLAGS_NOCACHE));
    if (transform == nullptr) {
        return false;
    }
    for (int level = 0; level < 256; ++level) {
        const double input[4] = {0, 0, 0, level * 100.0 / 255.0}; // LittleCMS: ink in percent
        cmsCIELab lab_value{};
        cmsDoTransform(transform.get(), input, &lab_value, 1);
        lightness[level] = lab_value.L;
    }
    return true;
}

// The black ink that prints each source grey as light as it is: the source's range from its
// black to its white is laid onto the ink's range from full black to paper (black point
// compensation), then the ink's lightness curve is inverted.
BlackCurve black_curve(const Lightness& source, const Lightness& ink) {
    Lightness falling = ink; // made monotonic against measuring noise in the profile
    for (std::size_t level = 1; level < falling.size(); ++level) {
        falling[level] = std::min(falling[level], falling[level - 1]);
    }
    const double paper = falling.front();
    const double full_black = falling.back();
    const double source_black = source.front();
    const double source_range = source.back() - source_black;
    BlackCurve curve{};
    for (std::size_t level = 0; level < curve.size(); ++level) {
        const double share =
            source_range > 0 ? std::clamp((source[level] - source_black) / source_range, 0.0, 1.0)
                             : level / 255.0;
        const double target = full_black + share * (paper - full_black);
        std::size_t ink_level = 0;
        while (ink_level < 255 && falling[ink_level] > target) {
            ++ink_level;
        }
        double black = double(ink_level);
        if (ink_level > 0 && falling[ink_level - 1] > falling[ink_level]) {
            black = (ink_level - 1) + (falling[ink_level - 1] - target) /
                                          (falling[ink_level - 1] - falling[ink_level]);
        }
        curve[level] = std::uint8_t(std::lround(std::clamp(black, 0.0, 255.0)));
    }
    return curve;
}

// A wide string (UTF-32 on Linux, UTF-16 elsewhere) as UTF-8.
std::string utf8(const std::wstring& text) {
    std::string result;
    for (std::size_t index = 0; index < text.size(); ++index) {
        std::uint32_t code = std::uint32_t(text[index]);
        if (sizeof(wchar_t) == 2 && code >= 0xD800 && code < 0xDC00 && index + 1 < text.size()) {
            code = 0x10000 + ((code - 0xD800) << 10) + (std::uint32_t(text[++index]) - 0xDC00);
        }
        if (code < 0x80) {
            result += char(code);
        } else if (code < 0x800) {
            result += char(0xC0 | (code >> 6));
            result += char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            result += char(0xE0 | (code >> 12));
            result += char(0x80 | ((code >> 6) & 0x3F));
            result += char(0x80 | (code & 0x3F));
        } else {
            result += char(0xF0 | (code >> 18));
            result += char(0x80 | ((code >> 12) & 0x3F));
            result += char(0x80 | ((code >> 6) & 0x3F));
            result += char(0x80 | (code & 0x3F));
        }
    }
    return result;
}

std::string profile_description(cmsHPROFILE profile) {
    const cmsUInt32Number bytes =
        cmsGetProfileInfo(profile, cmsInfoDescription, "de", "DE", nullptr, 0);
    if (bytes == 0) {
        return {};
    }
    std::wstring text(bytes / sizeof(wchar_t), L'\0');
    cmsGetProfileInfo(profile, cmsInfoDescription, "de", "DE", text.data(), bytes);
    text.resize(std::wcslen(text.c_str()));
    return utf8(text);
}

// A four-letter ICC signature as text, e.g. "mntr".
std::string signature_text(std::uint32_t signature) {
    std::string text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char character = char((signature >> shift) & 0xFF);
        text += character >= 0x20 && character < 0x7F ? character : '?';
    }
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    return text;
}

// Grey or RGB samples composited on white by their alpha (8 or 16 bits per sample).
std::vector<std::uint8_t> flattened_on_white(const images::DecodedImage& image, int channels) {
    const std::size_t count = std::size_t(image.width) * std::size_t(image.height);
    std::vector<std::uint8_t> result(image.pixels.size());
    if (image.bits_per_component == 16) {
        for (std::size_t index = 0; index < count * channels; ++index) {
            const unsigned alpha = image.alpha[index / channels];
            const unsigned value =
                unsigned(image.pixels[2 * index]) << 8 | image.pixels[2 * index + 1];
            const unsigned mixed = (value * alpha + 65535u * (255 - alpha) + 127) / 255;
            result[2 * index] = std::uint8_t(mixed >> 8);
            result[2 * index + 1] = std::uint8_t(mixed & 0xFF);
        }
    } else {
        for (std::size_t index = 0; index < count * channels; ++index) {
            const unsigned alpha = image.alpha[index / channels];
            result[index] =
                std::uint8_t((image.pixels[index] * alpha + 255u * (255 - alpha) + 127) / 255);
        }
    }
    return result;
}

} // namespace

struct PrintColour::State {
    Context context; // first: destroyed after every profile and transform made in it
    std::vector<std::uint8_t> bytes;
    std::string description;
    Lightness ink;            // L* of black ink 0..255 in the print condition
    BlackCurve srgb_grey{};   // black ink for the grey levels of sRGB
    mutable std::mutex mutex; // guards the two maps; conversions are made under it
    mutable std::map<std::pair<ConversionKind, std::vector<std::uint8_t>>,
                     std::unique_ptr<Conversion>>
        conversions; // by kind and source profile (empty: sRGB, or the print profile for CMYK)
    mutable std::map<std::vector<std::uint8_t>, BlackCurve> grey_curves; // by grey profile

    Profile open_print_profile() const {
        return Profile(
            cmsOpenProfileFromMemTHR(context.get(), bytes.data(), cmsUInt32Number(bytes.size())));
    }

    // The conversion of `kind` from `source` (an embedded profile, or empty for the
    // default); the default one when LittleCMS cannot use the embedded profile. Null only
    // when not even the default works.
    const Conversion* conversion(ConversionKind kind,
                                 const std::vector<std::uint8_t>& source) const {
        std::lock_guard lock(mutex);
        if (const Conversion* embedded = find_or_make(kind, source)) {
            return embedded;
        }
        return find_or_make(kind, {});
    }

    const BlackCurve& black_curve_for(const std::vector<std::uint8_t>& grey_profile) const {
        if (grey_profile.empty()) {
            return srgb_grey;
        }
        std::lock_guard lock(mutex);
        auto found = grey_curves.find(grey_profile);
        if (found == grey_curves.end()) {
            Profile source(cmsOpenProfileFromMemTHR(context.get(), grey_profile.data(),
                                                    cmsUInt32Number(grey_profile.size())));
            Lightness lightness{};
            const bool usable = source != nullptr &&
                                source_lightness(context.get(), source.get(), false, lightness);
            found =
                grey_curves.emplace(grey_profile, usable ? black_curve(lightness, ink) : srgb_grey)
                    .first;
        }
        return found->second;
    }

private:
    const Conversion* find_or_make(ConversionKind kind,
                                   const std::vector<std::uint8_t>& source) const {
        auto key = std::make_pair(kind, source);
        auto found = conversions.find(key);
        if (found == conversions.end()) {
            found = conversions.emplace(std::move(key), make(kind, source)).first;
        }
        return found->second != nullptr && found->second->usable() ? found->second.get() : nullptr;
    }

    std::unique_ptr<Conversion> make(ConversionKind kind,
                                     const std::vector<std::uint8_t>& source) const {
        cmsContext id = context.get();
        Profile from;
        if (!source.empty()) {
            from.reset(cmsOpenProfileFromMemTHR(id, source.data(), cmsUInt32Number(source.size())));
            if (from == nullptr) {
                return nullptr;
            }
        }
        switch (kind) {
        case ConversionKind::RgbToPrint:
        case ConversionKind::Rgb16ToPrint:
            if (from == nullptr) {
                from.reset(cmsCreate_sRGBProfileTHR(id));
            }
            return std::make_unique<Conversion>(
                id, std::move(from), open_print_profile(),
                kind == ConversionKind::RgbToPrint ? TYPE_RGB_8 : TYPE_RGB_16 | big_endian_16,
                TYPE_CMYK_8, intent);
        case ConversionKind::CmykToPrint:
            // Black-only pixels (text, rules) stay black-only; the rest colorimetric.
            return std::make_unique<Conversion>(id, std::move(from), open_print_profile(),
                                                TYPE_CMYK_8, TYPE_CMYK_8,
                                                INTENT_PRESERVE_K_ONLY_RELATIVE_COLORIMETRIC);
        case ConversionKind::CmykToScreen:
            if (from == nullptr) {
                from = open_print_profile();
            }
            return std::make_unique<Conversion>(id, std::move(from),
                                                Profile(cmsCreate_sRGBProfileTHR(id)), TYPE_CMYK_8,
                                                TYPE_RGB_8, intent);
        }
        return nullptr;
    }
};

std::optional<PrintColour> PrintColour::load(const std::string& icc_file, std::string& error) {
    const std::string name = std::filesystem::path(icc_file).filename().string();
    std::ifstream stream(icc_file, std::ios::binary);
    std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(stream),
                                    std::istreambuf_iterator<char>()};
    if (!stream.good() && !stream.eof()) {
        bytes.clear();
    }
    if (bytes.empty()) {
        error = "Druckprofil „" + name + "“ kann nicht gelesen werden";
        return std::nullopt;
    }
    auto state = std::make_shared<State>();
    state->context.reset(cmsCreateContext(nullptr, nullptr));
    if (state->context == nullptr) {
        error = "Farbumrechnung (LittleCMS) konnte nicht starten";
        return std::nullopt;
    }
    cmsSetLogErrorHandlerTHR(state->context.get(), keep_lcms_message);
    lcms_message.clear();
    Profile output(cmsOpenProfileFromMemTHR(state->context.get(), bytes.data(),
                                            cmsUInt32Number(bytes.size())));
    if (output == nullptr) {
        error = "Druckprofil „" + name + "“ ist keine gültige ICC-Profildatei" +
                (lcms_message.empty() ? "" : " (" + lcms_message + ")");
        return std::nullopt;
    }
    if (cmsGetColorSpace(output.get()) != cmsSigCmykData) {
        error = "Druckprofil „" + name + "“ ist kein CMYK-Profil (Farbraum „" +
                signature_text(cmsGetColorSpace(output.get())) + "“)";
        return std::nullopt;
    }
    if (cmsGetDeviceClass(output.get()) != cmsSigOutputClass) {
        error = "Druckprofil „" + name + "“ ist kein Ausgabeprofil (Geräteklasse „" +
                signature_text(cmsGetDeviceClass(output.get())) + "“, erwartet „prtr“)";
        return std::nullopt;
    }
    state->bytes = std::move(bytes);
    state->description = profile_description(output.get());
    Profile srgb(cmsCreate_sRGBProfileTHR(state->context.get()));
    Lightness srgb_lightness{};
    if (!ink_lightness(state->context.get(), output.get(), state->ink) ||
        !source_lightness(state->context.get(), srgb.get(), true, srgb_lightness) ||
        state->conversion(ConversionKind::RgbToPrint, {}) == nullptr) {
        error = "Druckprofil „" + name + "“ lässt sich nicht für Farbumrechnungen verwenden" +
                (lcms_message.empty() ? "" : " (" + lcms_message + ")");
        return std::nullopt;
    }
    state->srgb_grey = black_curve(srgb_lightness, state->ink);
    PrintColour colour;
    colour.state_ = std::move(state);
    return colour;
}

const std::vector<std::uint8_t>& PrintColour::profile_bytes() const {
    return state_->bytes;
}

std::string PrintColour::description() const {
    return state_->description;
}

bool PrintColour::converts_cmyk(const images::DecodedImage& image) const {
    return image.colour == images::ColourModel::Cmyk && !image.icc_profile.empty() &&
           !same_profile(image.icc_profile, state_->bytes) &&
           state_->conversion(ConversionKind::CmykToPrint, image.icc_profile) != nullptr;
}

std::vector<std::uint8_t> PrintColour::to_cmyk(const images::DecodedImage& image) const {
    const std::size_t count = std::size_t(image.width) * std::size_t(image.height);
    const bool wide = image.bits_per_component == 16;
    std::vector<std::uint8_t> cmyk(count * 4, 0);
    switch (image.colour) {
    case images::ColourModel::Grey: {
        const BlackCurve& curve = state_->black_curve_for(image.icc_profile);
        const std::vector<std::uint8_t> flattened =
            image.alpha.empty() ? std::vector<std::uint8_t>() : flattened_on_white(image, 1);
        const std::vector<std::uint8_t>& grey = image.alpha.empty() ? image.pixels : flattened;
        for (std::size_t index = 0; index < count; ++index) {
            if (!wide) {
                cmyk[4 * index + 3] = curve[grey[index]];
                continue;
            }
            // Between two of the curve's 256 levels, linearly.
            const unsigned level = unsigned(grey[2 * index]) << 8 | grey[2 * index + 1];
            const unsigned scaled = level * 255;
            const unsigned lower = scaled / 65535;
            const unsigned upper = std::min(lower + 1, 255u);
            const double share = double(scaled % 65535) / 65535.0;
            cmyk[4 * index + 3] =
                std::uint8_t(std::lround(curve[lower] + share * (curve[upper] - curve[lower])));
        }
        break;
    }
    case images::ColourModel::Rgb: {
        const std::vector<std::uint8_t> flattened =
            image.alpha.empty() ? std::vector<std::uint8_t>() : flattened_on_white(image, 3);
        const std::uint8_t* rgb = image.alpha.empty() ? image.pixels.data() : flattened.data();
        const Conversion* conversion = state_->conversion(
            wide ? ConversionKind::Rgb16ToPrint : ConversionKind::RgbToPrint, image.icc_profile);
        if (conversion != nullptr) {
            conversion->convert(rgb, std::size_t(image.width), std::size_t(image.height),
                                cmyk.data());
        }
        break;
    }
    case images::ColourModel::Cmyk: {
        std::vector<std::uint8_t> ink = image.pixels;
        if (wide) { // only the high bytes; no decoder makes 16-bit CMYK today
            ink.resize(count * 4);
            for (std::size_t index = 0; index < count * 4; ++index) {
                ink[index] = image.pixels[2 * index];
            }
        }
        if (converts_cmyk(image)) {
            state_->conversion(ConversionKind::CmykToPrint, image.icc_profile)
                ->convert(ink.data(), std::size_t(image.width), std::size_t(image.height),
                          cmyk.data());
        } else {
            cmyk = std::move(ink);
        }
        if (!image.alpha.empty()) { // on paper: ink scaled by coverage
            for (std::size_t index = 0; index < count * 4; ++index) {
                cmyk[index] =
                    std::uint8_t((cmyk[index] * unsigned(image.alpha[index / 4]) + 127) / 255);
            }
        }
        break;
    }
    }
    return cmyk;
}

std::vector<std::uint8_t> cmyk_to_screen_rgb(const images::DecodedImage& image,
                                             const PrintColour* print_colour) {
    const std::size_t count = std::size_t(image.width) * std::size_t(image.height);
    std::vector<std::uint8_t> ink = image.pixels;
    if (image.bits_per_component == 16) {
        ink.resize(count * 4);
        for (std::size_t index = 0; index < count * 4; ++index) {
            ink[index] = image.pixels[2 * index];
        }
    }
    std::vector<std::uint8_t> rgb(count * 3);
    const Conversion* conversion = nullptr;
    if (print_colour != nullptr) {
        conversion =
            print_colour->state_->conversion(ConversionKind::CmykToScreen, image.icc_profile);
    } else if (!image.icc_profile.empty()) {
        // No print state to lend its conversions: one for this image alone, in its own context.
        Context context(cmsCreateContext(nullptr, nullptr));
        cmsSetLogErrorHandlerTHR(context.get(), keep_lcms_message);
        Conversion own(context.get(),
                       Profile(cmsOpenProfileFromMemTHR(context.get(), image.icc_profile.data(),
                                                        cmsUInt32Number(image.icc_profile.size()))),
                       Profile(cmsCreate_sRGBProfileTHR(context.get())), TYPE_CMYK_8, TYPE_RGB_8,
                       intent);
        if (own.usable()) {
            own.convert(ink.data(), std::size_t(image.width), std::size_t(image.height),
                        rgb.data());
            return rgb;
        }
    }
    if (conversion != nullptr) {
        conversion->convert(ink.data(), std::size_t(image.width), std::size_t(image.height),
                            rgb.data());
        return rgb;
    }
    for (std::size_t index = 0; index < count; ++index) {
        const std::uint8_t* pixel = &ink[4 * index];
        for (int channel = 0; channel < 3; ++channel) {
            rgb[3 * index + channel] = std::uint8_t(255 - std::min(255, pixel[channel] + pixel[3]));
        }
    }
    return rgb;
}

} // namespace stadtsatz::pdf

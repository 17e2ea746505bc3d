#include "html/colour_contrast.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stadtsatz::html {
namespace {

double linear_channel(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

std::string to_hex(const Rgb& colour) {
    char buffer[8];
    auto byte = [](double channel) {
        return static_cast<int>(std::lround(std::clamp(channel, 0.0, 1.0) * 255.0));
    };
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(colour[0]), byte(colour[1]),
                  byte(colour[2]));
    return buffer;
}

double relative_luminance(const Rgb& colour) {
    return 0.2126 * linear_channel(colour[0]) + 0.7152 * linear_channel(colour[1]) +
           0.0722 * linear_channel(colour[2]);
}

double contrast_ratio(const Rgb& first, const Rgb& second) {
    const double lighter = std::max(relative_luminance(first), relative_luminance(second));
    const double darker = std::min(relative_luminance(first), relative_luminance(second));
    return (lighter + 0.05) / (darker + 0.05);
}

Rgb mix(const Rgb& colour, const Rgb& other, double share) {
    Rgb result{};
    for (std::size_t channel = 0; channel < 3; ++channel) {
        result[channel] = colour[channel] * (1.0 - share) + other[channel] * share;
    }
    return result;
}

Rgb readable_on(const Rgb& foreground, const Rgb& background, double minimum) {
    const Rgb black{0, 0, 0};
    Rgb candidate = foreground;
    // The hex form is what the browser sees, so test the rounded colour.
    auto rounded_contrast = [&](const Rgb& colour) {
        unsigned red = 0, green = 0, blue = 0;
        std::sscanf(to_hex(colour).c_str(), "#%02x%02x%02x", &red, &green, &blue);
        return contrast_ratio({red / 255.0, green / 255.0, blue / 255.0}, background);
    };
    for (int step = 1; step <= 20 && rounded_contrast(candidate) < minimum; ++step) {
        candidate = mix(foreground, black, step / 20.0);
    }
    return candidate;
}

} // namespace stadtsatz::html

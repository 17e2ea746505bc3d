#pragma once

#include <array>
#include <string>

namespace stadtsatz::html {

// An sRGB colour with channels in 0..1.
using Rgb = std::array<double, 3>;

// "#00508c"
std::string to_hex(const Rgb& colour);

// WCAG 2.1 relative luminance and contrast ratio (1..21).
double relative_luminance(const Rgb& colour);
double contrast_ratio(const Rgb& first, const Rgb& second);

// Mixes `colour` with `other`; `share` of `other` in 0..1.
Rgb mix(const Rgb& colour, const Rgb& other, double share);

// `foreground` unchanged if it reaches `minimum` contrast on `background`, otherwise
// darkened step by step towards black (keeping its hue) until it does.
Rgb readable_on(const Rgb& foreground, const Rgb& background, double minimum);

} // namespace stadtsatz::html

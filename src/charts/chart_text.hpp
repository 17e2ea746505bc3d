#pragma once

// Text measures a chart builder needs before the writers choose a font: an estimate of a
// label's width (the builders leave room for it) and shortening a label to a width.

#include <string>
#include <string_view>

namespace stadtsatz::charts {

// Smallest font size of any chart label, in points: readable when printed at the chart's width.
constexpr double label_size = 7.5;

// The width of `text` set at `size` points in a proportional sans or serif font, estimated
// generously (a little wider than most fonts set it), so labels placed by it do not collide.
double estimated_text_width(std::string_view text, double size, bool bold = false);

// `text` shortened at a word or character boundary and ended with "…" so that its estimated
// width stays within `width`; unchanged when it fits.
std::string fitted_text(const std::string& text, double size, double width, bool bold = false);

} // namespace stadtsatz::charts

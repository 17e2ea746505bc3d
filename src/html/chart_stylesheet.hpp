#pragma once

#include "model/style.hpp"

#include <string>

namespace stadtsatz::html {

// The site's rules for charts (chart_markup.hpp): a fill and a stroke class per colour role,
// taken from the style's text and accent colours; marks reach 3:1 contrast on white (graphics,
// WCAG 1.4.11), labels 4.5:1 (text); the figure's size and print behaviour.
std::string chart_stylesheet(const model::Style& style);

} // namespace stadtsatz::html

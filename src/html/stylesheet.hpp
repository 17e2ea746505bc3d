#pragma once

#include "model/style.hpp"

#include <string>

namespace stadtsatz::html {

// The site's style.css, derived from the edition's style: font stacks named after the
// style's TrueType families (no web fonts are shipped), sizes relative to the body text in
// rem, the style's RGB colours (darkened where text would miss 4.5:1 contrast on white),
// heading spacing, plus the screen-only parts: layout, focus, navigation, measure cards, print.
std::string render_stylesheet(const model::Style& style);

// A CSS font-family list for a family of the style, e.g. "\"Noto Serif\", Georgia, serif",
// named after the regular font file ("NotoSerif-Regular.ttf" -> "Noto Serif").
std::string font_stack(const model::FontFamily& family);

} // namespace stadtsatz::html

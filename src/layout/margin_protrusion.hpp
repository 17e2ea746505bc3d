#pragma once

#include "layout/paragraph_items.hpp"

namespace stadtsatz::layout {

// Optical margin alignment, as microtype and InDesign do it: how far a character at a line
// end (hyphen, dash, full stop, comma, closing quote) or at a line start (opening quote) hangs
// into the margin, as a share of its width. 0 for all other characters.
double right_protrusion_factor(char32_t character);
double left_protrusion_factor(char32_t character);

// Fills the protrusion fields of the paragraph's boxes and flagged penalties from their last
// and first glyphs, so that the breaker counts the width a hanging character gains.
void set_margin_protrusion(Paragraph& paragraph);

} // namespace stadtsatz::layout

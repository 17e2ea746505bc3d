#pragma once

#include "layout/page.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

struct hb_font_t;

namespace stadtsatz::layout {

// Glyphs of one piece of text as HarfBuzz sets it: kerning and the font's standard ligatures
// (`liga`, `clig`), language German. Clusters are byte offsets into the shaped text.
struct ShapedText {
    std::vector<Glyph> glyphs;
    double advance = 0; // sum of the advances, in font units
};

// Shapes `text` with `font`. No ligature forms across a byte offset listed in `joints` (the
// compound joints of the text engine: Auf|lage, Schiff|fahrt), while kerning still applies
// across them: a zero-width non-joiner is shaped there and removed from the result.
ShapedText shape_text(hb_font_t* font, std::string_view text,
                      const std::vector<std::size_t>& joints = {});

} // namespace stadtsatz::layout

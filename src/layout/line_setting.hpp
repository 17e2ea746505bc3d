#pragma once

#include "layout/font_metrics.hpp"
#include "layout/line_breaking.hpp"
#include "layout/page.hpp"
#include "layout/paragraph_items.hpp"

#include <string>
#include <vector>

namespace stadtsatz::layout {

enum class LineAlignment { Justify, Left, Center, Right };

// A finished line: items positioned relative to the line's left edge and its baseline.
struct SetLine {
    std::vector<PageItem> items;        // text runs and strike-through rules
    std::vector<LinkArea> links;        // clickable areas (y relative to the baseline)
    std::vector<std::string> footnotes; // ids of footnotes referenced on this line
    double width = 0;                   // width actually used
    double ascent = 0;                  // largest text size on the line (for link areas)
};

// Positions the boxes of each broken line: justified lines stretch their spaces to `width`,
// last lines stay ragged; a word cut at the line's start or end is shaped again as drawn
// (with its hyphen), and the glue is set from the widths of what is drawn, so the justified
// edge is exact. Characters that hang into the margins (BrokenLine's protrusion) widen the
// measure; up to `expansion` (0.02 = 2 %) of a justified line's stretch or shrink may come
// from its glyphs (TextRun::horizontal_scale). Words of one format and node, with the spaces
// between them, form one run.
std::vector<SetLine> set_lines(const Paragraph& paragraph, const std::vector<BrokenLine>& lines,
                               double width, LineAlignment alignment, FontMetrics& metrics,
                               double expansion = 0);

// How typeset breaks text: TeX's passes with glyph expansion of ±2 % for justified text.
BreakOptions body_text_break_options();

// Appends the font's space glyph to `run`, `width` wide (0: a space only in the text, for a
// reader, where lines or parts of one heading meet).
void append_space_glyph(TextRun& run, double width, FontMetrics& metrics);

// Convenience: break and set in one step, with emergency breaks for overlong words; a
// justified paragraph gets optical margin alignment and glyph expansion.
std::vector<SetLine> typeset(Paragraph paragraph, double width, LineAlignment alignment,
                             FontMetrics& metrics);

} // namespace stadtsatz::layout

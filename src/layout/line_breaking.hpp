#pragma once

#include "layout/paragraph_items.hpp"

#include <vector>

namespace stadtsatz::layout {

// One line chosen by the breaker: items [start, end) and how its glue is set.
struct BrokenLine {
    std::size_t start = 0;    // first item on the line
    std::size_t end = 0;      // the break item (not drawn, except a flagged penalty's hyphen)
    double natural_width = 0; // boxes and glue at natural width, plus a hyphen if any
    double ratio = 0;        // glue adjustment: > 0 stretch, < 0 shrink, in units of stretch/shrink
    bool hyphenated = false; // ends at a flagged penalty
    bool last = false;       // ends at a forced break: set ragged
    double protrusion_left = 0;  // how far the line's first character hangs into the left margin
    double protrusion_right = 0; // how far its last character (or hyphen) hangs into the right
};

// How the breaker weighs a paragraph. The defaults are TeX's (plain TeX's pretolerance and
// tolerance, no glyph expansion).
struct BreakOptions {
    // Line widths from the first line on; the last one repeats. Empty: `width` for all lines.
    std::vector<double> widths;
    // Badness limit of the first pass, which does not hyphenate (TeX's \pretolerance); a
    // negative value skips that pass.
    double pretolerance = 100;
    // Badness limit of the second pass, with hyphenation (TeX's \tolerance).
    double tolerance = 200;
    // Extra stretch per line of the last pass, in points, which takes any break and sets a
    // line overfull only when no break at all fits (TeX's \emergencystretch). Negative: a
    // tenth of the line width.
    double emergency_stretch = -1;
    // How much of the spaces' stretch the badness counts: below 1, a loose line is priced
    // like a looser one, since spaces wider than the font's show more than narrower ones.
    double stretch_in_badness = 1;
    // By how much (a fraction: 0.02 = 2 %) the glyphs of a justified line may be widened or
    // narrowed to keep its spaces even: it takes up a line's difference first, the spaces
    // the rest.
    double expansion = 0;
    // Ragged right (TeX's \raggedright): above 0, the word spaces keep their natural width
    // and every line gets this much stretch at its end instead (points), so the breaker
    // balances the line ends without filling them. 0: justified.
    double ragged_stretch = 0;
};

// Breaks a whole paragraph into lines with Knuth and Plass's algorithm: of all ways to break
// it, the one with the fewest total demerits (badness of each line, the price of each
// hyphenation point, extra demerits for hyphens in a row, a hyphen before the last line, a
// very loose line next to a tight one and a last line of one word fragment). Three passes as
// in TeX: without hyphenation, with it, and an emergency pass.
std::vector<BrokenLine> break_lines(const std::vector<ParagraphItem>& items, double width,
                                    const BreakOptions& options = {});

} // namespace stadtsatz::layout

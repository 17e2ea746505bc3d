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
};

// Breaks a paragraph into lines of at most `width`, line by line: of the breaks that fit, the
// one with the fewest demerits (badness + penalty, as Knuth and Plass price them; a compound
// joint costs less than a syllable break). A whole-paragraph Knuth–Plass breaker can
// replace this function: it consumes the same items and returns the same lines.
std::vector<BrokenLine> break_lines(const std::vector<ParagraphItem>& items, double width);

} // namespace stadtsatz::layout

#pragma once

#include "layout/paragraph_items.hpp"

#include <optional>
#include <string>

namespace stadtsatz::layout {

// The widths a table cell's paragraph needs (padding excluded).
struct CellMeasure {
    double minimum = 0;     // the widest piece between two break opportunities, hyphen included
    double two_lines = 0;   // the widest word hyphenated at most once, at its best point
    double whole_words = 0; // the widest word kept whole (hyphenation points not used)
    double maximum = 0;     // the widest line when the cell breaks only at its forced breaks
};

// Measures a collected cell paragraph: break opportunities are glue, penalties and forced
// breaks; a flagged penalty (a hyphenation point) adds the hyphen to the piece before it.
CellMeasure measure_cell(const Paragraph& paragraph);

// Where a number cell aligns: `before` is the width up to the decimal comma (or to the end of
// an integer's digits), `after` the width from there to the cell's end.
struct DecimalSplit {
    double before = 0;
    double after = 0;
};

// The cell's text as drawn on one line: boxes' text, a space for each glue.
std::string cell_text(const Paragraph& paragraph);

// The byte offset in `text` where a number aligns, when the whole of `text` is a number with
// an optional sign, thousands dots and decimal comma, followed by units (€, %, °C, Mio. …) or
// a year in parentheses: "1.250,50 €", "12 %", "−3,5", "62 (2025)". Empty for anything else.
std::optional<std::size_t> decimal_split_offset(const std::string& text);

// Whether a cell says "no value" ("–", "—", "-", "k. A." or nothing): a number column may
// have such cells.
bool is_placeholder(const std::string& text);

// The widths of `paragraph` set on one line before and after `offset` (a byte offset in
// cell_text(paragraph)).
DecimalSplit split_widths(const Paragraph& paragraph, std::size_t offset);

} // namespace stadtsatz::layout

#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// What the accessibility statement can say from the document itself, counted over the
// chapters and footnotes the editors wrote.
struct AccessibilityFacts {
    int figures = 0;                // pictures (Markdown images standing alone)
    int figures_with_alt = 0;       // of those, with an alternative text
    int tables = 0;                 // GFM tables in the text
    int tables_with_header = 0;     // of those, with a header row of column headings
    int tables_with_caption = 0;    // of those, with a caption ("Tabelle: …")
    int internal_links = 0;         // links to a chapter, heading, goal or measure of the document
    int skipped_heading_levels = 0; // headings deeper than one below the heading before them
};

AccessibilityFacts count_accessibility_facts(const model::Document& document);

} // namespace stadtsatz::resolve

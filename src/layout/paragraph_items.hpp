#pragma once

#include "layout/page.hpp"
#include "model/text_setting.hpp"

#include <limits>
#include <string>
#include <vector>

namespace stadtsatz::layout {

// How a box of a paragraph is drawn.
struct RunFormat {
    std::string font_file;
    double size = 10;
    model::Colour colour;
    double rise = 0;            // baseline shift upwards (superscript footnote numbers)
    bool strike = false;        // draw a line through the text
    std::string link;           // link target, empty when not a link
    std::string footnote;       // footnote id when the box is a footnote reference
    double units_per_em = 1000; // of the font: glyph advances are in these units
    SourceNode source;
};

enum class ItemKind {
    Box,     // unbreakable text
    Glue,    // a stretchable and shrinkable space; a break opportunity after a box
    Penalty, // a break opportunity with a cost; flagged penalties draw a hyphen
};

// One item of a paragraph in the boxes-glue-penalties model of Knuth and Plass.
struct ParagraphItem {
    ItemKind kind = ItemKind::Box;
    double width = 0;     // Box: text width; Glue: natural space; Penalty: width if broken here
    double stretch = 0;   // Glue
    double shrink = 0;    // Glue
    double penalty = 0;   // Penalty: cost of breaking; forced_break means "must break"
    bool flagged = false; // Penalty: a hyphen appears when breaking here
    bool joint = false;   // Penalty: a compound joint or prefix, where no ligature may form
    // Box: the characters; flagged Penalty: U+00AD, the text a reader gets for the hyphen.
    std::string text;
    std::vector<Glyph> glyphs; // Box: shaped `text` (clusters into it); flagged Penalty: a hyphen
    // Box: what a reader gets back instead of `text` when it differs: a compound marked for
    // Leichte Sprache reads as the unsplit word (Integrationskonzept); empty: `text` itself.
    std::string actual_text;
    int format = -1; // Box and flagged Penalty: index into Paragraph::formats
    // Optical margin alignment (points): how far a Box's last character, or a flagged
    // Penalty's hyphen, may hang into the right margin at a line end, and a Box's first
    // character into the left margin at a line start.
    double protrusion_right = 0;
    double protrusion_left = 0;
};

// How far an interword space may stretch and shrink, as a share of its width. The breaker's
// badness counts the stretch at BreakOptions::stretch_in_badness.
inline constexpr double space_stretch = 0.6;
inline constexpr double space_shrink = 0.4;

// Penalty value of a forced break (line break, paragraph end).
inline constexpr double forced_break = -10000;
// Penalties at or above this value are used only when a line has no other break.
inline constexpr double emergency_break = 5000;

// A line never breaks inside a compound marked for Leichte Sprache (model::MarkedWord): not
// at its Mediopunkt, not at a hyphen the marking added, not at a hyphenation point in it;
// only a word wider than the line breaks there, by allow_emergency_breaks.

// Costs of hyphenating at a point of each kind: German practice (Duden) splits a compound at
// its joint first, after a prefix next, and inside a word stem last. An editor's soft hyphen
// counts like a joint: the editor chose it.
inline constexpr double compound_joint_penalty = 20;
inline constexpr double soft_hyphen_penalty = 20;
inline constexpr double prefix_penalty = 40;
inline constexpr double syllable_penalty = 80;
// A break after an explicit hyphen (Baden-|Württemberg) adds no hyphen: cheaper than any
// break inside one of the parts.
inline constexpr double hard_hyphen_penalty = 15;
// Added to a hyphenation point's penalty when it leaves a fragment of at most
// `short_fragment_letters` letters on either side (fa-|miliäre, Hür-|de.): the dearest break.
inline constexpr double short_fragment_penalty = 150;
inline constexpr int short_fragment_letters = 2;
// Added to a syllable or prefix break inside a compound (a word with a compound joint).
inline constexpr double compound_syllable_penalty = 150;
// Extra demerits for a hyphen at the end of two lines in a row (TeX's \doublehyphendemerits),
// and for a hyphen on the last line but one, which leaves a fragment alone on the last line
// (TeX's \finalhyphendemerits).
inline constexpr double consecutive_hyphens_demerits = 10000;
inline constexpr double final_hyphen_demerits = 5000;
// Further demerits for a third hyphenated line in a row: taken only where nothing else fits.
inline constexpr double third_hyphen_demerits = 1000000;
// Extra demerits for a line whose fitness class (very loose, loose, decent, tight) is more
// than one class away from the line before (TeX's \adjdemerits).
inline constexpr double adjacent_fitness_demerits = 10000;
// Extra demerits for a paragraph's last line that is one word fragment (de., tet.) or
// shorter than `short_last_line_share` of the line width.
inline constexpr double last_line_fragment_demerits = 20000;
inline constexpr double short_last_line_share = 0.08;

// A paragraph ready for line breaking.
struct Paragraph {
    std::vector<RunFormat> formats;
    std::vector<ParagraphItem> items;
    // The style's line setting (ragged right, sentence and word-group breaks), applied when
    // the paragraph is typeset.
    model::TextSetting setting;
};

} // namespace stadtsatz::layout

#pragma once

#include "model/block.hpp"
#include "model/document.hpp"
#include "model/inline.hpp"
#include "model/measures.hpp"
#include "model/style.hpp"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace stadtsatz::layout {

// Which part of its model node an item draws, where a node is drawn in several parts. The
// tagged PDF's structure tree is built from this and the node pointers below.
enum class NodePart {
    Whole,          // the node's own content: paragraph text, heading, picture, code
    Title,          // the heading of a field of action, goal or measure card (generated text)
    Label,          // a list item's bullet or number, a footnote's number, a card's label
    Caption,        // the caption of a figure or table
    HeaderCell,     // a cell of a table's header row (`column`)
    Cell,           // a cell of a table's body (`row` from 1, `column`)
    Term,           // the term of a measure card's fact (`row` = fact index)
    Definition,     // the value of a measure card's fact (`row` = fact index)
    GuidingGoal,    // the guiding goal (Leitziel) of a field of action
    FrontMatter,    // a line of the title or imprint page (`row` = its index on the page)
    ContentsTitle,  // the heading of the table of contents
    PageReference,  // the page number of a contents entry
    Decoration,     // panel, rule, shading, leader dots: a layout artifact
    Pagination,     // running header or page number: a pagination artifact
    RepeatedHeader, // a table header drawn again on a continuation page: an artifact
    Chart,          // the marks and labels of a chart (`row`: indicator index or chart part)
    ChartTitle,     // the title line above a chart (`row` as for Chart)
};

// The model node a positioned item came from, kept for the tagged PDF's structure tree.
struct SourceNode {
    const model::Block* block = nullptr;        // the block (paragraph, heading, table, ...)
    const model::Inline* inline_node = nullptr; // the innermost inline, for text runs
    const model::Measure* measure = nullptr;    // set for items of a measure card
    const model::Chapter* chapter = nullptr;    // set for the chapter title (block is null)
    const model::Footnote* footnote = nullptr;  // set for the items of a footnote
    const model::Inline* link = nullptr;        // the Link inline a run belongs to, if any
    const model::Goal* goal = nullptr;          // set for a goal's heading and its measures
    const model::TocEntry* toc_entry = nullptr; // set for the items of a contents entry
    NodePart part = NodePart::Whole;
    int row = -1;    // table row (0 = header), list item index, fact index, front-matter line
    int column = -1; // table column

    bool operator==(const SourceNode&) const = default;
};

// One glyph of a shaped run (HarfBuzz), in the font units of the run's face. Kept small: a
// document has hundreds of thousands of them.
struct Glyph {
    std::uint32_t cluster = 0; // byte offset in TextRun::text of the first character it draws
    float advance = 0;         // pen advance as set: kerning and justification included
    std::int16_t x_offset = 0; // displacement from the pen position (mark placement)
    std::int16_t y_offset = 0;
    std::uint16_t id = 0; // glyph index in the font file (OpenType has at most 65535)
};

// Which page edges a background touches; the print PDF extends it into the bleed there.
struct BleedEdges {
    bool left = false;
    bool right = false;
    bool top = false;
    bool bottom = false;
};

// A stretch of a run's text that a reader gets back as other text: a compound marked for
// Leichte Sprache (Integrations·konzept) reads as the unsplit word (PDF /ActualText).
struct ActualText {
    std::size_t begin = 0; // byte range in TextRun::text
    std::size_t end = 0;
    std::string text; // Integrationskonzept
};

// A run of shaped text in one font, size and colour. Coordinates of all items are in points
// relative to the top-left corner of the trim box, y growing downwards.
struct TextRun {
    double x = 0;
    double baseline = 0;   // y of the baseline
    double width = 0;      // advance width as drawn: the glyph advances times horizontal_scale
    std::string font_file; // absolute path of the TrueType file
    double size = 10;
    model::Colour colour;
    // UTF-8 as a reader should get it back: spaces between words are U+0020, a hyphen added
    // by line breaking is U+00AD (its glyph is a hyphen).
    std::string text;
    std::vector<Glyph> glyphs;            // in drawing order; clusters never decrease
    std::vector<ActualText> actual_texts; // ascending, not overlapping
    double units_per_em = 1000; // of the face: a glyph advances `advance * size / units_per_em`
    // Glyph expansion of a justified line: glyphs and their advances are drawn this much
    // wider (> 1) or narrower (PDF horizontal scaling, Tz); HTML ignores it.
    double horizontal_scale = 1;
    SourceNode source;
};

// A filled and/or stroked rectangle (panels, table shading, colour bands).
struct Rectangle {
    double x = 0;
    double y = 0; // top edge
    double width = 0;
    double height = 0;
    bool filled = true;
    model::Colour fill;
    bool stroked = false;
    model::Colour stroke;
    double line_width = 0.5;
    BleedEdges bleed; // edges that touch the trim edge and must run into the bleed
    SourceNode source;
};

// A straight line (rules, table grid, strike-through, footnote separator).
struct Rule {
    double x1 = 0;
    double y1 = 0;
    double x2 = 0;
    double y2 = 0;
    double line_width = 0.5;
    model::Colour colour;
    SourceNode source;
};

// A raster picture scaled into a box.
struct Picture {
    double x = 0;
    double y = 0; // top edge
    double width = 0;
    double height = 0;
    std::string file; // absolute path of the PNG or JPEG file (its key in the image store)
    SourceNode source;
};

// One step of a path's outline; points are in the same coordinates as every item.
struct PathSegment {
    enum class Kind { MoveTo, LineTo, CurveTo, Close };
    Kind kind = Kind::MoveTo;
    double x = 0; // the end point (MoveTo, LineTo, CurveTo)
    double y = 0;
    double control1_x = 0; // CurveTo: the cubic Bézier curve's first control point
    double control1_y = 0;
    double control2_x = 0; // CurveTo: its second control point
    double control2_y = 0;
};

// A vector shape (chart lines, markers, circles): an outline filled and/or stroked.
struct Path {
    std::vector<PathSegment> segments; // starts with a MoveTo
    bool filled = false;
    model::Colour fill;
    bool stroked = true;
    model::Colour stroke;
    double line_width = 0.5;
    std::vector<double> dash; // lengths of dash and gap, alternating; empty: a solid line
    SourceNode source;
};

using PageItem = std::variant<TextRun, Rectangle, Rule, Picture, Path>;

// A clickable area: an internal anchor ("#id" resolved to its id) or an external URI.
struct LinkArea {
    double x = 0;
    double y = 0; // top edge
    double width = 0;
    double height = 0;
    std::string target; // the link target as written in the model
    SourceNode source;
};

// Where an anchor id landed; link and outline destinations point here.
struct AnchorPosition {
    std::size_t page_index = 0; // 0-based physical page
    double y = 0;               // top of the anchored element
};

// Why a page exists; decides running header and page number.
enum class PageRole { Title, Imprint, Contents, ChapterOpening, Body };

// Why a page ends where it does: a page of a chapter that is not full has one of these.
enum class PageEnd {
    Full,             // the next slice did not fit
    ChapterEnd,       // the next slice opens a chapter on a new page
    PageBreak,        // the next slice asks for a new page (a heading style's new page)
    KeptTogether,     // the slices at the foot were moved on to keep a block together
    NextTooTall,      // the next slice alone is taller than the room left
    KeepChainTooLong, // slices kept together are taller than a page: broken inside them
    DocumentEnd,      // the last page of the flow
};

// How the page builder filled a page (page make-up): for the page report and its tests.
struct PageMakeup {
    PageEnd end = PageEnd::Full;
    double fill = 0;    // share of the type area's height used, footnotes included, unstretched
    double stretch = 0; // points added to the spaces between blocks (vertical justification);
                        // negative where they shrank to take a chapter's last lines
    double missing = 0; // points off the bottom line when the spaces could not take them
    double bottom = 0;  // y where the flow ends, stretch included
    double notes = 0;   // height of the footnotes at the page foot, separator included
};

// One laid-out page.
struct Page {
    int number = 1; // printed page number (physical position, 1-based)
    PageRole role = PageRole::Body;
    std::vector<PageItem> items; // painted in order
    std::vector<LinkArea> links;
    PageMakeup makeup;
};

// A chart drawn on the pages, for the tagged PDF: its items carry `source`, and the Figure
// they form gets `summary` as its text alternative.
struct ChartFigure {
    SourceNode source;   // the node and part (NodePart::Chart, `row`) of the chart's items
    std::string summary; // the chart's text alternative (/Alt)
};

// The result of layout: shared by the print and the screen PDF.
struct LaidOutDocument {
    double page_width = 0; // trim size
    double page_height = 0;
    double bleed = 0; // added around the trim box in the print PDF
    std::vector<Page> pages;
    std::map<std::string, AnchorPosition> anchors; // anchor id -> position
    std::vector<std::string> font_files;           // every font file used, in first-use order
    // Tables the layout built from the model (a measure's indicators): the pages' runs and
    // links point into their cells, so they live as long as the pages.
    std::shared_ptr<std::deque<model::Table>> built_tables;
    std::vector<ChartFigure> charts; // every chart laid out, in flow order
};

// True for a page on the right-hand side of a spread (odd page number).
inline bool is_right_page(int page_number) {
    return page_number % 2 == 1;
}

} // namespace stadtsatz::layout

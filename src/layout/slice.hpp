#pragma once

#include "layout/line_setting.hpp"
#include "layout/page.hpp"
#include "model/document.hpp"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stadtsatz::layout {

// One unbreakable piece of the vertical flow (a line, a table row, a picture), ready to be
// put on a page. Items are relative to the left edge of the type area and the slice's top.
struct Slice {
    double height = 0;
    double space_before =
        0; // collapses with the previous slice's space_after; dropped at a page top
    double space_after = 0;
    std::vector<PageItem> items;
    std::vector<LinkArea> links;
    std::vector<std::pair<std::string, double>> anchors; // anchor id, y within the slice
    std::vector<std::string> footnotes; // footnotes referenced here: they go on the same page
    bool keep_with_next = false;        // never break a page after this slice
    int keep_lines_after = 0; // a heading's last line: the next this many lines share its page
    bool page_break_before = false;
    const model::Chapter* chapter = nullptr;    // the chapter this slice opens (chapter title)
    std::shared_ptr<const Slice> repeat_header; // drawn first when this slice starts a page
};

// Moves an item or a link area by (dx, dy).
void translate(PageItem& item, double dx, double dy);
void translate(LinkArea& area, double dx, double dy);

// Appends the lines of a paragraph as slices: the first gets `space_before`, the last
// `space_after`. keep_with_next leaves at least two lines of the paragraph on each page (no
// widow, no orphan) and keeps a line ending in a hyphen with the next one.
void add_lines(std::vector<Slice>& out, const std::vector<SetLine>& lines, double x, double size,
               double leading, double space_before, double space_after);

// True when the line's last word is cut by line breaking or ends at a hard hyphen.
bool ends_in_hyphen(const SetLine& line);

// Makes slices [from, to) touch each other (spaces become part of their heights), so panels
// and rules drawn per slice form one unbroken shape.
void make_contiguous(std::vector<Slice>& slices, std::size_t from, std::size_t to);

// Adds a rectangle covering the full height of every slice in [from, to).
void add_strip(std::vector<Slice>& slices, std::size_t from, std::size_t to, double x, double width,
               const model::Colour& colour, const SourceNode& source);

} // namespace stadtsatz::layout

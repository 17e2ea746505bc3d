#pragma once

#include "layout/layout_context.hpp"
#include "layout/slice.hpp"

#include <vector>

namespace stadtsatz::layout {

// Where a sequence of blocks is set: horizontal position and width within the type area.
struct Frame {
    double left = 0;
    double width = 0;
    const model::TextStyle* text = nullptr; // body text, or the footnote style
    bool tight = false;                     // list items: small gaps between paragraphs
    int list_depth = 0;
};

// Vertical gap between paragraphs set in `text_style`.
double paragraph_gap(const model::TextStyle& text_style, bool tight);

// Lays out blocks into slices (paragraphs, headings, lists, quotes, code, tables, pictures,
// fields of action).
void lay_out_blocks(const model::Blocks& blocks, const Frame& frame, LayoutContext& context,
                    std::vector<Slice>& out);

// A chapter's opening: number, title and rule, starting a new page when the style says so.
void lay_out_chapter_title(const model::Chapter& chapter, LayoutContext& context,
                           std::vector<Slice>& out);

// A heading of level 2..6 with its number, anchored at its id. Set `generated` when the
// inlines were made by the layout (they do not outlive it, so runs must not point to them).
void lay_out_heading(const model::Inlines& inlines, const std::string& number, int level,
                     const std::string& id, const SourceNode& source, bool generated,
                     const Frame& frame, LayoutContext& context, std::vector<Slice>& out);

// A paragraph of inlines in `text_style`.
void lay_out_paragraph(const model::Inlines& inlines, const model::TextStyle& text_style,
                       const SourceNode& source, const Frame& frame, LayoutContext& context,
                       std::vector<Slice>& out);

} // namespace stadtsatz::layout

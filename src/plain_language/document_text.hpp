#pragma once

#include "model/document.hpp"
#include "model/source_position.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace stadtsatz::plain_language {

// Where a piece of a paragraph's text came from: text[offset…] was written at `position`.
struct TextPiece {
    std::size_t offset = 0;
    model::SourcePosition position;
};

// The plain text of one block the checker reads (a paragraph, a heading, a list item's
// paragraph, a table cell, a caption), with the source position of each of its pieces. Code,
// URLs and link targets are left out (a space stands for each).
struct SourceParagraph {
    std::string text;
    std::vector<TextPiece> pieces;
    bool running_text = true; // false for headings, table cells, captions: no readability
};

// The source position of byte `offset` of the paragraph's text: its piece's position plus
// the code points from the piece's start (columns count code points, as everywhere).
model::SourcePosition position_at(const SourceParagraph& paragraph, std::size_t offset);

// The same for many offsets in ascending order, in one pass over the text (a paragraph of a
// megabyte with thousands of findings stays linear).
class PositionFinder {
public:
    explicit PositionFinder(const SourceParagraph& paragraph) : paragraph_(paragraph) {}
    model::SourcePosition at(std::size_t offset);

private:
    const SourceParagraph& paragraph_;
    std::size_t piece_ = 0;  // the piece of the last offset asked for
    std::size_t offset_ = 0; // the last offset asked for, at or after the piece's start
    int code_points_ = 0;    // code points from the piece's start to offset_
    bool started_ = false;
};

// The paragraphs of a chapter in reading order: title, blocks, then `footnotes`.
std::vector<SourceParagraph>
chapter_paragraphs(const model::Chapter& chapter,
                   const std::vector<const model::Footnote*>& footnotes);

// The footnotes of `document` defined in `chapter`'s file.
std::vector<const model::Footnote*> footnotes_of(const model::Document& document,
                                                 const model::Chapter& chapter);

} // namespace stadtsatz::plain_language

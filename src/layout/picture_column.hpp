#pragma once

#include "layout/block_layout.hpp"

#include <cstddef>

namespace stadtsatz::layout {

// The style's picture column (<bildspalte>): a picture without caption, alone in its
// paragraph, followed by paragraphs or lists is set left of that text, which narrows to the
// right of it. Returns the index after the text blocks when blocks[index] starts such a
// group in `frame`, and `index` itself otherwise (no <bildspalte>, not a picture, no text
// after it, a frame too narrow).
std::size_t picture_column_end(const model::Blocks& blocks, std::size_t index, const Frame& frame,
                               const LayoutContext& context);

// The frame of the text beside the picture column.
Frame picture_column_text_frame(const Frame& frame, const LayoutContext& context);

// Puts the picture of `block` into the first slice of the text laid out beside it (slices
// [first, out.size())), its top at the first line's capital height, and keeps every line
// beside the picture on its page; text shorter than the picture gets space after it.
void place_picture_column(const model::Block& block, std::size_t first, const Frame& frame,
                          LayoutContext& context, std::vector<Slice>& out);

} // namespace stadtsatz::layout

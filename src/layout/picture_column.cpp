#include "layout/picture_column.hpp"

#include "layout/image_layout.hpp"

#include <algorithm>

namespace stadtsatz::layout {
namespace {

bool is_column_text(const model::Block& block) {
    return block.kind == model::BlockKind::Paragraph || block.kind == model::BlockKind::List;
}

// The top of a line's capitals below its slice's top, as add_lines places the baseline.
double capital_top(const model::TextStyle& text) {
    const double baseline = text.size * 0.76 + (text.leading - text.size) / 2;
    return baseline - text.size * 0.72;
}

} // namespace

std::size_t picture_column_end(const model::Blocks& blocks, std::size_t index, const Frame& frame,
                               const LayoutContext& context) {
    const model::PictureColumn& column = context.style.picture_column;
    const model::Block& block = blocks[index];
    if (!column.enabled || block.kind != model::BlockKind::Image || !block.image ||
        !block.image->caption.empty() || frame.width < 2 * (column.width + column.gap)) {
        return index;
    }
    std::size_t end = index + 1;
    while (end < blocks.size() && is_column_text(blocks[end])) {
        ++end;
    }
    return end == index + 1 ? index : end;
}

Frame picture_column_text_frame(const Frame& frame, const LayoutContext& context) {
    const model::PictureColumn& column = context.style.picture_column;
    Frame text = frame;
    text.left += column.width + column.gap;
    text.width -= column.width + column.gap;
    return text;
}

void place_picture_column(const model::Block& block, std::size_t first, const Frame& frame,
                          LayoutContext& context, std::vector<Slice>& out) {
    if (first >= out.size()) {
        return;
    }
    const std::optional<ImageSize> size = picture_size(block, context);
    if (!size || size->width <= 0 || size->height <= 0) {
        return;
    }
    const model::PictureColumn& column = context.style.picture_column;
    double width = column.width;
    double height = width * size->height / size->width;
    if (height > 2 * column.width) { // a tall picture stays as tall as two columns are wide
        height = 2 * column.width;
        width = height * size->width / size->height;
    }
    Picture picture;
    picture.x = frame.left + (column.width - width) / 2;
    picture.y = capital_top(*frame.text);
    picture.width = width;
    picture.height = height;
    picture.file = block.image->resolved.empty() ? block.image->source : block.image->resolved;
    picture.source.block = &block;
    Slice& opening = out[first];
    opening.items.insert(opening.items.begin(), picture); // read before the text beside it
    opening.space_before = std::max(opening.space_before, paragraph_gap(*frame.text, false));
    // Every line that stands beside the picture stays on the picture's page.
    const double bottom = picture.y + picture.height;
    double top = 0; // of the slice, from the first slice's top
    std::size_t last = first;
    for (std::size_t index = first; index < out.size(); ++index) {
        if (index > first) {
            top += std::max(out[index - 1].space_after, out[index].space_before);
        }
        last = index;
        if (top + out[index].height >= bottom) {
            break;
        }
        top += out[index].height;
    }
    for (std::size_t index = first; index < last; ++index) {
        out[index].keep_with_next = true;
    }
    if (last + 1 == out.size() && top + out[last].height < bottom) {
        // Text shorter than the picture: what follows starts below the picture.
        out[last].space_after += bottom - (top + out[last].height);
    }
}

} // namespace stadtsatz::layout

#pragma once

#include "layout/block_layout.hpp"
#include "layout/image_size.hpp"

#include <optional>

namespace stadtsatz::layout {

// A figure: the picture scaled to the frame width (aspect kept, height capped at half the type
// area) and centred, with its caption below. An unreadable picture is an error at its position.
// The pixel size of a figure's picture (decoded by the images stage, or read from the file);
// nothing when it cannot be read, which is an error at the block's position then.
std::optional<ImageSize> picture_size(const model::Block& block, LayoutContext& context);

void lay_out_image(const model::Block& block, const Frame& frame, LayoutContext& context,
                   std::vector<Slice>& out);

} // namespace stadtsatz::layout

#pragma once

#include "layout/block_layout.hpp"

namespace stadtsatz::layout {

// A figure: the picture scaled to the frame width (aspect kept, height capped at half the type
// area) and centred, with its caption below. An unreadable picture is an error at its position.
void lay_out_image(const model::Block& block, const Frame& frame, LayoutContext& context,
                   std::vector<Slice>& out);

} // namespace stadtsatz::layout

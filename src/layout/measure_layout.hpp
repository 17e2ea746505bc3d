#pragma once

#include "layout/block_layout.hpp"

namespace stadtsatz::layout {

// A field of action as a designed section: heading "Handlungsfeld N: Title", the guiding goal
// in a coloured box, the introduction, each goal as a labelled subheading and each measure as
// a card (id and title, description, key facts, indicator table).
void lay_out_field_of_action(const model::Block& block, const Frame& frame, LayoutContext& context,
                             std::vector<Slice>& out);

} // namespace stadtsatz::layout

#pragma once

#include "layout/block_layout.hpp"

#include <vector>

namespace stadtsatz::layout {

// The charts of a measure card: one per indicator with a numeric target, at the card's text
// column (`left`, `width`), after the indicator table.
void lay_out_indicator_charts(const model::Block& block, const model::Goal* goal,
                              const model::Measure& measure, double left, double width,
                              LayoutContext& context, std::vector<Slice>& out);

// The status chart of a field of action, after its introduction.
void lay_out_field_chart(const model::Block& block, const Frame& frame, LayoutContext& context,
                         std::vector<Slice>& out);

// A chart block: the indicator, field of action or timeline it names. A timeline taller than
// the type area is drawn as one chart per field of action on one shared year axis. Unknown
// ids draw nothing here: the site's writer reports them.
void lay_out_chart_block(const model::Block& block, const Frame& frame, LayoutContext& context,
                         std::vector<Slice>& out);

} // namespace stadtsatz::layout

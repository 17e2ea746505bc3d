#pragma once

#include "charts/chart.hpp"
#include "layout/layout_context.hpp"
#include "layout/slice.hpp"

#include <vector>

namespace stadtsatz::layout {

// The style colour a chart's role is drawn in: text, accent, the rule grey and tints of them.
model::Colour chart_colour(charts::ColourRole role, LayoutContext& context);

// The chart's marks as page items, with (0, 0) at the chart's top-left corner: lines,
// polylines and diamonds as paths, circles as Bézier paths, bars as rectangles, texts as
// shaped runs in the display family placed by their anchor. Every item carries `source`.
std::vector<PageItem> chart_items(const charts::Chart& chart, const SourceNode& source,
                                  const model::SourcePosition& position, LayoutContext& context);

// Appends a chart at `left` (within the type area): its title lines, kept with it, then the
// chart as one slice that is never split. `source` names the node the chart belongs to
// (measure, field of action or chart block) and `row` which of its charts it is; the items
// get the parts ChartTitle and Chart. The chart is recorded in `context.charts` for the
// tagged PDF. `position` is where glyph warnings point.
void lay_out_chart(const charts::Chart& chart, SourceNode source, double left,
                   const model::SourcePosition& position, LayoutContext& context,
                   std::vector<Slice>& out);

} // namespace stadtsatz::layout

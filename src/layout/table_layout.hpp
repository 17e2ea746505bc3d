#pragma once

#include "layout/block_layout.hpp"

namespace stadtsatz::layout {

// Lays out a table: column widths from content, wrapped cell text, a shaded bold header row
// that repeats at the top of every continuation page, and horizontal rules. Set `generated`
// for tables built by the layout itself (their inline nodes do not outlive the layout).
void lay_out_table(const model::Table& table, const SourceNode& source, bool generated,
                   const Frame& frame, LayoutContext& context, std::vector<Slice>& out);

// Column widths that share `available`: each column gets at least its longest word and the
// rest is spread in proportion to how much more its longest cell needs.
std::vector<double> column_widths(const std::vector<double>& minimum,
                                  const std::vector<double>& natural, double available);

} // namespace stadtsatz::layout

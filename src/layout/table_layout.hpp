#pragma once

#include "layout/block_layout.hpp"

namespace stadtsatz::layout {

// Lays out a table: column widths from the cells' minimum and maximum widths (see
// column_widths), wrapped cell text that breaks inside a word only at a hyphenation point,
// number columns aligned on the decimal comma, a shaded bold header row that repeats at the
// top of every continuation page, and horizontal rules. When even the hyphenated words do not
// fit, the gaps between columns narrow and then the table's type shrinks (to 85 %) before a
// word breaks without a hyphen (with a warning). Set `generated` for tables built by the
// layout itself (their inline nodes do not outlive the layout).
void lay_out_table(const model::Table& table, const SourceNode& source, bool generated,
                   const Frame& frame, LayoutContext& context, std::vector<Slice>& out);

} // namespace stadtsatz::layout

#pragma once

#include "layout/slice.hpp"

#include <vector>

namespace stadtsatz::layout {

// For each slice of a flow: true when no page may break after it. That is the slice's own
// keep_with_next, and after a heading (keep_lines_after) every slice up to the last of the
// lines it keeps with. Linear in the flow's length.
std::vector<bool> page_break_keeps(const std::vector<Slice>& slices);

// True for a slice that counts as a line of content when a heading keeps with the lines
// after it: it draws text or a picture (padding and rules do not count).
bool is_content_line(const Slice& slice);

} // namespace stadtsatz::layout

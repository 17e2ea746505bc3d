#pragma once

#include "layout/layout_context.hpp"

#include <string>

namespace stadtsatz::layout {

// The bullet of an unordered list nested `depth` lists deep (0 = outermost): •, –, ◦ in turn.
// A bullet that neither `file` nor a fallback font of the style can draw is replaced by the
// next of its alternatives that one of them can (◦ by ·), so no level prints an empty box.
std::string list_bullet(std::size_t depth, const std::string& file, LayoutContext& context);

} // namespace stadtsatz::layout

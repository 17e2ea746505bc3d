#pragma once

#include "layout/layout_context.hpp"
#include "layout/slice.hpp"

#include <functional>
#include <optional>
#include <vector>

namespace stadtsatz::layout {

// The printed page number of an anchor id, if known.
using PageNumberLookup = std::function<std::optional<int>(const std::string& id)>;

// The table of contents: a heading, then levels 1 and 2 of Document::toc with numbers, dot
// leaders and right-aligned page numbers; every entry is a link to its heading.
std::vector<Slice> lay_out_contents(LayoutContext& context, const PageNumberLookup& page_of);

} // namespace stadtsatz::layout

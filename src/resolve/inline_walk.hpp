#pragma once

#include "model/document.hpp"

#include <functional>

namespace stadtsatz::resolve {

// Calls `visit` for every inline, depth first (children after their parent).
void for_each_inline(model::Inlines& inlines, const std::function<void(model::Inline&)>& visit);

// Calls `visit` for every inline of the blocks, depth first and in reading order, including
// table cells, list items, block quotes, captions and footnote contents referenced from them.
void for_each_inline(model::Blocks& blocks, const std::function<void(model::Inline&)>& visit);

// The same over every chapter of the document, then over the footnotes.
void for_each_inline(model::Document& document, const std::function<void(model::Inline&)>& visit);

} // namespace stadtsatz::resolve

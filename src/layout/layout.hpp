#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace stadtsatz::layout {

struct LaidOutDocument; // pages of positioned items, each pointing back to its model node

// Lays out the whole document (title page, imprint, table of contents, chapters) on pages of
// the style's trim size. Coordinates are relative to the trim box, so print and screen PDF
// share one layout.
LaidOutDocument lay_out(const model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::layout

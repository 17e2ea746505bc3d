#pragma once

#include "images/image_store.hpp"
#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace stadtsatz::layout {

// Lays out the whole document (title page, imprint, table of contents, chapters) on pages of
// the style's trim size. Coordinates are relative to the trim box, so print and screen PDF
// share one layout. Picture sizes come from `images` (decoded once per build) or, without it,
// from the files' headers.
LaidOutDocument lay_out(const model::Document& document, model::Diagnostics& diagnostics,
                        const images::ImageStore* images = nullptr);

} // namespace stadtsatz::layout

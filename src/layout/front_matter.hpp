#pragma once

#include "layout/layout_context.hpp"
#include "layout/page.hpp"

namespace stadtsatz::layout {

// The title page: a full-bleed colour band with publisher, title and subtitle, then edition,
// date and the sample notice in a framed box. Page 1, no number.
Page lay_out_title_page(LayoutContext& context);

// The imprint page (Impressum) with Metadata::imprint_lines. Page 2, no number.
Page lay_out_imprint_page(LayoutContext& context);

} // namespace stadtsatz::layout

#pragma once

#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pdf/page_geometry.hpp"

#include <vector>

namespace stadtsatz::pdf {

// A destination showing the anchor's page scrolled to the anchor.
HPDF_Destination destination_of(const layout::AnchorPosition& anchor,
                                const std::vector<HPDF_Page>& pages, const PageGeometry& geometry);

// Adds the link annotations of one page: internal targets jump to their anchor's page,
// external ones open the URI. Borders are invisible.
void add_links(HPDF_Page page, const layout::Page& laid_out,
               const layout::LaidOutDocument& document_layout, const std::vector<HPDF_Page>& pages,
               const PageGeometry& geometry, const model::Document& document,
               model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

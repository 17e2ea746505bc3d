#pragma once

#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pdf/page_geometry.hpp"

#include <hpdf.h>
#include <vector>

namespace stadtsatz::pdf {

// A destination showing the anchor's page scrolled to the anchor.
HPDF_Destination destination_of(const layout::AnchorPosition& anchor,
                                const std::vector<HPDF_Page>& pages, const PageGeometry& geometry);

// A link annotation made for a link area, and where that area came from.
struct PlacedLink {
    HPDF_Annotation annotation = nullptr;
    const layout::LinkArea* area = nullptr;
};

// Adds the link annotations of one page: internal targets jump to their anchor's page,
// external ones open the URI. Borders are invisible; /Contents describes the link for
// assistive technology (its text, or the contents entry).
std::vector<PlacedLink> add_links(HPDF_Page page, const layout::Page& laid_out,
                                  const layout::LaidOutDocument& document_layout,
                                  const std::vector<HPDF_Page>& pages, const PageGeometry& geometry,
                                  const model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

#pragma once

#include "layout/page.hpp"
#include "model/document.hpp"
#include "pdf/haru_session.hpp"
#include "pdf/page_geometry.hpp"

#include <vector>

namespace stadtsatz::pdf {

// Bookmarks following the table of contents hierarchy (levels 1 to 3), each opening the page
// of its heading; titles as UTF-16 text strings.
void add_outline(HaruSession& session, const model::Document& document,
                 const layout::LaidOutDocument& document_layout,
                 const std::vector<HPDF_Page>& pages, const PageGeometry& geometry);

} // namespace stadtsatz::pdf

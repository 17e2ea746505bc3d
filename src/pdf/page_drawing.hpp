#pragma once

#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "pdf/font_registry.hpp"
#include "pdf/page_geometry.hpp"

#include <map>
#include <string>

namespace stadtsatz::pdf {

// Pictures of one PDF, each file loaded once (nullptr for files that failed).
using ImageCache = std::map<std::string, HPDF_Image>;

// Paints the items of a laid-out page: shapes and pictures first, then all text in one text
// object. Backgrounds marked as touching an edge run into the bleed in the print PDF.
void draw_page(HPDF_Page page, const layout::Page& laid_out, const PageGeometry& geometry,
               HaruSession& session, FontRegistry& fonts, ImageCache& images,
               model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

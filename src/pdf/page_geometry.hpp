#pragma once

#include "model/style.hpp"

#include <hpdf.h>

namespace stadtsatz::pdf {

// Maps layout coordinates (trim box, top-left origin, y down) to PDF user space and picks the
// colour space: the print PDF shifts everything by the bleed and paints CMYK.
struct PageGeometry {
    double offset = 0;      // the bleed in the print PDF, 0 on screen
    double trim_height = 0; // trim height of the page
    bool cmyk = false;      // print: CMYK colours; screen: RGB

    double x(double layout_x) const { return offset + layout_x; }
    double y(double layout_y) const { return offset + trim_height - layout_y; }
};

void set_fill(HPDF_Page page, const PageGeometry& geometry, const model::Colour& colour);
void set_stroke(HPDF_Page page, const PageGeometry& geometry, const model::Colour& colour);

} // namespace stadtsatz::pdf

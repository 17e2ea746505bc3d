#include "pdf/page_geometry.hpp"

namespace stadtsatz::pdf {

void set_fill(HPDF_Page page, const PageGeometry& geometry, const model::Colour& colour) {
    if (geometry.cmyk) {
        HPDF_Page_SetCMYKFill(page, colour.cmyk[0], colour.cmyk[1], colour.cmyk[2], colour.cmyk[3]);
    } else {
        HPDF_Page_SetRGBFill(page, colour.rgb[0], colour.rgb[1], colour.rgb[2]);
    }
}

void set_stroke(HPDF_Page page, const PageGeometry& geometry, const model::Colour& colour) {
    if (geometry.cmyk) {
        HPDF_Page_SetCMYKStroke(page, colour.cmyk[0], colour.cmyk[1], colour.cmyk[2],
                                colour.cmyk[3]);
    } else {
        HPDF_Page_SetRGBStroke(page, colour.rgb[0], colour.rgb[1], colour.rgb[2]);
    }
}

} // namespace stadtsatz::pdf

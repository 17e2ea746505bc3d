#pragma once

#include "pdf/content_stream.hpp"

#include <hpdf.h>

namespace stadtsatz::pdf {

// Where the trim box sits on a PDF page, in points.
struct PrintFrame {
    double trim_width = 0;
    double trim_height = 0;
    double bleed = 0;       // print: around the trim box; 0 on screen
    double mark_margin = 0; // print with crop marks: the MediaBox's extra room beyond the bleed

    double offset() const { return bleed + mark_margin; } // trim box's lower-left corner
    double media_width() const { return trim_width + 2 * offset(); }
    double media_height() const { return trim_height + 2 * offset(); }
};

// The print frame for a page size: with crop marks the MediaBox grows by the room the marks
// need outside the bleed.
PrintFrame print_frame(double trim_width, double trim_height, double bleed, bool print,
                       bool crop_marks);

// Page boxes: MediaBox always; in print also TrimBox (the trim size) and BleedBox (trim plus
// bleed). Without crop marks MediaBox = BleedBox.
void set_page_boxes(HPDF_Doc document, HPDF_Page page, const PrintFrame& frame, bool print);

// Crop marks at the four corners of the trim box, starting outside the bleed, in the
// registration colour (all inks): `colour_space` names a /Separation /All resource.
void draw_crop_marks(ContentStream& out, const PrintFrame& frame, const char* colour_space);

} // namespace stadtsatz::pdf

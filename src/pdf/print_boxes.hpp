#pragma once

#include <hpdf.h>

namespace stadtsatz::pdf {

// Page boxes of the print PDF: MediaBox = BleedBox = trim size plus the bleed on every side,
// TrimBox = the trim size, inset by the bleed. Screen pages only get the MediaBox.
void set_page_boxes(HPDF_Doc document, HPDF_Page page, double trim_width, double trim_height,
                    double bleed, bool print);

} // namespace stadtsatz::pdf

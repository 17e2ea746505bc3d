#pragma once

namespace stadtsatz::pdf {

// Maps layout coordinates (trim box, top-left origin, y down) to PDF user space and picks the
// colour space: the print PDF shifts everything by the bleed (and the room for crop marks)
// and paints CMYK.
struct PageGeometry {
    double offset = 0;      // lower-left corner of the trim box on the PDF page
    double bleed = 0;       // how far backgrounds at the trim edge run beyond it (print)
    double trim_height = 0; // trim height of the page
    bool cmyk = false;      // print: CMYK colours; screen: RGB

    double x(double layout_x) const { return offset + layout_x; }
    double y(double layout_y) const { return offset + trim_height - layout_y; }
};

} // namespace stadtsatz::pdf

#include "pdf/print_boxes.hpp"

namespace stadtsatz::pdf {

void set_page_boxes(HPDF_Doc document, HPDF_Page page, double trim_width, double trim_height,
                    double bleed, bool print) {
    const double margin = print ? bleed : 0;
    const auto media_width = static_cast<HPDF_REAL>(trim_width + 2 * margin);
    const auto media_height = static_cast<HPDF_REAL>(trim_height + 2 * margin);
    HPDF_Page_SetWidth(page, media_width);
    HPDF_Page_SetHeight(page, media_height);
    if (!print) {
        return;
    }
    HPDF_Box trim;
    trim.left = static_cast<HPDF_REAL>(bleed);
    trim.bottom = static_cast<HPDF_REAL>(bleed);
    trim.right = static_cast<HPDF_REAL>(bleed + trim_width);
    trim.top = static_cast<HPDF_REAL>(bleed + trim_height);
    HPDF_Box bleed_box;
    bleed_box.left = 0;
    bleed_box.bottom = 0;
    bleed_box.right = media_width;
    bleed_box.top = media_height;
    HPDF_Dict_Add(page, "TrimBox", HPDF_Box_Array_New(document->mmgr, trim));
    HPDF_Dict_Add(page, "BleedBox", HPDF_Box_Array_New(document->mmgr, bleed_box));
}

} // namespace stadtsatz::pdf

#include "pdf/print_boxes.hpp"

namespace stadtsatz::pdf {
namespace {

constexpr double mark_gap = 3;                  // between the bleed edge and a mark, in pt
constexpr double mark_length = 5 * 72.0 / 25.4; // 5 mm
constexpr double mark_width = 0.25;

HPDF_Box box(double left, double bottom, double right, double top) {
    HPDF_Box result;
    result.left = static_cast<HPDF_REAL>(left);
    result.bottom = static_cast<HPDF_REAL>(bottom);
    result.right = static_cast<HPDF_REAL>(right);
    result.top = static_cast<HPDF_REAL>(top);
    return result;
}

} // namespace

PrintFrame print_frame(double trim_width, double trim_height, double bleed, bool print,
                       bool crop_marks) {
    PrintFrame frame;
    frame.trim_width = trim_width;
    frame.trim_height = trim_height;
    frame.bleed = print ? bleed : 0;
    frame.mark_margin = print && crop_marks ? mark_gap + mark_length + mark_gap : 0;
    return frame;
}

void set_page_boxes(HPDF_Doc document, HPDF_Page page, const PrintFrame& frame, bool print) {
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(frame.media_width()));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(frame.media_height()));
    if (!print) {
        return;
    }
    const double offset = frame.offset();
    HPDF_Dict_Add(page, "TrimBox",
                  HPDF_Box_Array_New(document->mmgr, box(offset, offset, offset + frame.trim_width,
                                                         offset + frame.trim_height)));
    HPDF_Dict_Add(
        page, "BleedBox",
        HPDF_Box_Array_New(document->mmgr, box(offset - frame.bleed, offset - frame.bleed,
                                               offset + frame.trim_width + frame.bleed,
                                               offset + frame.trim_height + frame.bleed)));
}

void draw_crop_marks(ContentStream& out, const PrintFrame& frame, const char* colour_space) {
    const double left = frame.offset();
    const double bottom = frame.offset();
    const double right = left + frame.trim_width;
    const double top = bottom + frame.trim_height;
    const double start = frame.bleed + mark_gap; // distance of a mark from the trim edge
    const double end = start + mark_length;
    out.save();
    out.raw("/");
    out.raw(colour_space);
    out.raw(" CS 1 SCN\n");
    out.line_width(mark_width);
    for (const double y : {bottom, top}) {
        out.move_to(left - end, y);
        out.line_to(left - start, y);
        out.move_to(right + start, y);
        out.line_to(right + end, y);
    }
    for (const double x : {left, right}) {
        out.move_to(x, bottom - end);
        out.line_to(x, bottom - start);
        out.move_to(x, top + start);
        out.line_to(x, top + end);
    }
    out.stroke();
    out.restore();
}

} // namespace stadtsatz::pdf

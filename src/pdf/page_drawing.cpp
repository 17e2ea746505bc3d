#include "pdf/page_drawing.hpp"

namespace stadtsatz::pdf {
namespace {

void draw_rectangle(HPDF_Page page, const layout::Rectangle& box, const PageGeometry& geometry) {
    double left = box.x;
    double top = box.y;
    double right = box.x + box.width;
    double bottom = box.y + box.height;
    if (geometry.offset > 0) {
        left -= box.bleed.left ? geometry.offset : 0;
        right += box.bleed.right ? geometry.offset : 0;
        top -= box.bleed.top ? geometry.offset : 0;
        bottom += box.bleed.bottom ? geometry.offset : 0;
    }
    if (box.filled) {
        set_fill(page, geometry, box.fill);
    }
    if (box.stroked) {
        set_stroke(page, geometry, box.stroke);
        HPDF_Page_SetLineWidth(page, box.line_width);
    }
    HPDF_Page_Rectangle(page, geometry.x(left), geometry.y(bottom), right - left, bottom - top);
    if (box.filled && box.stroked) {
        HPDF_Page_FillStroke(page);
    } else if (box.filled) {
        HPDF_Page_Fill(page);
    } else {
        HPDF_Page_Stroke(page);
    }
}

void draw_rule(HPDF_Page page, const layout::Rule& rule, const PageGeometry& geometry) {
    set_stroke(page, geometry, rule.colour);
    HPDF_Page_SetLineWidth(page, rule.line_width);
    HPDF_Page_MoveTo(page, geometry.x(rule.x1), geometry.y(rule.y1));
    HPDF_Page_LineTo(page, geometry.x(rule.x2), geometry.y(rule.y2));
    HPDF_Page_Stroke(page);
}

void draw_picture(HPDF_Page page, const layout::Picture& picture, const PageGeometry& geometry,
                  HaruSession& session, ImageCache& images, model::Diagnostics& diagnostics) {
    auto found = images.find(picture.file);
    if (found == images.end()) {
        HPDF_Image image =
            picture.png ? HPDF_LoadPngImageFromFile(session.document(), picture.file.c_str())
                        : HPDF_LoadJpegImageFromFile(session.document(), picture.file.c_str());
        const auto errors = session.take_errors();
        if (image == nullptr || !errors.empty()) {
            const model::SourcePosition position = picture.source.block != nullptr
                                                       ? picture.source.block->position
                                                       : model::SourcePosition{};
            diagnostics.error(position, "cannot embed image '" + picture.file + "'" +
                                            (errors.empty() ? "" : ": " + errors.front()));
            image = nullptr;
        }
        found = images.emplace(picture.file, image).first;
    }
    if (found->second != nullptr) {
        HPDF_Page_DrawImage(page, found->second, geometry.x(picture.x),
                            geometry.y(picture.y + picture.height), picture.width, picture.height);
    }
}

} // namespace

void draw_page(HPDF_Page page, const layout::Page& laid_out, const PageGeometry& geometry,
               HaruSession& session, FontRegistry& fonts, ImageCache& images,
               model::Diagnostics& diagnostics) {
    for (const layout::PageItem& item : laid_out.items) {
        if (const auto* box = std::get_if<layout::Rectangle>(&item)) {
            draw_rectangle(page, *box, geometry);
        } else if (const auto* rule = std::get_if<layout::Rule>(&item)) {
            draw_rule(page, *rule, geometry);
        } else if (const auto* picture = std::get_if<layout::Picture>(&item)) {
            draw_picture(page, *picture, geometry, session, images, diagnostics);
        }
    }
    bool in_text = false;
    HPDF_Font current_font = nullptr;
    double current_size = 0;
    for (const layout::PageItem& item : laid_out.items) {
        const auto* run = std::get_if<layout::TextRun>(&item);
        if (run == nullptr || run->text.empty() || run->font_file.empty()) {
            continue;
        }
        HPDF_Font font = fonts.font(run->font_file);
        if (font == nullptr) {
            continue;
        }
        if (!in_text) {
            HPDF_Page_BeginText(page);
            in_text = true;
        }
        if (font != current_font || run->size != current_size) {
            HPDF_Page_SetFontAndSize(page, font, run->size);
            current_font = font;
            current_size = run->size;
        }
        set_fill(page, geometry, run->colour);
        HPDF_Page_TextOut(page, geometry.x(run->x), geometry.y(run->baseline), run->text.c_str());
    }
    if (in_text) {
        HPDF_Page_EndText(page);
    }
}

} // namespace stadtsatz::pdf

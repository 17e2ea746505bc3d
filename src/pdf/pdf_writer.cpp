#include "pdf/pdf_writer.hpp"

#include "pdf/font_registry.hpp"
#include "pdf/haru_session.hpp"
#include "pdf/links.hpp"
#include "pdf/metadata.hpp"
#include "pdf/outline.hpp"
#include "pdf/page_drawing.hpp"
#include "pdf/print_boxes.hpp"

namespace stadtsatz::pdf {
namespace {

bool report(HaruSession& session, const model::Document& document, const std::string& what,
            model::Diagnostics& diagnostics) {
    const auto errors = session.take_errors();
    if (errors.empty()) {
        return true;
    }
    diagnostics.error(document.style.position, what + ": " + errors.front());
    return false;
}

} // namespace

bool write_pdf(const layout::LaidOutDocument& pages, const model::Document& document,
               PdfVariant variant, const std::filesystem::path& file,
               model::Diagnostics& diagnostics) {
    HaruSession session;
    if (!session.valid()) {
        diagnostics.error(document.style.position, "cannot create a PDF document (libharu)");
        return false;
    }
    HPDF_Doc pdf = session.document();
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    FontRegistry fonts(session, document.style.position, diagnostics);
    for (const std::string& font : pages.font_files) {
        fonts.font(font);
    }
    const bool print = variant == PdfVariant::Print;
    PageGeometry geometry;
    geometry.offset = print ? pages.bleed : 0;
    geometry.trim_height = pages.page_height;
    geometry.cmyk = print;

    // All pages first, so links can point forwards.
    std::vector<HPDF_Page> pdf_pages;
    for (std::size_t index = 0; index < pages.pages.size(); ++index) {
        HPDF_Page page = HPDF_AddPage(pdf);
        if (page == nullptr) {
            report(session, document, "cannot add a PDF page", diagnostics);
            return false;
        }
        set_page_boxes(pdf, page, pages.page_width, pages.page_height, pages.bleed, print);
        pdf_pages.push_back(page);
    }
    if (!report(session, document, "cannot set up the PDF pages", diagnostics)) {
        return false;
    }
    ImageCache images;
    for (std::size_t index = 0; index < pages.pages.size(); ++index) {
        draw_page(pdf_pages[index], pages.pages[index], geometry, session, fonts, images,
                  diagnostics);
        add_links(pdf_pages[index], pages.pages[index], pages, pdf_pages, geometry, document,
                  diagnostics);
        if (!report(session, document,
                    "cannot draw page " + std::to_string(pages.pages[index].number), diagnostics)) {
            return false;
        }
    }
    add_outline(session, document, pages, pdf_pages, geometry);
    HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
    set_metadata(session, document);
    if (!report(session, document, "cannot write the PDF outline and metadata", diagnostics)) {
        return false;
    }
    HPDF_SaveToFile(pdf, file.string().c_str());
    if (!report(session, document, "cannot write '" + file.string() + "'", diagnostics)) {
        return false;
    }
    return true;
}

} // namespace stadtsatz::pdf

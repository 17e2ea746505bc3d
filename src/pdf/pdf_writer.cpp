#include "pdf/pdf_writer.hpp"

#include "pdf/compression.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/font_embedding.hpp"
#include "pdf/haru_session.hpp"
#include "pdf/image_embedding.hpp"
#include "pdf/links.hpp"
#include "pdf/metadata.hpp"
#include "pdf/outline.hpp"
#include "pdf/page_content.hpp"
#include "pdf/pdf_objects.hpp"
#include "pdf/print_boxes.hpp"
#include "pdf/structure_writer.hpp"

#include <cerrno>
#include <cstring>
#include <hpdf_pages.h>
#include <map>
#include <memory>

namespace stadtsatz::pdf {
namespace {

// Reports libharu's first error at the PDF file being written: nothing the editor wrote
// caused it, so the style's position would send them to the wrong place.
bool report(HaruSession& session, const std::filesystem::path& file, const std::string& what,
            model::Diagnostics& diagnostics) {
    const auto errors = session.take_errors();
    if (errors.empty()) {
        return true;
    }
    diagnostics.error({file.string(), 0, 0}, what + ": " + errors.front());
    return false;
}

// The writing of one PDF: pages, resources, content, links, structure, metadata.
class PdfWriter {
public:
    PdfWriter(const layout::LaidOutDocument& pages, const model::Document& document,
              const PdfResources& resources, PdfVariant variant, model::Diagnostics& diagnostics)
        : pages_(pages), document_(document), resources_(resources),
          print_(variant == PdfVariant::Print), diagnostics_(diagnostics),
          objects_(session_.document()) {}

    bool write(const std::filesystem::path& file) {
        if (!session_.valid()) {
            diagnostics_.error({file.string(), 0, 0},
                               "PDF kann nicht angelegt werden (libharu, zu wenig Speicher?)");
            return false;
        }
        HPDF_Doc pdf = session_.document();
        HPDF_SetCompressionMode(pdf, HPDF_COMP_NONE); // streams come compressed from here
        frame_ = print_frame(pages_.page_width, pages_.page_height, pages_.bleed, print_,
                             document_.style.print.crop_marks);
        geometry_.offset = frame_.offset();
        geometry_.bleed = frame_.bleed;
        geometry_.trim_height = pages_.page_height;
        geometry_.cmyk = print_;
        // All pages first, so links can point forwards.
        for (std::size_t index = 0; index < pages_.pages.size(); ++index) {
            HPDF_Page page = HPDF_AddPage(pdf);
            if (page == nullptr) {
                report(session_, file, "PDF-Seite kann nicht angelegt werden", diagnostics_);
                return false;
            }
            set_page_boxes(pdf, page, frame_, print_);
            pdf_pages_.push_back(page);
        }
        for (const auto& [font_file, program] : resources_.fonts) {
            fonts_.emplace(font_file, embed_font(objects_, program));
        }
        if (!report(session_, file, "PDF-Seiten und Schriften können nicht angelegt werden",
                    diagnostics_)) {
            return false;
        }
        if (!print_) {
            structure_ = std::make_unique<StructureTree>(document_, pages_);
        }
        std::vector<std::vector<int>> mcid_elements(pages_.pages.size());
        for (std::size_t index = 0; index < pages_.pages.size(); ++index) {
            write_page(index, mcid_elements[index]);
            if (!report(session_, file,
                        "Seite " + std::to_string(pages_.pages[index].number) +
                            " kann nicht gezeichnet werden",
                        diagnostics_)) {
                return false;
            }
        }
        add_outline(session_, document_, pages_, pdf_pages_, geometry_);
        HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
        set_metadata(objects_, document_, print_ ? Conformance::PdfX4 : Conformance::PdfUa1,
                     pages_.pages.size());
        if (print_) {
            add_output_intent(objects_, resources_.output_condition);
        }
        if (structure_) {
            structure_->prune();
            write_structure(objects_, *structure_, pdf_pages_, mcid_elements, annotations_);
        }
        pdf->pdf_version = print_ ? HPDF_VER_16 : HPDF_VER_17;
        if (!report(session_, file,
                    "Lesezeichen und Metadaten des PDF können nicht geschrieben werden",
                    diagnostics_)) {
            return false;
        }
        errno = 0;
        if (HPDF_SaveToFile(pdf, file.string().c_str()) != HPDF_OK && errno != 0) {
            session_.take_errors();
            diagnostics_.error({file.string(), 0, 0},
                               std::string("PDF kann nicht geschrieben werden: ") +
                                   std::strerror(errno));
            return false;
        }
        return report(session_, file, "PDF kann nicht geschrieben werden", diagnostics_);
    }

private:
    void write_page(std::size_t index, std::vector<int>& mcid_elements) {
        HPDF_Page page = pdf_pages_[index];
        const layout::Page& laid_out = pages_.pages[index];
        ResourceNames names;
        names.font = [&](const std::string& font_file) -> std::string {
            const auto found = fonts_.find(font_file);
            const char* name =
                found == fonts_.end() ? nullptr : HPDF_Page_GetLocalFontName(page, found->second);
            return name != nullptr ? name : "F0";
        };
        names.image = [&](const std::string& image_file) -> std::string {
            HPDF_Dict image = image_of(image_file);
            const char* name = image == nullptr ? nullptr : HPDF_Page_GetXObjectName(page, image);
            return name != nullptr ? name : "";
        };
        std::string content = draw_page(laid_out, index, geometry_, resources_.fonts, names,
                                        structure_.get(), mcid_elements);
        if (print_ && document_.style.print.crop_marks) {
            ContentStream marks(true);
            draw_crop_marks(marks, frame_, crop_mark_colour_name(page));
            content += marks.bytes();
        }
        auto* attributes = static_cast<HPDF_PageAttr>(page->attr);
        const std::vector<std::uint8_t> compressed = deflate(content);
        HPDF_Stream_Write(attributes->stream, compressed.data(),
                          static_cast<HPDF_UINT>(compressed.size()));
        PdfObjects::mark_compressed(attributes->contents);
        if (!print_) {
            add_page_links(index);
        }
    }

    // The registration colour in the page's /ColorSpace resources, under the name returned.
    const char* crop_mark_colour_name(HPDF_Page page) {
        if (registration_ == nullptr) {
            registration_ = registration_colour_space(objects_);
        }
        HPDF_Dict resources = static_cast<HPDF_Dict>(
            HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT));
        HPDF_Dict spaces = objects_.direct_dictionary();
        objects_.add(spaces, "CSMarks", registration_);
        objects_.add(resources, "ColorSpace", spaces);
        return "CSMarks";
    }

    void add_page_links(std::size_t index) {
        const auto placed = add_links(pdf_pages_[index], pages_.pages[index], pages_, pdf_pages_,
                                      geometry_, document_, diagnostics_);
        for (const PlacedLink& link : placed) {
            const int number = static_cast<int>(annotations_.size());
            int element = structure_->add_annotation(link.area->source, index, number);
            if (element < 0) {
                continue; // not taggable: cannot happen for links the layout made
            }
            annotations_.push_back({link.annotation, index, element});
        }
        if (!placed.empty()) {
            HPDF_Dict_AddName(pdf_pages_[index], "Tabs", "S"); // tab order follows structure
        }
    }

    // The image XObject of a picture file, written into this PDF on first use.
    HPDF_Dict image_of(const std::string& file) {
        if (auto found = images_.find(file); found != images_.end()) {
            return found->second;
        }
        const auto& prepared = print_ ? resources_.print_images : resources_.screen_images;
        const auto found = prepared.find(file);
        HPDF_Dict image = found == prepared.end() ? nullptr : embed_image(objects_, found->second);
        images_.emplace(file, image);
        return image;
    }

    const layout::LaidOutDocument& pages_;
    const model::Document& document_;
    const PdfResources& resources_;
    bool print_;
    model::Diagnostics& diagnostics_;
    HaruSession session_;
    PdfObjects objects_;
    PrintFrame frame_;
    PageGeometry geometry_;
    std::vector<HPDF_Page> pdf_pages_;
    std::map<std::string, HPDF_Dict> fonts_;   // by font file: the Type0 font
    std::map<std::string, HPDF_Dict> images_;  // by image file: the XObject, once written
    std::unique_ptr<StructureTree> structure_; // the screen PDF's tags
    HPDF_Array registration_ = nullptr;        // the crop marks' colour space, once made
    std::vector<TaggedAnnotation> annotations_;
};

} // namespace

bool write_pdf(const layout::LaidOutDocument& pages, const model::Document& document,
               const PdfResources& resources, PdfVariant variant, const std::filesystem::path& file,
               model::Diagnostics& diagnostics) {
    PdfWriter writer(pages, document, resources, variant, diagnostics);
    return writer.write(file);
}

} // namespace stadtsatz::pdf

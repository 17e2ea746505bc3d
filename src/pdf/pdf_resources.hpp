#pragma once

#include "images/image_store.hpp"
#include "layout/page.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pdf/colour.hpp"
#include "pdf/font_programs.hpp"
#include "pdf/output_intent.hpp"
#include "pdf/prepared_image.hpp"

#include <map>
#include <optional>
#include <string>

namespace stadtsatz::pdf {

// What the PDFs of an edition embed, prepared once per build and shared by the writers
// (which run at the same time: nothing here changes while they write).
struct PdfResources {
    FontPrograms fonts;
    std::map<std::string, PreparedImage> screen_images; // by image file
    std::map<std::string, PreparedImage> print_images;  // by image file, CMYK
    OutputCondition output_condition;                   // the print PDF's output intent
};

// Which PDFs are made, so nothing is prepared for a PDF that is not.
struct PdfVariants {
    bool print = true;
    bool screen = true;
};

// Prepares every decoded picture for the PDFs wanted (for print: CMYK through the style's
// output profile, which also becomes the output condition), then frees its pixels. Needs no
// layout, so it may run while the layout does (which reads only the pictures' sizes).
void prepare_images(PdfResources& resources, images::ImageStore& images,
                    const model::Document& document, PdfVariants variants,
                    model::Diagnostics& diagnostics);

// Subsets the fonts the pages use; an unreadable font is an error.
void prepare_fonts(PdfResources& resources, const layout::LaidOutDocument& pages,
                   const model::Document& document, model::Diagnostics& diagnostics);

// Warns, at the picture's block, about every picture printed at less than the style's
// minimum resolution (pixels per inch at its size on the page).
void check_print_resolution(const layout::LaidOutDocument& pages, const images::ImageStore& images,
                            const model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

#include "pdf/pdf_resources.hpp"

#include "pdf/compression.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace stadtsatz::pdf {

void prepare_images(PdfResources& resources, images::ImageStore& images,
                    const model::Document& document, PdfVariants variants,
                    model::Diagnostics& diagnostics) {
    std::optional<PrintColour> colour;
    const model::PrintSettings& print = document.style.print;
    if (variants.print) {
        std::string error;
        colour = PrintColour::load(print.icc_profile, error);
        if (!colour) {
            diagnostics.error(
                print.position.file.empty() ? document.style.position : print.position, error);
            return;
        }
        resources.output_condition.compressed_profile =
            deflate(std::string_view(reinterpret_cast<const char*>(colour->profile_bytes().data()),
                                     colour->profile_bytes().size()));
        resources.output_condition.identifier = print.output_condition;
        resources.output_condition.info = print.output_condition_info.empty()
                                              ? colour->description()
                                              : print.output_condition_info;
    }
    for (const auto& [file, image] : images.images()) {
        if (variants.screen) {
            resources.screen_images.emplace(
                file, prepare_screen_image(image, colour ? &*colour : nullptr));
        }
        if (variants.print) {
            resources.print_images.emplace(file, prepare_print_image(image, *colour));
        }
        images.release_pixels(file);
    }
}

void prepare_fonts(PdfResources& resources, const layout::LaidOutDocument& pages,
                   const model::Document& document, model::Diagnostics& diagnostics) {
    resources.fonts = pdf::prepare_fonts(pages, document.style, diagnostics);
}

void check_print_resolution(const layout::LaidOutDocument& pages, const images::ImageStore& images,
                            const model::Document& document, model::Diagnostics& diagnostics) {
    const double minimum = document.style.print.minimum_resolution;
    std::map<const model::Block*, double> lowest; // ppi of each picture block where it is lowest
    for (const layout::Page& page : pages.pages) {
        for (const layout::PageItem& item : page.items) {
            const auto* picture = std::get_if<layout::Picture>(&item);
            if (picture == nullptr || picture->source.block == nullptr || picture->width <= 0) {
                continue;
            }
            const images::DecodedImage* image = images.find(picture->file);
            if (image == nullptr) {
                continue;
            }
            const double ppi = std::min(image->width / (picture->width / 72.0),
                                        image->height / (picture->height / 72.0));
            auto [entry, inserted] = lowest.emplace(picture->source.block, ppi);
            if (!inserted) {
                entry->second = std::min(entry->second, ppi);
            }
        }
    }
    for (const auto& [block, ppi] : lowest) {
        if (ppi + 0.5 >= minimum) {
            continue;
        }
        char numbers[96];
        std::snprintf(numbers, sizeof numbers, "%.0f ppi, die Druckerei braucht %.0f ppi", ppi,
                      minimum);
        const std::string source = block->image ? block->image->source : std::string();
        diagnostics.warning(block->position, "Bild „" + source +
                                                 "“ ist für den Druck zu gering aufgelöst (" +
                                                 numbers +
                                                 "): eine größere Datei verwenden oder das Bild "
                                                 "kleiner setzen");
    }
}

} // namespace stadtsatz::pdf

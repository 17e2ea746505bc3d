#pragma once

#include "layout/layout.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pdf/font_programs.hpp"
#include "pdf/output_intent.hpp"

#include <filesystem>

namespace stadtsatz::pdf {

enum class PdfVariant {
    Print,  // PDF/X-4: CMYK, bleed, MediaBox/BleedBox/TrimBox, output intent, no annotations
    Screen, // PDF/UA-1: tagged, RGB, links and bookmarks, for download
};

// What every PDF of an edition embeds, prepared once per build and shared by the writers
// (which may run at the same time: nothing here changes while they write).
struct PdfResources {
    FontPrograms fonts;
    OutputCondition output_condition; // the print PDF's output intent
};

// Subsets the fonts the pages use; errors (unreadable fonts) go to `diagnostics`.
PdfResources prepare_resources(const layout::LaidOutDocument& pages,
                               const model::Document& document, model::Diagnostics& diagnostics);

// Writes `file` (the caller makes it atomic by passing a temporary path). Returns false and
// adds a diagnostic when libharu reports an error.
bool write_pdf(const layout::LaidOutDocument& pages, const model::Document& document,
               const PdfResources& resources, PdfVariant variant, const std::filesystem::path& file,
               model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

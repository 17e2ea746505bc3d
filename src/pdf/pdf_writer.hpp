#pragma once

#include "layout/layout.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"
#include "pdf/pdf_resources.hpp"

#include <filesystem>

namespace stadtsatz::pdf {

enum class PdfVariant {
    Print,  // PDF/X-4: CMYK, bleed, MediaBox/BleedBox/TrimBox, output intent, no annotations
    Screen, // PDF/UA-1: tagged, RGB, links and bookmarks, for download
};

// Writes `file` (the caller makes it atomic by passing a temporary path). Returns false and
// adds a diagnostic when libharu reports an error.
bool write_pdf(const layout::LaidOutDocument& pages, const model::Document& document,
               const PdfResources& resources, PdfVariant variant, const std::filesystem::path& file,
               model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

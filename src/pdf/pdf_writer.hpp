#pragma once

#include "layout/layout.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

#include <filesystem>

namespace stadtsatz::pdf {

enum class PdfVariant {
    Print,  // CMYK colours, 3 mm bleed, MediaBox/BleedBox/TrimBox for the print shop
    Screen, // RGB colours, MediaBox = trim size, for download
};

// Writes `file` (the caller makes it atomic by passing a temporary path). Returns false and
// adds a diagnostic when libharu reports an error.
bool write_pdf(const layout::LaidOutDocument& pages, const model::Document& document,
               PdfVariant variant, const std::filesystem::path& file,
               model::Diagnostics& diagnostics);

} // namespace stadtsatz::pdf

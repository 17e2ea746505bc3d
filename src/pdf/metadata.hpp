#pragma once

#include "model/document.hpp"
#include "pdf/pdf_objects.hpp"

#include <cstdint>
#include <string>

namespace stadtsatz::pdf {

// Which standard a PDF is written to: it decides the identification in Info and XMP.
enum class Conformance {
    PdfUa1, // the tagged screen PDF: pdfuaid:part 1
    PdfX4,  // the print PDF: GTS_PDFXVersion PDF/X-4, Trapped False
};

// The document's title as both PDFs show it (the edition's title added when not standard).
std::string document_title(const model::Document& document);

// Document information (title, author, subject, keywords, creator, producer, dates; for
// PDF/X also GTS_PDFXVersion and Trapped), the XMP metadata stream with the same values and
// the standard's identification, the catalog's /Lang, the viewer preference
// DisplayDocTitle, and the trailer's /ID (from the content, so a rebuild gives the same ID).
// Dates are now, or SOURCE_DATE_EPOCH when set (reproducible builds).
void set_metadata(PdfObjects& objects, const model::Document& document, Conformance conformance,
                  std::size_t page_count);

// The XMP packet itself (for tests and for set_metadata).
std::string xmp_packet(const model::Document& document, Conformance conformance,
                       const std::string& date, const std::string& document_id);

} // namespace stadtsatz::pdf

#pragma once

#include "pdf/pdf_objects.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace stadtsatz::pdf {

// The print shop's output condition as the print PDF names it.
struct OutputCondition {
    std::vector<std::uint8_t> compressed_profile; // the CMYK ICC profile, Flate
    std::string identifier;                       // e.g. "FOGRA39"
    std::string info;                             // e.g. "Coated FOGRA39 (ISO 12647-2:2004)"
};

// The PDF/X output intent: /OutputIntents [<< /S /GTS_PDFX … /DestOutputProfile (N 4) >>].
void add_output_intent(PdfObjects& objects, const OutputCondition& condition);

// The registration colour for crop marks: [/Separation /All /DeviceCMYK …], all inks.
HPDF_Array registration_colour_space(PdfObjects& objects);

} // namespace stadtsatz::pdf

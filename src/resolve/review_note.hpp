#pragma once

#include "model/document.hpp"

#include <string>

namespace stadtsatz::resolve {

// The imprint line that records the edition's review by a test group, e.g. "Geprüft von:
// Prüfgruppe Leichte Sprache Neu-Ulm. Datum der Prüfung: 18. November 2026." followed by the
// review's note; empty when the edition records no review.
std::string review_imprint_line(const model::Document& document);

// Appends review_imprint_line to the imprint, which the PDF's imprint page and the site's
// start page both show. Runs before the text is prepared, so the line gets its typography.
void add_review_to_imprint(model::Document& document);

} // namespace stadtsatz::resolve

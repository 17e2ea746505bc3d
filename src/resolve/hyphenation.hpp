#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace stadtsatz::resolve {

// Finds the hyphenation points of every text run a reader reads as running text (paragraphs,
// list items, table cells, captions, block quotes, footnotes, measure descriptions) and stores
// them, with their kind, in Inline::hyphenation. Headings, code and URLs are not hyphenated.
// The editors' exception list (Document::hyphenation_exceptions) wins over the patterns; an
// entry that cannot be used is an error at its line. Does nothing if the style switches
// hyphenation off.
void hyphenate_document(model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::resolve

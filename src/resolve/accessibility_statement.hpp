#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// The title and id of the generated chapter; the HTML page is "barrierefreiheit.html".
inline constexpr const char* accessibility_statement_title = "Erklärung zur Barrierefreiheit";
inline constexpr const char* accessibility_statement_id = "barrierefreiheit";

// Appends the accessibility statement (Erklärung zur Barrierefreiheit) as the last,
// unnumbered chapter, made of ordinary headings, paragraphs, lists and links, so the PDF and
// the site show and tag it like any chapter. It combines the manifest's declaration with
// what the build checks itself (alternative texts, table headers and captions, internal
// links) and the standards the outputs are made to. Sets Document::accessibility_statement_id;
// does nothing without a declaration or when the statement is there already.
void append_accessibility_statement(model::Document& document);

} // namespace stadtsatz::resolve

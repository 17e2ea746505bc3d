#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// Gives the document's text its German typographic form (text::apply_german_typography) when
// the edition's style asks for it (model::Style::typography): chapter titles, paragraphs,
// headings, list items, table cells, captions and alt texts, block quotes, footnotes, the
// metadata shown to readers, and the texts of fields of action, goals, measures and
// indicators. Code spans, code blocks, link targets and links whose text is their URL or
// e-mail address stay as written. Run it before the table of contents is built, so the
// contents show the same text as the headings.
void prepare_text(model::Document& document);

// Applies the typography to one sequence of inlines (a paragraph, a heading, a table cell),
// reading all its text runs as one stream so quotes pair up across emphasis and links.
void prepare_inlines(model::Inlines& inlines);

} // namespace stadtsatz::resolve

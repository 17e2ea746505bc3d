#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// For an edition whose style has <wortfugen>: marks the joints of every long compound of the
// running text (paragraphs, headings, list items, table cells, captions, footnotes, measure
// descriptions) with a Mediopunkt or a hyphen (text::mark_compound, with the editors'
// exception list), and records each marked word with its unsplit form in
// Inline::marked_words and Document::marked_compounds. Code, URLs and e-mail addresses stay as they are. Runs after the
// typography and before hyphenation. Does nothing for a style without <wortfugen>.
void mark_compounds(model::Document& document);


} // namespace stadtsatz::resolve

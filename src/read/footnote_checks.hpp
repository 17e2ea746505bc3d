#pragma once

#include "model/diagnostic.hpp"
#include "read/source_text.hpp"

struct cmark_node;

namespace stadtsatz::read {

// What cmark-gfm's footnote extension leaves unsaid: a reference "[^x]" without a definition
// stays plain text, and a definition nothing refers to is dropped from the tree. Reports the
// first as an error at the reference (naming the closest defined label), the second as a
// warning at the definition. `document` is the parsed tree of `source`.
void check_footnotes(const SourceText& source, cmark_node* document,
                     model::Diagnostics& diagnostics);

} // namespace stadtsatz::read

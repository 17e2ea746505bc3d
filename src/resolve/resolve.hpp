#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace stadtsatz::resolve {

// Completes a read Document: the accessibility statement as the last chapter, heading
// numbers and ids, field-of-action numbers, footnote numbers, table of contents, and checks
// every internal link ("#id", "chapter.md#id").
void resolve_document(model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::resolve

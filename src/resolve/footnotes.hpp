#pragma once

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace stadtsatz::resolve {

// Numbers footnotes 1, 2, … in the order they are first referenced and writes the number
// into every reference. A reference without a footnote is an error; a footnote nobody
// references is a warning.
void number_footnotes(model::Document& document, model::Diagnostics& diagnostics);

} // namespace stadtsatz::resolve

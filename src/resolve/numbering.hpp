#pragma once

#include "model/document.hpp"

namespace stadtsatz::resolve {

// Numbers chapters (1, 2, …; unnumbered chapters are skipped), their headings down to
// level 3 ("3.2", "3.2.1") and the fields of action (1, 2, … through the whole document).
void number_sections(model::Document& document);

} // namespace stadtsatz::resolve

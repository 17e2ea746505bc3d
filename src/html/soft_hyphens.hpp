#pragma once

#include "model/inline.hpp"
#include "model/style.hpp"

#include <string>

namespace stadtsatz::html {

// The run's text with a soft hyphen (U+00AD) at each hyphenation point resolve found that
// meets the style's `minima`, so a browser hyphenates exactly where the PDF may, with the
// editors' exception list applied (see README, "Hyphenation").
std::string with_soft_hyphens(const model::Inline& run,
                              const model::HyphenationMinima& minima = {});

} // namespace stadtsatz::html

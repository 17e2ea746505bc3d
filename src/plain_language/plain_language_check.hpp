#pragma once

#include "plain_language/finding.hpp"
#include "plain_language/paragraph.hpp"
#include "text/hyphenator.hpp"

#include <vector>

namespace stadtsatz::plain_language {

// Every rule of the checker on one paragraph, findings ordered by their place.
std::vector<Finding> check_paragraph(const Paragraph& paragraph, const Limits& limits,
                                     const text::Hyphenator& hyphenator);

} // namespace stadtsatz::plain_language

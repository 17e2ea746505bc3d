#pragma once

#include "plain_language/finding.hpp"
#include "plain_language/paragraph.hpp"

#include <vector>

namespace stadtsatz::plain_language {

// The grammar rules of the plain-language checker over one paragraph: satzlaenge, nebensatz,
// passiv, konjunktiv, genitiv, verneinung. At most one finding per rule and sentence (its
// first place), sorted by offset. Each rule is linear in the length of the text.
std::vector<Finding> check_grammar(const Paragraph& paragraph, const Limits& limits);

} // namespace stadtsatz::plain_language

#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "konjunktiv": Konjunktiv II (würde, hätte, wäre, könnte, müsste, sollte, gäbe …) and
// the Konjunktiv I of indirect speech (er sei, sie habe, es gebe, sie könne). The first such
// word of the sentence.
std::optional<Finding> find_subjunctive(const SentenceTokens& sentence);

} // namespace stadtsatz::plain_language

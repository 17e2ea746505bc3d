#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "verneinung": nicht, kein…, nie, niemals, niemand, nichts, weder … noch, also as the
// first part of a hyphenated word ("Nicht-Mitglieder"). The first such word of the sentence.
std::optional<Finding> find_negation(const SentenceTokens& sentence);

} // namespace stadtsatz::plain_language

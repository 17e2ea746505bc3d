#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "nebensatz": a subordinate or relative clause. Conjunctions that are nothing else
// (dass, weil, wenn, ob, obwohl, nachdem, bevor, falls …) anywhere; ambiguous openers (da,
// damit, als, während, seit, bis, wie, wo, was, wer …) and relative pronouns ("…, die",
// "…, in der") only at a clause start before a clause that ends in its verb, and not before a
// verb in second place ("…, das ist wichtig") or in an enumeration ("…, die Schulen und die
// Vereine"); infinitive clauses with um/ohne/statt … zu; "je … desto". The first such place.
std::optional<Finding> find_subordinate_clause(const SentenceTokens& sentence);

} // namespace stadtsatz::plain_language

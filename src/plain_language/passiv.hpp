#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "passiv": a form of "werden" and a past participle in one clause ("Der Antrag wird
// geprüft", "muss geprüft werden", "ist beschlossen worden"); not "werden" with an infinitive
// (future: "Wir werden helfen"), an adjective or a noun ("Es wird warm", "Sie wird Ärztin"),
// and not the state passive "ist geöffnet". The first such place of the sentence.
std::optional<Finding> find_passive(const SentenceTokens& sentence);

} // namespace stadtsatz::plain_language

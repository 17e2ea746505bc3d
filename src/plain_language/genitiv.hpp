#pragma once

#include "plain_language/grammar_rule.hpp"

namespace stadtsatz::plain_language {

// Rule "genitiv": "des", "eines"/"dieses"/"seines" … before a noun in -s, "deren"/"dessen"
// before a noun, a genitive preposition with a genitive article ("wegen des", "innerhalb
// einer"), "der"/"einer"/"aller" … after a noun ("die Ziele der Stadt", but not "mit der
// Stadt" or "hilft der Frau", and not before a masculine noun, which is the subject), and a
// name's "-s" before a noun ("Annas Buch", "Neu-Ulms Bürger"). The first such place.
std::optional<Finding> find_genitive(const SentenceTokens& sentence);

} // namespace stadtsatz::plain_language

#pragma once

#include <string_view>

namespace stadtsatz::text {

// True if the lower-case UTF-8 `letters` are a word that splits into words but is no longer
// felt as a compound (Dienstag, Hochzeit, Frühstück), or is no compound at all (Generation:
// not Gene + Ration), with or without an inflection or linking ending (Hochzeits-,
// Generationen). Compound marking for Leichte Sprache keeps such a stretch whole.
bool is_lexicalised_word(std::string_view letters);

} // namespace stadtsatz::text

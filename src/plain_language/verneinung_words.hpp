#pragma once

#include <string_view>

// The word list of the rule "verneinung" (lower case).
namespace stadtsatz::plain_language::negation_words {

inline constexpr std::string_view negations[] = {
    "nicht",  "kein",  "keine",    "keinen",    "keinem",      "keiner",     "keines",
    "keins",  "nie",   "niemals",  "nimmer",    "niemand",     "niemanden",  "niemandem",
    "nichts", "weder", "nirgends", "nirgendwo", "keinesfalls", "keineswegs", "keinerlei"};

} // namespace stadtsatz::plain_language::negation_words

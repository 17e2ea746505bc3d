#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stadtsatz::plain_language {

// The level of plain language a text is checked against.
enum class Level {
    LeichteSprache,  // Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429)
    EinfacheSprache, // Einfache Sprache: fewer rules, longer sentences
};

// The style's values for the checker (<sprachpruefung>); rules read them, never constants.
struct Limits {
    Level level = Level::LeichteSprache;
    std::size_t sentence_words = 10;    // more words than this: "satzlaenge"
    std::size_t long_word_letters = 13; // an unsplit compound this long: "langes-wort"
};

// The limits of a level when the style says nothing else: 10 words for Leichte Sprache, 15
// for Einfache Sprache, compounds of 13 letters.
Limits default_limits(Level level);

// One place in a paragraph that breaks a rule of the level.
struct Finding {
    std::size_t offset = 0; // bytes from the start of the paragraph: where the problem starts
    std::string rule;       // "satzlaenge", "passiv", …: printed in brackets after the message
    std::string message;    // German, says what to write instead
};

} // namespace stadtsatz::plain_language

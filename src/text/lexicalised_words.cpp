#include "text/lexicalised_words.hpp"

#include <algorithm>
#include <array>

namespace stadtsatz::text {
namespace {

// Words a reader no longer takes apart (weekdays, feasts, old compounds whose parts lost their
// meaning: Hoch·zeit is no high time, Jung·frau no young woman), names of countries
// (Deutschland, Frankreich: read as names, not as parts) and simple words whose
// syllables happen to be words (Gene·ration, Wim·per). Sorted, lower case. Written for
// Stadtsatz.
constexpr std::array<std::string_view, 48> lexicalised = {
    "adler",        "augenblick",  "brombeere",    "bräutigam", "deutschland", "diagramm",
    "dienstag",     "donnerstag",  "eidechse",     "elend",     "elfenbein",   "england",
    "finnland",     "frankreich",  "fronleichnam", "frühling",  "frühstück",   "generation",
    "griechenland", "grummet",     "himbeere",     "hochzeit",  "holland",     "jungfrau",
    "junggeselle",  "lebkuchen",   "maulwurf",     "messer",    "mitternacht", "mittwoch",
    "moderation",   "nachbar",     "nachtigall",   "operation", "programm",    "ration",
    "russland",     "schornstein", "sintflut",     "sonnabend", "urlaub",      "viertel",
    "walnuss",      "weihnachten", "welt",         "wimper",    "zwieback",    "österreich"};

// Endings a listed word may carry inside a longer word: inflection and linking elements.
constexpr std::array<std::string_view, 10> endings = {"",  "s",  "es",  "e",   "en",
                                                      "n", "er", "ern", "ens", "ns"};

} // namespace

bool is_lexicalised_word(std::string_view letters) {
    return std::any_of(lexicalised.begin(), lexicalised.end(), [&](std::string_view word) {
        if (!letters.starts_with(word)) {
            return false;
        }
        const std::string_view rest = letters.substr(word.size());
        return std::find(endings.begin(), endings.end(), rest) != endings.end();
    });
}

} // namespace stadtsatz::text

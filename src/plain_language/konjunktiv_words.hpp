#pragma once

#include <string_view>

// The word lists of the rule "konjunktiv" (lower case).
namespace stadtsatz::plain_language::subjunctive_words {

// Konjunktiv II forms that are no indicative. "sollte" is flagged too: as polite advice ("Sie
// sollten …") it is Konjunktiv II, as a past tense it is a modal Leichte Sprache avoids as
// well. "möchte" is not: it is the lexicalised polite "want" that Leichte-Sprache texts use
// ("Möchten Sie mitmachen?"). "wollte" is the indicative past.
inline constexpr std::string_view subjunctive_two[] = {
    "würde",   "würdest", "würden",   "würdet",    "hätte",   "hättest", "hätten", "hättet",
    "wäre",    "wärst",   "wärest",   "wären",     "wärt",    "wäret",   "könnte", "könntest",
    "könnten", "könntet", "müsste",   "müsstest",  "müssten", "müsstet", "dürfte", "dürftest",
    "dürften", "dürftet", "sollte",   "solltest",  "sollten", "solltet", "käme",   "kämen",
    "kämest",  "gäbe",    "gäben",    "ginge",     "stünde",  "stünden", "stände", "ständen",
    "läge",    "lägen",   "hielte",   "bliebe",    "fände",   "fänden",  "täte",   "täten",
    "wüsste",  "wüssten", "bräuchte", "bräuchten", "nähme",   "nähmen",  "sähe",   "sähen",
    "ließe",   "hülfe",   "hälfe",    "müßte",     "wüßte"};

// Konjunktiv I forms that are never indicative ("er sei", "sie könne").
inline constexpr std::string_view subjunctive_one[] = {"sei",   "seiest", "seien",  "könne",
                                                       "müsse", "solle",  "wolle",  "dürfe",
                                                       "möge",  "wisse",  "habest", "gebest"};

// Konjunktiv I forms that equal the first person ("ich habe"): subjunctive only without "ich".
inline constexpr std::string_view subjunctive_one_unless_first_person[] = {"habe", "werde"};

// Verbs in "-e" that are Konjunktiv I right after "er", "es", "man" or singular "sie"
// ("er komme", "es gebe"), where the indicative would end in "-t".
inline constexpr std::string_view subjunctive_one_after_third_person[] = {
    "komme", "gebe",  "gehe",  "stehe", "liege", "bleibe", "brauche", "gelte",  "fehle",
    "lebe",  "wohne", "helfe", "sehe",  "nehme", "biete",  "arbeite", "finde",  "mache",
    "zahle", "plane", "trage", "laufe", "kenne", "denke",  "heiße",   "stimme", "reiche"};

// Third person singular subjects.
inline constexpr std::string_view third_person_pronouns[] = {"er", "es", "man", "sie"};

} // namespace stadtsatz::plain_language::subjunctive_words

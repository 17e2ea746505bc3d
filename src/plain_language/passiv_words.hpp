#pragma once

#include <string_view>

// The word lists of the rule "passiv" (lower case).
namespace stadtsatz::plain_language::passive_words {

// Present and subjunctive forms of "werden": with a participle passive, with an infinitive
// future ("wir werden helfen") or subjunctive ("würde helfen").
inline constexpr std::string_view present_auxiliaries[] = {
    "werde", "wirst", "wird", "werden", "werdet", "würde", "würdest", "würden", "würdet"};

// Past forms of "werden": never with an infinitive, so a participle-like word after them is
// a participle ("wurde beraten"); "worden" is the passive perfect on its own.
inline constexpr std::string_view past_auxiliaries[] = {"wurde",  "wurden", "wurdest",
                                                        "wurdet", "worden", "geworden"};

// Words shaped like participles that are none, or that are adjectives after "werden"
// ("es wird bestimmt gut", "das wird ernst", "wir werden gemeinsam gestalten").
inline constexpr std::string_view not_participles[] = {
    "erst",     "ernst",      "bereit",      "bestimmt",       "bekannt",  "beliebt", "berühmt",
    "bewusst",  "gerecht",    "gesamt",      "geeignet",       "gegen",    "genau",   "gestern",
    "gesund",   "gemeinsam",  "gern",        "gerne",          "gerade",   "genug",   "besonders",
    "bereits",  "übermorgen", "verschieden", "verschiedenen",  "erstmals", "beinahe", "unten",
    "oben",     "vollen",     "gelegen",     "verwandt",       "gewohnt",  "begabt",  "geheim",
    "geduldig", "übrigen",    "unterwegs",   "unterschiedlich"};

// Infinitives that start with "ge" and end in "-en" like strong participles ("gegeben").
inline constexpr std::string_view ge_infinitives[] = {
    "geben",     "gehen",    "gelten",   "gewinnen",   "gestalten", "gehören",    "genießen",
    "geschehen", "gelingen", "gewähren", "genehmigen", "gefährden", "gebrauchen", "gestatten",
    "gewöhnen",  "gedenken", "gestehen", "genügen",    "gelangen",  "gehorchen",  "gewährleisten",
    "gewichten", "geleiten", "gebären",  "gefallen",   "geraten",   "gewinnen",   "gedulden",
    "gedeihen",  "genesen",  "gebieten", "geloben",    "geizen",    "gesellen"};

// Endings of strong participles with an ablaut vowel: an infinitive never ends so
// ("beschlossen", "verboten", "entschieden", "unterschrieben").
inline constexpr std::string_view strong_participle_endings[] = {
    "schrieben", "trieben", "blieben",  "stiegen",   "wiesen", "schieden", "mieden",    "ossen",
    "prochen",   "brochen", "stochen",  "bunden",    "funden", "wunden",   "schwunden", "standen",
    "zogen",     "wogen",   "trogen",   "logen",     "bogen",  "hoben",    "schoben",   "griffen",
    "nommen",    "loren",   "boren",    "froren",    "fohlen", "stohlen",  "glichen",   "strichen",
    "wichen",    "ritten",  "litten",   "schnitten", "boten",  "lungen",   "zwungen",   "sungen",
    "sprungen",  "rungen",  "trunken",  "sunken",    "worfen", "storben",  "dorben",    "worben",
    "golten",    "holfen",  "schienen", "wiesen",    "sandt",  "wandt",    "dacht",     "bracht",
    "kannt",     "nannt",   "brannt",   "sessen"};

// Endings of verbs whose participle and infinitive are the same word after an inseparable
// prefix ("beraten", "vergeben", "erhalten", "bekommen", "verlassen").
inline constexpr std::string_view same_form_endings[] = {
    "raten",    "halten",  "lassen", "fahren", "geben",  "kommen", "fangen",   "tragen",
    "schlagen", "laden",   "fallen", "messen", "gessen", "treten", "sehen",    "wachsen",
    "graben",   "waschen", "lesen",  "stoßen", "laufen", "rufen",  "schlafen", "braten"};

// Forms of "haben" and "sein" after a participle: the perfect of an active verb ("wer daran
// mitgewirkt hat") or a state ("Sie werden begeistert sein").
inline constexpr std::string_view perfect_auxiliaries[] = {
    "hat", "haben", "hatte", "hatten", "habe", "ist",   "sind", "war",    "waren",
    "sei", "seien", "hätte", "hätten", "wäre", "wären", "sein", "gewesen"};

// Articles and pronouns that open an object after "werden": then "werden" + an infinitive
// ("Wir werden Sie beraten", "Die Stadt wird die Plätze vergeben").
inline constexpr std::string_view object_words[] = {
    "der",    "die",    "das",    "den",    "dem",    "ein",   "eine",   "einen", "einem", "einer",
    "ihr",    "ihre",   "ihren",  "ihrem",  "sein",   "seine", "seinen", "mein",  "meine", "unser",
    "unsere", "diese",  "dieser", "dieses", "diesen", "jede",  "jeden",  "alle",  "viele", "sie",
    "ihn",    "es",     "uns",    "euch",   "mich",   "dich",  "ihnen",  "mir",   "dir",   "kein",
    "keine",  "keinen", "etwas",  "nichts", "alles",  "neue",  "neuen"};

// Verbs whose participle and infinitive sound the same ("beraten", "vergeben"): a participle
// after a past form of "werden", or with "von"/"durch" naming who acts.
inline constexpr std::string_view agent_markers[] = {"von", "vom", "durch"};

} // namespace stadtsatz::plain_language::passive_words

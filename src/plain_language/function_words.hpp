#pragma once

#include <string_view>

// German function words that several grammar rules share (lower case unless said otherwise).
namespace stadtsatz::plain_language::function_words {

// The formal pronoun, capitalized as written.
inline constexpr std::string_view formal_pronouns[] = {"Sie",   "Ihnen", "Ihr",   "Ihre",
                                                       "Ihrem", "Ihren", "Ihrer", "Ihres"};

// Frequent finite verb forms: a clause whose second word is one of them is a main clause
// (verb second), not a subordinate one ("da ist", "das heißt", "damit können Sie").
inline constexpr std::string_view finite_verbs[] = {
    "ist",      "sind",     "war",     "waren",    "hat",     "haben",    "hatte",   "hatten",
    "gibt",     "gab",      "gaben",   "kann",     "können",  "konnte",   "konnten", "muss",
    "müssen",   "musste",   "mussten", "soll",     "sollen",  "will",     "wollen",  "wollte",
    "wollten",  "darf",     "dürfen",  "wird",     "werden",  "wurde",    "wurden",  "geht",
    "gehen",    "ging",     "kommt",   "kommen",   "kam",     "kamen",    "steht",   "stehen",
    "stand",    "bekommen", "bekommt", "hilft",    "helfen",  "half",     "macht",   "machen",
    "findet",   "finden",   "fand",    "zeigt",    "zeigen",  "heißt",    "heißen",  "bedeutet",
    "liegt",    "bleibt",   "gilt",    "gelten",   "braucht", "brauchen", "sagt",    "sagen",
    "arbeitet", "arbeiten", "beginnt", "beginnen", "lernen",  "lernt",    "weiß",    "wissen",
    "sehen",    "sieht",    "fragen",  "fragt",    "erklärt", "erklären", "möchte",  "möchten",
    "sollte",   "sollten",  "gehört",  "gehören",  "tut",     "tun",      "lebt",    "leben",
    "wohnt",    "wohnen"};

// Pronouns, articles and quantifiers that can open a subordinate clause after "da", "damit",
// "seitdem" … ("Da ich krank war, …"); a lower-case word that is none of them is likely a
// verb ("Da gibt es …").
inline constexpr std::string_view clause_openers[] = {
    "ich",    "du",    "er",     "sie",   "es",     "wir",    "ihr",    "man",    "die",
    "der",    "das",   "den",    "dem",   "ein",    "eine",   "einen",  "einem",  "einer",
    "alle",   "viele", "manche", "jeder", "jede",   "jedes",  "unser",  "unsere", "mein",
    "meine",  "dein",  "sein",   "seine", "ihre",   "kein",   "keine",  "diese",  "dieser",
    "dieses", "mehr",  "nur",    "uns",   "sich",   "mich",   "dich",   "noch",   "nicht",
    "auch",   "immer", "wieder", "beide", "einige", "wenige", "andere", "dies"};

// Lower-case words that end a noun phrase and are no verbs: a clause after a comma that ends
// in one of them is no relative clause ("…, die Kinder von heute").
inline constexpr std::string_view non_verb_enders[] = {
    "heute",  "morgen", "gestern",   "hier",    "dort",      "jetzt",   "damals", "später",
    "früher", "auch",   "mehr",      "allein",  "selbst",    "genug",   "usw",    "etc",
    "bitte",  "danke",  "insgesamt", "jeweils", "ebenfalls", "zusammen"};

// Separable verb prefixes ("ein" in "eingeladen", "ab" in "abgeschlossen").
inline constexpr std::string_view separable_prefixes[] = {
    "zusammen",  "zurück", "weiter", "vorbei", "bekannt", "fertig", "kennen", "statt",  "teil",
    "fest",      "fort",   "frei",   "hoch",   "offen",   "durch",  "nach",   "nieder", "unter",
    "über",      "voran",  "vor",    "weg",    "wieder",  "ab",     "an",     "auf",    "aus",
    "bei",       "dar",    "ein",    "her",    "hin",     "los",    "mit",    "um",     "zu",
    "her",       "heraus", "hinaus", "herein", "hinein",  "herum",  "hinzu",  "klar",   "sicher",
    "gegenüber", "bereit", "wahr",   "gut",    "zurecht"};

// Inseparable verb prefixes: their participles have no "ge" ("beantragt", "vergeben").
inline constexpr std::string_view inseparable_prefixes[] = {
    "be",   "ver",   "er",     "ent",   "emp",  "zer",  "miss",
    "über", "unter", "hinter", "wider", "voll", "durch"};

// Prepositions and contractions: a noun phrase after them is no object and no genitive attribute.
inline constexpr std::string_view prepositions[] = {
    "in",   "an",    "auf",   "aus",    "bei",     "mit",      "nach",  "von",   "zu",   "für",
    "über", "unter", "vor",   "hinter", "neben",   "zwischen", "durch", "gegen", "ohne", "um",
    "seit", "bis",   "im",    "am",     "zum",     "zur",      "vom",   "beim",  "ins",  "ans",
    "per",  "pro",   "wegen", "trotz",  "während", "laut",     "ab"};

} // namespace stadtsatz::plain_language::function_words

#pragma once

#include <string_view>

// The word lists of the rule "nebensatz" (lower case).
namespace stadtsatz::plain_language::subordinate_clause_words {

// Subordinating conjunctions that are nothing else: flagged wherever they stand.
inline constexpr std::string_view conjunctions[] = {
    "dass",   "daß",        "weil",  "obwohl", "obgleich", "obschon",   "obzwar", "nachdem",
    "sodass", "sofern",     "falls", "sobald", "solange",  "indem",     "bevor",  "wenn",
    "ob",     "wohingegen", "sooft", "zumal",  "insofern", "wenngleich"};

// Words that open a subordinate clause only at a clause start and before a clause that ends
// in its verb: "da" (causal), "damit" (purpose), "als" (time, comparison clause), "während",
// "seit", "seitdem", "bis", "soweit", "wie" and the question words of indirect questions and
// free relative clauses. Elsewhere they are adverbs or prepositions ("Da ist das Rathaus",
// "größer als", "bis 2030", "Wie geht das?").
inline constexpr std::string_view clause_start_conjunctions[] = {
    "da",      "damit",    "als",     "während", "seit",    "seitdem", "bis",   "soweit",  "wie",
    "wo",      "was",      "wer",     "wen",     "wem",     "wessen",  "wann",  "warum",   "wieso",
    "weshalb", "weswegen", "wozu",    "woher",   "wohin",   "womit",   "wofür", "worüber", "worauf",
    "woran",   "wodurch",  "wovon",   "worin",   "wobei",   "wogegen", "worum", "wonach",  "wovor",
    "welche",  "welcher",  "welches", "welchen", "welchem", "ehe"};

// Of those, the ones that need a subject or object right after them at a sentence start
// ("Da wir …", "Damit alle …") and are adverbs before a verb ("Da gibt es …", "Damit können
// Sie …").
inline constexpr std::string_view adverb_capable[] = {"da",  "damit", "seitdem", "seit",
                                                      "als", "bis",   "soweit",  "während"};

// Relative pronouns after a comma: "…, die in Neu-Ulm wohnen".
inline constexpr std::string_view relative_pronouns[] = {
    "der",    "die",    "das",     "dem",     "den",     "denen",  "deren",
    "dessen", "welche", "welcher", "welches", "welchen", "welchem"};

// Of those, the ones that are articles too: "…, die Schulen und die Vereine".
inline constexpr std::string_view article_like[] = {"der", "die", "das", "dem", "den"};

// Prepositions before a relative pronoun after a comma: "…, in der wir leben".
inline constexpr std::string_view prepositions[] = {
    "in",      "an",    "auf",   "aus",       "bei",     "mit",    "nach",  "von",
    "zu",      "für",   "über",  "unter",     "vor",     "hinter", "neben", "zwischen",
    "durch",   "gegen", "ohne",  "um",        "seit",    "trotz",  "wegen", "bis",
    "während", "statt", "außer", "gegenüber", "entlang", "dank",   "laut",  "ab"};

// Words coordinating an enumeration: a comma before an article and one of them in its clause
// is an enumeration, not a relative clause.
inline constexpr std::string_view coordinators[] = {"und", "oder", "sowie", "bzw", "sowohl"};

// Verbs that open a conditional clause without conjunction at a sentence start: "Haben Sie
// Fragen, …", "Wird der Antrag abgelehnt, …", "Sollten Sie verhindert sein, …".
inline constexpr std::string_view condition_verbs[] = {
    "haben",  "hat",     "hatte",  "hatten", "sind",     "ist",     "war",     "waren",  "wird",
    "werden", "wurde",   "wurden", "kann",   "können",   "konnte",  "konnten", "muss",   "müssen",
    "sollte", "sollten", "gibt",   "gab",    "brauchen", "braucht", "möchten", "möchte", "wollen",
    "will",   "dürfen",  "darf",   "fehlt",  "fehlen",   "hätten",  "hätte",   "wäre",   "wären",
    "würde",  "würden",  "passt",  "klappt", "stimmt",   "gefällt", "liegt"};

// Personal pronouns after a verb in first place: the main clause after a conditional clause
// ("…, rufen Sie an").
inline constexpr std::string_view subjects[] = {"sie", "wir", "ich", "du",
                                                "er",  "es",  "man", "ihr"};

// Words that open an infinitive clause with "zu": "…, um Deutsch zu lernen".
inline constexpr std::string_view infinitive_openers[] = {"um", "ohne", "statt", "anstatt",
                                                          "außer"};

} // namespace stadtsatz::plain_language::subordinate_clause_words

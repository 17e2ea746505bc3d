#pragma once

#include <string_view>

// The word lists of the rule "genitiv" (lower case).
namespace stadtsatz::plain_language::genitive_words {

// Articles and pronouns that are genitive wherever they stand before a noun.
inline constexpr std::string_view genitive_only[] = {"des", "deren", "dessen"};

// Determiners that are genitive before a noun (masculine or neuter): "eines Jahres".
inline constexpr std::string_view genitive_determiners[] = {"eines",  "keines", "meines",  "deines",
                                                            "seines", "ihres",  "unseres", "eures"};

// Determiners that are genitive before a noun in -s/-es, nominative or accusative neuter before
// others: "dieses Jahres", but "dieses Jahr".
inline constexpr std::string_view neuter_determiners[] = {"dieses",  "jedes",   "jenes",
                                                          "manches", "welches", "solches"};

// Determiners that make a genitive attribute after a noun: "die Ziele der Stadt", "die Hälfte
// aller Menschen". After a preposition or a verb they are dative ("mit der Stadt").
inline constexpr std::string_view attribute_determiners[] = {
    "der",     "einer",  "dieser",  "jener",   "jeder",    "keiner", "meiner",
    "deiner",  "seiner", "ihrer",   "unserer", "eurer",    "aller",  "vieler",
    "mancher", "beider", "solcher", "weniger", "mehrerer", "einiger"};

// Of those, the ones that are also nominative masculine ("der Kurs", "dieser Plan"): followed
// by a masculine noun they are the subject.
inline constexpr std::string_view masculine_capable[] = {"der",   "dieser",  "jener",
                                                         "jeder", "mancher", "solcher"};

// Words in -er that are no adjectives or are comparatives: "Kinder lernen Sprachen leichter".
inline constexpr std::string_view not_attribute_adjectives[] = {
    "aber",     "oder",      "immer",   "wieder",   "sicher",    "über",   "unter",  "hinter",
    "weiter",   "später",    "außer",   "nieder",   "lieber",    "besser", "länger", "früher",
    "leichter", "schneller", "weniger", "mehrer",   "jeder",     "dieser", "jener",  "einer",
    "keiner",   "meiner",    "seiner",  "ihrer",    "unserer",   "eurer",  "aller",  "vieler",
    "mancher",  "beider",    "solcher", "welcher",  "der",       "oder",   "euer",   "unser",
    "wer",      "hier",      "vorher",  "nachher",  "daher",     "woher",  "bisher", "seither",
    "ebenso",   "sonder",    "älter",   "jünger",   "höher",     "mehr",   "eher",   "ungefähr",
    "entweder", "weder",     "umher",   "vielmehr", "hinterher", "näher",  "ärmer",
};

// Prepositions that take the genitive; flagged when a genitive article follows.
inline constexpr std::string_view prepositions[] = {
    "wegen",          "trotz",        "während",   "statt",      "anstatt",  "aufgrund",
    "anhand",         "innerhalb",    "außerhalb", "laut",       "mithilfe", "infolge",
    "bezüglich",      "hinsichtlich", "zugunsten", "angesichts", "seitens",  "anlässlich",
    "oberhalb",       "unterhalb",    "inmitten",  "dank",       "mangels",  "zwecks",
    "einschließlich", "abzüglich",    "zuzüglich", "ungeachtet", "mittels",  "beiderseits",
    "diesseits",      "jenseits",     "abseits",   "unweit",     "kraft",    "namens"};

// Articles after a genitive preposition that show the genitive ("wegen des", "trotz der").
inline constexpr std::string_view articles_after_preposition[] = {
    "des",    "der",    "eines",  "einer", "dieses", "dieser",  "meines",
    "meiner", "seines", "seiner", "ihres", "ihrer",  "unseres", "unserer",
    "keines", "keiner", "jedes",  "jeder", "aller",  "vieler",  "beider"};

// Masculine nouns and noun heads: "der" before them is the subject ("Dann entscheidet am Ende
// der Stadtrat").
inline constexpr std::string_view masculine_heads[] = {
    "rat",          "markt",     "plan",        "kurs",          "termin",  "antrag",  "platz",
    "bus",          "weg",       "tag",         "ort",           "verein",  "preis",   "brief",
    "kreis",        "teil",      "mensch",      "bericht",       "bereich", "dienst",  "punkt",
    "schritt",      "beschluss", "vorschlag",   "abend",         "monat",   "sport",   "verkehr",
    "arzt",         "zug",       "raum",        "garten",        "laden",   "job",     "tisch",
    "kunde",        "name",      "junge",       "kollege",       "experte", "gedanke", "glaube",
    "wille",        "friede",    "meister",     "bürgermeister", "vater",   "bruder",  "sohn",
    "mann",         "chef",      "stadtteil",   "beirat",        "entwurf", "text",    "inhalt",
    "ablauf",       "besuch",    "vertrag",     "ausweis",       "kontakt", "anfang",  "schluss",
    "fall",         "grund",     "zweck",       "ausschuss",     "staat",   "bund",    "landkreis",
    "bezirk",       "flur",      "saal",        "see",           "fluss",   "schüler", "unterricht",
    "kindergarten", "betrieb",   "arbeitgeber", "stock",         "eingang", "urlaub",  "tee",
    "kaffee",       "käse",      "löwe",        "affe",          "hase",    "rabe",    "franzose",
    "kunde",        "zeuge"};

// Noun heads that end in "-s" in the nominative: "Rathaus Neu-Ulm", "Deutschkurs Montag".
inline constexpr std::string_view s_noun_heads[] = {
    "haus",  "kurs", "preis", "kreis",  "ausweis", "bus", "nis", "prozess", "schluss", "pass",
    "fluss", "zins", "gleis", "status", "ss",      "us",  "is",  "os",      "x"};

// Capitalized words in "-s" before a noun that are no genitive names ("Rathaus Neu-Ulm").
inline constexpr std::string_view not_genitive_names[] = {
    "alles",      "etwas",     "nichts",      "eines",     "jedes",      "dieses",      "manches",
    "vieles",     "anderes",   "weiteres",    "folgendes", "thomas",     "lukas",       "andreas",
    "jonas",      "matthias",  "elias",       "tobias",    "nikolas",    "klaus",       "hans",
    "markus",     "bus",       "haus",        "kurs",      "preis",      "kreis",       "ausweis",
    "status",     "campus",    "bonus",       "ergebnis",  "zeugnis",    "verzeichnis", "montags",
    "dienstags",  "mittwochs", "donnerstags", "freitags",  "samstags",   "sonntags",    "morgens",
    "abends",     "nachts",    "mittags",     "rechts",    "links",      "anfangs",     "bereits",
    "stets",      "besonders", "übrigens",    "falls",     "bis",        "als",         "was",
    "das",        "es",        "uns",         "aus",       "ihres",      "des",         "meines",
    "seines",     "unseres",   "keines",      "glas",      "gas",        "atlas",       "prozess",
    "kompromiss", "beschluss", "schluss",     "anlass",    "abschluss",  "pass",        "fluss",
    "kuss",       "einlass",   "zuschuss",    "ausschuss", "überschuss", "zins",        "eis",
    "reis",       "gleis",     "los",         "maß",       "fuß",        "gruß",        "kloß",
    "schoß",      "mais",      "paris",       "texas"};

} // namespace stadtsatz::plain_language::genitive_words

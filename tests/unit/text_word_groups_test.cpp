// The German word lists and sentence ends of the Leichte-Sprache line rules.

#include "text/word_groups.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

TEST_CASE("articles, prepositions, possessives and numbers bind to the next word") {
    for (const char* word : {"der", "Die", "einem", "keine", "mit", "zum", "Im", "über", "für",
                             "unsere", "Ihre", "20", "1.000", "3.", "„Der", "Frau", "Nr."}) {
        INFO(word);
        CHECK(text::binds_to_next_word(word));
    }
    for (const char* word : {"Haus", "helfen", "der,", "mit.", "Stadt“", "und", "20,"}) {
        INFO(word);
        CHECK_FALSE(text::binds_to_next_word(word));
    }
}

TEST_CASE("conjunctions start a word group, commas end a clause") {
    CHECK(text::starts_word_group("und"));
    CHECK(text::starts_word_group("Oder"));
    CHECK(text::starts_word_group("weil"));
    CHECK_FALSE(text::starts_word_group("Haus"));
    CHECK(text::ends_clause("Haus,"));
    CHECK(text::ends_clause("Beispiel:"));
    CHECK_FALSE(text::ends_clause("Haus"));
}

TEST_CASE("a sentence ends at . ! ? before a capital, not after abbreviations or ordinals") {
    CHECK(text::ends_sentence("Dorf.", "Das"));
    CHECK(text::ends_sentence("Idee?", "Dann"));
    CHECK(text::ends_sentence("gut!", "Wir"));
    CHECK(text::ends_sentence("„Treffpunkt.“", "Er"));
    CHECK(text::ends_sentence("Dorf.", "2027"));
    CHECK(text::ends_sentence("Dorf.", ""));
    CHECK(text::ends_sentence("2027.", "Das"));
    CHECK_FALSE(text::ends_sentence("z.", "B."));
    CHECK_FALSE(text::ends_sentence("B.", "Kinder"));
    CHECK_FALSE(text::ends_sentence("z.B.", "Kinder"));
    CHECK_FALSE(text::ends_sentence("20.", "November"));
    CHECK_FALSE(text::ends_sentence("Nr.", "5"));
    CHECK_FALSE(text::ends_sentence("Str.", "Ecke"));
    CHECK_FALSE(text::ends_sentence("Dorf.", "und"));
    CHECK_FALSE(text::ends_sentence("Dorf", "Das"));
    CHECK_FALSE(text::ends_sentence("....", "3"));
}

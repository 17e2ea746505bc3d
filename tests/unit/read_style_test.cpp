#include "read/style_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string name = "styles/test.xml";

// A small style; each test changes one thing in it.
const std::string small_style = R"(<?xml version="1.0" encoding="UTF-8"?>
<stil name="Test">
  <seite breite="210mm" hoehe="297mm" beschnitt="3mm"
         rand-innen="22mm" rand-aussen="18mm" rand-oben="25mm" rand-unten="25mm"/>
  <schrift name="text" normal="NotoSerif-Regular.ttf" kursiv="NotoSerif-Italic.ttf"
           fett="NotoSerif-Bold.ttf" fettkursiv="NotoSerif-BoldItalic.ttf"/>
  <farbe name="text" cmyk="0 0 0 90" rgb="#1a1a1a"/>
  <farbe name="akzent" cmyk="100 50 0 20" rgb="#00508c"/>
  <textstil art="text" schrift="text" groesse="10pt" zeilenabstand="14pt" farbe="text"/>
  <textstil art="ueberschrift-2" groesse="16pt" zeilenabstand="20pt" farbe="akzent"/>
</stil>
)";

std::string changed(const std::string& from, const std::string& to) {
    std::string text = small_style;
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

model::Diagnostics read_text(const std::string& text) {
    test::TemporaryFolder folder;
    model::Diagnostics diagnostics;
    read::read_style(folder.write("test.xml", text), name, test::source_dir() + "/fonts",
                     diagnostics);
    return diagnostics;
}

} // namespace

TEST_CASE("style reader reads the standard style") {
    model::Diagnostics diagnostics;
    auto style =
        read::read_style(test::source_dir() + "/styles/standard.xml", "styles/standard.xml",
                         test::source_dir() + "/fonts", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(style);
    CHECK(diagnostics.all().empty());
    CHECK(style->name == "Standard");
    CHECK(style->page_width == Approx(595.276).epsilon(0.0001));
    CHECK(style->page_height == Approx(841.89).epsilon(0.0001));
    CHECK(style->bleed == Approx(8.504).epsilon(0.001));
    CHECK(style->margin_inner == Approx(22 * 72 / 25.4));
    CHECK(style->body.family == "text");
    CHECK(style->body.size == 10);
    CHECK(style->body.leading == 14);
    CHECK(style->headings[0].family == "auszeichnung");
    CHECK(style->headings[0].new_page);
    CHECK(style->headings[0].bold);
    CHECK(style->headings[0].colour == "akzent");
    CHECK_FALSE(style->headings[5].numbered);
    CHECK(style->caption.size == 8.5);
    CHECK(style->running_header.colour == "grau");
    REQUIRE(style->fonts.count("text") == 1);
    CHECK(std::filesystem::path(style->fonts.at("text").bold_italic).filename() ==
          "NotoSerif-BoldItalic.ttf");
    CHECK(std::filesystem::exists(style->fonts.at("auszeichnung").regular));
    REQUIRE(style->colours.count("akzent") == 1);
    CHECK(style->colours.at("akzent").rgb[2] == Approx(0x8c / 255.0));
    CHECK(style->colours.at("akzent").cmyk[0] == Approx(1.0));
}

TEST_CASE("style reader lets text kinds inherit from the body text") {
    model::Diagnostics diagnostics;
    test::TemporaryFolder folder;
    auto style = read::read_style(folder.write("test.xml", small_style), name,
                                  test::source_dir() + "/fonts", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(style);
    CHECK(diagnostics.all().empty());
    CHECK(style->footnote.size == 10);
    CHECK(style->headings[1].size == 16);
    CHECK(style->headings[1].family == "text");
    CHECK(style->headings[1].colour == "akzent");
    CHECK(style->headings[1].bold);
    CHECK(style->headings[0].new_page);
    CHECK_FALSE(style->headings[1].new_page);
}

TEST_CASE("style reader reports bad values at the attribute") {
    auto size = read_text(changed("groesse=\"10pt\"", "groesse=\"zehn\""));
    INFO(test::describe(size));
    CHECK(test::has_error_at(size, name, 9, 39, "groesse=\"zehn\" ist keine Länge"));

    auto colour = read_text(changed("farbe=\"akzent\"/>", "farbe=\"lila\"/>"));
    INFO(test::describe(colour));
    CHECK(test::has_error_at(colour, name, 10, 70, "unbekannte Farbe \"lila\""));

    auto font = read_text(changed("schrift=\"text\" groesse", "schrift=\"serif\" groesse"));
    INFO(test::describe(font));
    CHECK(test::has_error_at(font, name, 9, 24, "unbekannte Schrift \"serif\""));
    CHECK(font.all().size() == 1); // not again for the heading that inherits it

    auto rgb = read_text(changed("rgb=\"#00508c\"", "rgb=\"blau\""));
    CHECK(test::has_error_at(rgb, name, 8, 43, "rgb=\"blau\" ist ungültig"));

    auto cmyk = read_text(changed("cmyk=\"100 50 0 20\"", "cmyk=\"100 50 0\""));
    CHECK(test::has_error_at(cmyk, name, 8, 24, "cmyk=\"100 50 0\" ist ungültig"));

    auto yes_no =
        read_text(changed("art=\"ueberschrift-2\"", "art=\"ueberschrift-2\" fett=\"jein\""));
    CHECK(test::has_error_at(yes_no, name, 10, 34, "fett=\"jein\" ist ungültig"));
}

TEST_CASE("style reader reports a missing font file at the attribute") {
    auto diagnostics =
        read_text(changed("kursiv=\"NotoSerif-Italic.ttf\"", "kursiv=\"NotoSerif-Kursiv.ttf\""));
    INFO(test::describe(diagnostics));
    CHECK(test::has_error_at(diagnostics, name, 5, 55,
                             "Schriftdatei nicht gefunden: fonts/NotoSerif-Kursiv.ttf"));
}

TEST_CASE("style reader reports unknown elements and attributes and malformed XML") {
    auto element = read_text(changed("<farbe name=\"text\"", "<rahmen/><farbe name=\"text\""));
    INFO(test::describe(element));
    CHECK(test::has_error_at(element, name, 7, 3, "unbekanntes Element <rahmen> in <stil>"));

    auto attribute = read_text(changed("art=\"text\"", "art=\"text\" unterstrichen=\"ja\""));
    INFO(test::describe(attribute));
    CHECK(test::has_error_at(attribute, name, 9, 24,
                             "unbekanntes Attribut unterstrichen= in <textstil>"));

    auto kind = read_text(changed("art=\"ueberschrift-2\"", "art=\"ueberschrift-7\""));
    CHECK(test::has_error_at(kind, name, 10, 13, "unbekannte art=\"ueberschrift-7\""));

    auto malformed = read_text(changed("<seite breite=\"210mm\"", "<seite breite=210mm"));
    INFO(test::describe(malformed));
    CHECK(test::has_error_at(malformed, name, 3, 17, "kein gültiges XML"));
}

TEST_CASE("style reader reads the language level and the checker's limits") {
    model::Diagnostics diagnostics;
    auto style =
        read::read_style(test::source_dir() + "/styles/leichte-sprache.xml",
                         "styles/leichte-sprache.xml", test::source_dir() + "/fonts", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(style);
    CHECK(style->language_level == model::LanguageLevel::LeichteSprache);
    CHECK(style->plain_language.sentence_words == 10);
    CHECK(style->plain_language.long_word_letters == 13);

    auto standard =
        read::read_style(test::source_dir() + "/styles/standard.xml", "styles/standard.xml",
                         test::source_dir() + "/fonts", diagnostics);
    REQUIRE(standard);
    CHECK(standard->language_level == model::LanguageLevel::Standard);
    CHECK(standard->plain_language.sentence_words == 0);

    auto level = read_text(changed("<stil name=", "<stil sprachstufe=\"leicht\" name="));
    INFO(test::describe(level));
    CHECK(test::has_error_at(level, name, 2, 7, "sprachstufe=\"leicht\" ist unbekannt"));

    auto limits = read_text(changed("</stil>", "<sprachpruefung satzlaenge=\"null\"/></stil>"));
    INFO(test::describe(limits));
    CHECK(test::has_error_at(limits, name, 11, 17, "satzlaenge=\"null\" ist ungültig"));
}

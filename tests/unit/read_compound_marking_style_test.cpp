// The style element <wortfugen> (issue 10, item 3): compound marking as a style choice.
#include "read/style_reader.hpp"
#include "read_test_files.hpp"

#include <catch2/catch.hpp>

using namespace stadtsatz;

namespace {

const std::string style_start = R"(<?xml version="1.0" encoding="UTF-8"?>
<stil name="Test">
  <seite breite="210mm" hoehe="297mm" beschnitt="3mm"
         rand-innen="22mm" rand-aussen="18mm" rand-oben="25mm" rand-unten="25mm"/>
  <schrift name="text" normal="NotoSerif-Regular.ttf" kursiv="NotoSerif-Italic.ttf"
           fett="NotoSerif-Bold.ttf" fettkursiv="NotoSerif-BoldItalic.ttf"/>
  <farbe name="text" cmyk="0 0 0 90" rgb="#1a1a1a"/>
  <textstil art="text" schrift="text" groesse="10pt" zeilenabstand="14pt" farbe="text"/>
)";

std::optional<model::Style> read_with(const std::string& element, model::Diagnostics& diagnostics) {
    test::TemporaryFolder folder;
    return read::read_style(folder.write("test.xml", style_start + element + "</stil>\n"),
                            "styles/test.xml", test::source_dir() + "/fonts", diagnostics);
}

} // namespace

TEST_CASE("a style without <wortfugen> marks no compounds", "[leichte-sprache]") {
    model::Diagnostics diagnostics;
    const auto style = read_with("", diagnostics);
    REQUIRE(style);
    CHECK_FALSE(style->compound_marking);
}

TEST_CASE("<wortfugen> chooses the sign and the minimum length", "[leichte-sprache]") {
    model::Diagnostics diagnostics;
    auto style = read_with(R"(<wortfugen zeichen="bindestrich" mindestlaenge="12"/>)", diagnostics);
    INFO(test::describe(diagnostics));
    REQUIRE(style);
    CHECK(diagnostics.all().empty());
    REQUIRE(style->compound_marking);
    CHECK(style->compound_marking->sign == model::CompoundMarkSign::Hyphen);
    CHECK(style->compound_marking->minimum_letters == 12);
    style = read_with("<wortfugen/>", diagnostics);
    REQUIRE(style->compound_marking);
    CHECK(style->compound_marking->sign == model::CompoundMarkSign::Mediopunkt);
    CHECK(style->compound_marking->minimum_letters == 10);
}

TEST_CASE("the Leichte Sprache style marks with a Mediopunkt from 10 letters",
          "[leichte-sprache]") {
    model::Diagnostics diagnostics;
    const auto style =
        read::read_style(test::source_dir() + "/styles/leichte-sprache.xml",
                         "styles/leichte-sprache.xml", test::source_dir() + "/fonts", diagnostics);
    REQUIRE(style);
    REQUIRE(style->compound_marking);
    CHECK(style->compound_marking->sign == model::CompoundMarkSign::Mediopunkt);
    CHECK(style->compound_marking->minimum_letters == 10);
}

TEST_CASE("wrong <wortfugen> values are errors at their attribute", "[leichte-sprache]") {
    for (const std::string element :
         {R"(<wortfugen zeichen="punkt"/>)", R"(<wortfugen mindestlaenge="1"/>)",
          R"(<wortfugen mindestlaenge="zehn"/>)", R"(<wortfugen farbe="rot"/>)"}) {
        model::Diagnostics diagnostics;
        read_with(element, diagnostics);
        INFO(element << "\n" << test::describe(diagnostics));
        REQUIRE(diagnostics.has_errors());
        CHECK(diagnostics.all().front().position.line == 9);
    }
}
